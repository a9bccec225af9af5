import type { MilestoneStatus, StatusAsOf } from "./milestone-status.js";

export interface StatusCounts {
  readonly done: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly inProgress: number;
  readonly notStarted: number;
}

export interface StatusRollup {
  readonly total: number;
  readonly counts: StatusCounts;
  /** Done ÷ total; null for an empty group. */
  readonly completionRate: number | null;
  /** Done on time ÷ done; null while nothing is done. */
  readonly onTimeRate: number | null;
}

const COUNT_KEY: Readonly<Record<MilestoneStatus, keyof StatusCounts>> = {
  done: "done",
  overdue: "overdue",
  due_soon: "dueSoon",
  in_progress: "inProgress",
  not_started: "notStarted",
};

/** Counts and rates over a group of milestones (a task, a unit, a plan, a month of deadlines). */
export const rollUp = (statuses: readonly StatusAsOf[]): StatusRollup => {
  const counts = { done: 0, overdue: 0, dueSoon: 0, inProgress: 0, notStarted: 0 };
  let onTime = 0;
  for (const status of statuses) {
    counts[COUNT_KEY[status.status]] += 1;
    if (status.status === "done" && status.late === false) onTime += 1;
  }
  const total = statuses.length;
  return {
    total,
    counts,
    completionRate: total === 0 ? null : counts.done / total,
    onTimeRate: counts.done === 0 ? null : onTime / counts.done,
  };
};
