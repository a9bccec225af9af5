import { foldWidth } from "./normalize-text.js";

/** A milestone as the table numbers it, 序号（节点）: "204（1）" is task 204's step (1). */
export interface MilestoneRef {
  readonly taskNo: number;
  readonly seq: number;
}

/** A 序号 as people type it to find rows: a task's number, with or without its step. */
export interface TableNumber {
  readonly taskNo: number;
  readonly seq: number | null;
}

/** "204" → task 204; "204（1）" or "204(1)" → its step (1); null for anything else. */
export const parseTableNumber = (text: string): TableNumber | null => {
  const match = /^\s*(\d{1,6})\s*(?:\(\s*(\d{1,3})\s*\))?\s*$/.exec(foldWidth(text));
  if (!match) return null;
  return { taskNo: Number(match[1]), seq: match[2] === undefined ? null : Number(match[2]) };
};

/** "204（1）" or "204(1)" → task 204, step 1; null for anything else. */
export const parseMilestoneRef = (text: string): MilestoneRef | null => {
  const number = parseTableNumber(text);
  return number?.seq == null ? null : { taskNo: number.taskNo, seq: number.seq };
};

export const formatMilestoneRef = (ref: MilestoneRef): string =>
  `${String(ref.taskNo)}（${String(ref.seq)}）`;

/** A milestone's number as its table writes it: the task's 序号 as written, then its step ("204（1）", "一"). */
export const tableRefOf = (taskLabel: string, seq: number | null): string =>
  seq === null ? taskLabel : `${taskLabel}（${String(seq)}）`;
