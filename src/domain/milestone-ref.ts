import { foldWidth } from "./normalize-text.js";

/** A milestone as the table numbers it, 序号（节点）: "204（1）" is task 204's step (1). */
export interface MilestoneRef {
  readonly taskNo: number;
  readonly seq: number;
}

/** "204（1）" or "204(1)" → task 204, step 1; null for anything else. */
export const parseMilestoneRef = (text: string): MilestoneRef | null => {
  const match = /^\s*(\d{1,6})\s*\((\d{1,3})\)\s*$/.exec(foldWidth(text));
  return match ? { taskNo: Number(match[1]), seq: Number(match[2]) } : null;
};

export const formatMilestoneRef = (ref: MilestoneRef): string =>
  `${String(ref.taskNo)}（${String(ref.seq)}）`;
