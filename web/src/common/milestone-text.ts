import type { Milestone } from "../api.js";

/** "（1）…" as the table writes it; a task's single unnumbered step as it stands. */
export const milestoneLabel = (milestone: Pick<Milestone, "seq" | "text">): string =>
  milestone.seq === null ? milestone.text : `（${String(milestone.seq)}）${milestone.text}`;

/** 完成时限 as written in the table ("12月15日", "持续推进"). */
export const deadlineText = (milestone: Milestone): string =>
  "text" in milestone.deadline ? milestone.deadline.text : "";

/** The table's own date, when the deadline names one. */
const tableDate = (milestone: Milestone): string | null =>
  "date" in milestone.deadline ? milestone.deadline.date : null;

/** The original date when an approved extension moved the due date; null otherwise. */
export const extendedFrom = (milestone: Milestone): string | null => {
  const original = tableDate(milestone);
  return milestone.due !== null && original !== null && milestone.due !== original
    ? original
    : null;
};

/** Lead unit first, then the cooperating units in table order. */
export const unitsInOrder = (milestone: Milestone): Milestone["units"] =>
  [...milestone.units].sort((a, b) => Number(b.role === "lead") - Number(a.role === "lead"));
