import type { Plan } from "../domain/plan.js";
import type {
  MilestoneChange,
  MilestoneRef,
  PlanDiff,
  PlanFieldChange,
  TaskChange,
  TaskDiffEntry,
} from "../domain/revision-diff.js";
import type { Language } from "./language.js";

type Field = MilestoneChange["field"] | TaskChange["field"] | PlanFieldChange["field"];

const FIELD_NAMES: Readonly<Record<Language, Readonly<Record<Field, string>>>> = {
  zh: {
    text: "内容",
    units: "责任单位",
    deadline: "完成时限",
    seq: "节点序号",
    task: "所属任务",
    title: "标题",
    leadUnits: "牵头单位",
    otherRoles: "其他责任单位",
    persons: "责任人",
    no: "序号",
    subtitle: "副标题",
    year: "年度",
    issuer: "印发单位",
    ownerUnit: "切片单位",
    headerCounts: "表头数量",
    columns: "列",
  },
  en: {
    text: "text",
    units: "units",
    deadline: "deadline",
    seq: "step number",
    task: "task",
    title: "title",
    leadUnits: "lead units",
    otherRoles: "other roles",
    persons: "persons",
    no: "number",
    subtitle: "subtitle",
    year: "year",
    issuer: "issuer",
    ownerUnit: "slice unit",
    headerCounts: "header counts",
    columns: "columns",
  },
};

const WORDS = {
  zh: {
    counts: (c: PlanDiff["counts"]) =>
      `节点计划：新增${c.added}项，删除${c.removed}项，修改${c.changed}项，未变${c.unchanged}项`,
    added: "新增",
    removed: "删除",
    changed: "修改",
    taskAdded: "新增任务",
    taskRemoved: "删除任务",
    taskChanged: "修改任务",
    header: "表头",
    colon: "：",
    skipped: "注意：表太大，未按内容比对；移动过的节点计划可能显示为删除加新增",
  },
  en: {
    counts: (c: PlanDiff["counts"]) =>
      `milestones: ${c.added} added, ${c.removed} removed, ${c.changed} changed, ${c.unchanged} unchanged`,
    added: "added",
    removed: "removed",
    changed: "changed",
    taskAdded: "task added",
    taskRemoved: "task removed",
    taskChanged: "task changed",
    header: "header",
    colon: ": ",
    skipped:
      "note: the tables are too large to compare by text; moved milestones may show as removed and added",
  },
} as const;

const MAX_TEXT = 40;

const shorten = (text: string, max = MAX_TEXT): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/** "202", "一/3"; an unnumbered task by the start of its title. */
const taskLabel = (key: string): string =>
  key.replace(/title:(.*)$/s, (_, title: string) => `「${shorten(title, 12)}」`);

const milestoneLabel = (plan: Plan | undefined, ref: MilestoneRef, language: Language): string => {
  const milestone = plan?.tasks[ref.taskIndex]?.milestones[ref.milestoneIndex];
  const seq =
    milestone?.seq === undefined || milestone.seq === null
      ? ""
      : language === "zh"
        ? `（${milestone.seq}）`
        : ` (${milestone.seq})`;
  return `${taskLabel(ref.taskKey)}${seq}`;
};

const milestoneText = (plan: Plan | undefined, ref: MilestoneRef): string => {
  const text = plan?.tasks[ref.taskIndex]?.milestones[ref.milestoneIndex]?.text;
  return text === undefined ? "" : ` ${shorten(text)}`;
};

const changesText = (
  changes: readonly { field: Field; before: string; after: string }[],
  language: Language,
): string =>
  changes
    .map(
      (c) =>
        `${FIELD_NAMES[language][c.field]}${WORDS[language].colon}${shorten(c.before)} → ${shorten(c.after)}`,
    )
    .join(language === "zh" ? "；" : "; ");

const taskLine = (entry: TaskDiffEntry, language: Language): string => {
  const words = WORDS[language];
  if (entry.kind === "added") return `  ${words.taskAdded} ${taskLabel(entry.taskKey)}`;
  if (entry.kind === "removed") return `  ${words.taskRemoved} ${taskLabel(entry.taskKey)}`;
  const renumbered =
    entry.changes.length === 0 && entry.beforeTaskKey !== undefined
      ? `${taskLabel(entry.beforeTaskKey)} → `
      : "";
  const changes = entry.changes.length > 0 ? ` ${changesText(entry.changes, language)}` : "";
  return `  ${words.taskChanged} ${renumbered}${taskLabel(entry.taskKey)}${changes}`;
};

/**
 * What a revision changes, for people: the milestone counts, then one line
 * per added, removed or changed milestone (task number and step number,
 * field: before → after), changed tasks, and header changes. `before` is the
 * revision it replaces, which alone knows removed steps' numbers and texts.
 */
export const renderPlanDiff = (
  diff: PlanDiff,
  before: Plan | undefined,
  after: Plan,
  language: Language,
): string => {
  const words = WORDS[language];
  const lines: string[] = [words.counts(diff.counts)];
  for (const entry of diff.milestones) {
    if (entry.kind === "added") {
      lines.push(
        `  ${words.added} ${milestoneLabel(after, entry.after, language)}${milestoneText(after, entry.after)}`,
      );
    } else if (entry.kind === "removed") {
      lines.push(
        `  ${words.removed} ${milestoneLabel(before, entry.before, language)}${milestoneText(before, entry.before)}`,
      );
    } else if (entry.kind === "changed") {
      lines.push(
        `  ${words.changed} ${milestoneLabel(after, entry.after, language)} ${changesText(entry.changes, language)}`,
      );
    }
  }
  for (const entry of diff.tasks) lines.push(taskLine(entry, language));
  for (const change of diff.header) {
    lines.push(`  ${words.header} ${changesText([change], language)}`);
  }
  if (diff.textMatchSkipped) lines.push(words.skipped);
  return lines.map((line) => `${line}\n`).join("");
};
