/**
 * What search finds, in the order results rank: a task's title and a
 * milestone's text before a unit's name, then the records of the year
 * (instructions and their answers, review comments, progress reports,
 * evidence file names). A task or milestone the query names by its 序号
 * ranks before all of them.
 */
export const SEARCH_KINDS = [
  "task",
  "milestone",
  "unit",
  "instruction",
  "answer",
  "review",
  "report",
  "file",
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Kinds that are plan content, read from the revision in force (no day of their own). */
export const CONTENT_KINDS: readonly SearchKind[] = ["task", "milestone"];

export const isSearchKind = (text: string): text is SearchKind =>
  (SEARCH_KINDS as readonly string[]).includes(text);

/** Each kind as people call it, for listings. */
export const SEARCH_KIND_NAMES: Readonly<Record<SearchKind, { zh: string; en: string }>> = {
  task: { zh: "任务", en: "task" },
  milestone: { zh: "节点计划", en: "milestone" },
  unit: { zh: "单位", en: "unit" },
  instruction: { zh: "批示", en: "instruction" },
  answer: { zh: "答复", en: "answer" },
  review: { zh: "审核意见", en: "review comment" },
  report: { zh: "进展", en: "progress report" },
  file: { zh: "佐证材料", en: "evidence file" },
};

/** Kinds that are records of the year, made on a day (the rest are content and unit names). */
export const isRecordKind = (kind: SearchKind): boolean =>
  kind !== "unit" && !CONTENT_KINDS.includes(kind);
