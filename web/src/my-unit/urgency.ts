import type { Milestone } from "../api.js";

const LIGHT_RANK = { red: 0, yellow: 1, green: 2 } as const;

/** Earlier due dates first; milestones without a due date (ongoing work) after those with one. */
const byDue = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
};

/** Most urgent first: red, then yellow, then green, each by due date; done ones last. */
export const byUrgency = (a: Milestone, b: Milestone): number =>
  Number(a.status === "done") - Number(b.status === "done") ||
  LIGHT_RANK[a.light] - LIGHT_RANK[b.light] ||
  byDue(a.due, b.due) ||
  a.id - b.id;
