import type { Diagnostic } from "../../../domain/diagnostic.js";
import { diagnostic } from "../../build-diagnostic.js";
import type { Outline, OutlineItem } from "./read-outline.js";

const NOTICE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  addressees: ["主送单位", "addressees"],
  document_number: ["文号", "document number"],
  signature: ["落款", "signature"],
  date: ["日期", "date"],
  attachment: ["附件标注", "attachment label"],
  page_number: ["页码", "page number"],
  publication: ["公开属性", "publication note"],
  distribution: ["抄送、联系人", "distribution or contact"],
};

const containsTask = (item: OutlineItem, tasks: ReadonlySet<OutlineItem>): boolean =>
  tasks.has(item) || item.children.some((child) => containsTask(child, tasks));

const underTask = (item: OutlineItem, tasks: ReadonlySet<OutlineItem>): boolean => {
  for (let above = item.parent; above !== null; above = above.parent)
    if (tasks.has(above)) return true;
  return false;
};

/**
 * Info notes on the parts of the notice that were not read as tasks: the
 * paragraphs before the list, numbered sections that name no units (工作要求),
 * and the closing lines (signature, date, 附件).
 */
export const skippedNotes = (
  outline: Outline,
  tasks: ReadonlySet<OutlineItem>,
  namesUnits: (item: OutlineItem) => boolean,
): Diagnostic[] => {
  const notes: Diagnostic[] = [];
  const first = outline.preamble[0];
  if (first) {
    notes.push(
      diagnostic(
        "info",
        "prose.preamble_skipped",
        first.location,
        `编号条目之前的 ${outline.preamble.length} 段（标题、主送单位、说明等）不是任务，未作为任务读取`,
        `The ${outline.preamble.length} paragraphs before the numbered items (title, addressees, preamble) are not tasks and were not read as such`,
      ),
    );
  }
  for (const item of outline.items) {
    const topmost = item.parent === null || containsTask(item.parent, tasks);
    if (!topmost || containsTask(item, tasks) || underTask(item, tasks)) continue;
    notes.push(
      namesUnits(item)
        ? diagnostic(
            "warning",
            "prose.section_skipped",
            { ...item.location, text: item.title },
            `「${item.number}${item.title}」写明了单位，但不在任务所在的编号层级，其下也没有任务，未读取`,
            `"${item.number}${item.title}" names units, but it is not at the level of the tasks and holds none; not read`,
          )
        : diagnostic(
            "info",
            "prose.section_skipped",
            { ...item.location, text: item.title },
            `「${item.number}${item.title}」及其下各项没有写明责任单位，不是任务，未读取`,
            `"${item.number}${item.title}" and the items under it name no responsible unit; not tasks, not read`,
          ),
    );
  }
  const skipped = outline.skipped[0];
  if (skipped) {
    const kinds = [...new Set(outline.skipped.map((line) => line.kind))].map(
      (kind) => NOTICE_NAMES[kind] ?? [kind, kind],
    );
    notes.push(
      diagnostic(
        "info",
        "prose.notice_lines_skipped",
        skipped.paragraph.location,
        `跳过了 ${outline.skipped.length} 行通知文字（${kinds.map(([zh]) => zh).join("、")}）`,
        `Skipped ${outline.skipped.length} lines of the notice (${kinds.map(([, en]) => en).join(", ")})`,
      ),
    );
  }
  return notes;
};
