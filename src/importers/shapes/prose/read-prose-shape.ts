import { appendAll } from "../../../domain/append-all.js";
import type { Diagnostic } from "../../../domain/diagnostic.js";
import { joinWrappedWords } from "../../../domain/normalize-text.js";
import type { Plan } from "../../../domain/plan.js";
import { diagnostic } from "../../build-diagnostic.js";
import type { SourceDocument, SourceParagraph } from "../../source-document.js";
import type { BuildPlanOptions, BuildPlanResult } from "../build-plan.js";
import { checkHeaderCounts } from "../check-header-counts.js";
import { planHeading, planYear } from "../plan-heading.js";
import { readItemFacts, type ItemFacts } from "./item-facts.js";
import { carriesUnits, proseTasks, taskItems, type FactsOf } from "./prose-tasks.js";
import { proseTitleLines } from "./prose-title.js";
import { readOutline, type Outline, type OutlineItem } from "./read-outline.js";
import { skippedNotes } from "./skipped-notes.js";

/**
 * One responsibility line written after the last of several items that name
 * none ("（1）…（2）…牵头单位：X") covers them all: it moves to the item above
 * them, and a warning says so.
 */
const coverItems = (
  items: readonly OutlineItem[],
  facts: FactsOf,
  forget: (item: OutlineItem) => void,
): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  for (const parent of items) {
    const last = parent.children.at(-1);
    if (!last || parent.children.length < 2 || carriesUnits(facts(parent))) continue;
    if (!facts(last).onlyFromLines || !carriesUnits(facts(last))) continue;
    if (parent.children.slice(0, -1).some((child) => carriesUnits(facts(child)))) continue;
    const moved = last.lines.splice(0);
    appendAll(parent.lines, moved);
    forget(parent);
    forget(last);
    const first = moved[0];
    diagnostics.push(
      diagnostic(
        "warning",
        "responsibility.covers_items",
        first ? { ...first.location, text: first.text } : parent.location,
        `这一行写在第 ${parent.children.length} 项之后，而上面各项都没有写明单位：读作适用于「${parent.number}」下的每一项`,
        `This line follows the last of ${parent.children.length} items that name no units themselves: read as applying to each item under "${parent.number}"`,
      ),
    );
  }
  return diagnostics;
};

/** Whether the item is at the level or below an item at it. */
const reachedFrom = (item: OutlineItem, level: number): boolean => {
  for (let at: OutlineItem | null = item; at !== null; at = at.parent)
    if (at.level === level) return true;
  return false;
};

/**
 * The level that carries responsibilities: the one whose items, with the
 * items below them, hold the most of the items that name units (the
 * outermost of equals). A requirement that happens to name a unit outside
 * the task list does not pull the tasks to its level. A document that names
 * units once for all ("以下各项均由…负责") and never per item has its tasks at
 * its innermost level.
 */
const taskLevelOf = (outline: Outline, facts: FactsOf): number | null => {
  const naming = outline.items.filter((item) => carriesUnits(facts(item)));
  const levels = [...new Set(naming.map((item) => item.level))].sort((a, b) => a - b);
  let best: { level: number; reached: number } | null = null;
  for (const level of levels) {
    const reached = naming.filter((item) => reachedFrom(item, level)).length;
    if (best === null || reached > best.reached) best = { level, reached };
  }
  if (best !== null) return best.level;
  if (!outline.rules.some(({ rule }) => rule.kind === "default_units")) return null;
  return outline.items.reduce((deepest, item) => Math.max(deepest, item.level), 0);
};

const isParagraph = (block: SourceDocument["blocks"][number]): block is SourceParagraph =>
  block.kind === "paragraph";

/**
 * Running text puts no space between two Chinese characters, so every such
 * space is a wrap (a PDF, a narrow column), even inside a label, a unit's
 * name or a list: prose separates names with 、 and ，, never with spaces.
 */
const unwrapped = (paragraph: SourceParagraph): SourceParagraph => ({
  ...paragraph,
  text: joinWrappedWords(paragraph.text),
});

/**
 * Reads a document whose plan is a numbered outline (分工方案, 责任分解,
 * 工作要点). Returns null when its paragraphs carry no responsibilities:
 * the document is not of this shape.
 */
export const readProseShape = (
  document: SourceDocument,
  options: BuildPlanOptions = {},
): BuildPlanResult | null => {
  const outline = readOutline(document.blocks.filter(isParagraph).map(unwrapped));
  const titleLines = proseTitleLines(outline.preamble);
  const year = planYear(options.title ?? titleLines.title, document.fileName, options.year);
  const cache = new Map<OutlineItem, ItemFacts>();
  const facts: FactsOf = (item) => {
    const known = cache.get(item);
    if (known) return known;
    const read = readItemFacts(item, year ?? undefined);
    cache.set(item, read);
    return read;
  };
  const covering = coverItems(outline.items, facts, (item) => cache.delete(item));
  const taskLevel = taskLevelOf(outline, facts);
  if (taskLevel === null) return null;

  const file = { file: document.fileName };
  const diagnostics: Diagnostic[] = [...document.diagnostics, ...outline.diagnostics, ...covering];
  if (year === null) {
    diagnostics.push(
      diagnostic(
        "error",
        "plan.no_year",
        file,
        "标题和文件名中都没有年份，无法确定“6月底前”这类时限属于哪一年；请用 --year 指定",
        "Neither the title nor the file name states a year, so deadlines such as 6月底前 cannot be dated; give it with --year",
      ),
    );
    return { plan: null, diagnostics };
  }
  const chosen = taskItems(outline.items, taskLevel, facts);
  appendAll(diagnostics, chosen.diagnostics);
  for (const task of chosen.tasks) {
    appendAll(diagnostics, facts(task).diagnostics);
    for (const child of task.children) appendAll(diagnostics, facts(child).diagnostics);
  }
  const read = proseTasks(chosen.tasks, facts);
  appendAll(diagnostics, read.diagnostics);
  appendAll(
    diagnostics,
    skippedNotes(outline, new Set(chosen.tasks), (item) => carriesUnits(facts(item))),
  );
  options.onProgress?.({ phase: "build", done: outline.items.length, total: outline.items.length });
  const heading = planHeading(
    titleLines,
    read.tasks,
    { year, fileName: document.fileName, options },
    diagnostics,
  );
  const plan: Plan = { ...heading, year, columns: [], tasks: read.tasks };
  appendAll(diagnostics, checkHeaderCounts(plan, file));
  const failed = diagnostics.some((d) => d.severity === "error");
  return { plan: failed ? null : plan, diagnostics };
};
