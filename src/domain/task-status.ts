import type { StatusRollup } from "./status-rollup.js";

/**
 * A task's status, as a progress bulletin counts tasks (重点工作任务): the
 * office speaks of tasks done, under way and overdue, and reads them off the
 * task's milestones (节点计划).
 */
export type TaskStatus = "done" | "overdue" | "in_progress";

/** Done when every milestone is done; overdue when any is overdue; else in progress. */
export const taskStatusOf = (rollup: Pick<StatusRollup, "total" | "counts">): TaskStatus => {
  if (rollup.total > 0 && rollup.counts.done === rollup.total) return "done";
  if (rollup.counts.overdue > 0) return "overdue";
  return "in_progress";
};

export interface TaskStatusCounts {
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly overdue: number;
}

/** How many tasks stand where, from each task's milestone rollup. */
export const countTaskStatuses = (
  rollups: readonly Pick<StatusRollup, "total" | "counts">[],
): TaskStatusCounts => {
  const counts = { total: rollups.length, done: 0, inProgress: 0, overdue: 0 };
  for (const rollup of rollups) {
    const status = taskStatusOf(rollup);
    if (status === "done") counts.done += 1;
    else if (status === "overdue") counts.overdue += 1;
    else counts.inProgress += 1;
  }
  return counts;
};
