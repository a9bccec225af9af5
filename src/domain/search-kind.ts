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

/** Kinds that hang on a milestone: seen by whoever may see the milestone. */
export const MILESTONE_RECORD_KINDS: readonly SearchKind[] = ["review", "report", "file"];

export const isSearchKind = (text: string): text is SearchKind =>
  (SEARCH_KINDS as readonly string[]).includes(text);
