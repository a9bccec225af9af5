import type { Light, MilestoneStatus, StatusAsOf } from "./milestone-status.js";

export interface StatusCounts {
  readonly done: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly inProgress: number;
  readonly notStarted: number;
}

/** Lights of the open milestones only: a done milestone has no light, it is counted as done. */
export type LightCounts = Readonly<Record<Light, number>>;

/**
 * Every figure a screen shows of a group of milestones, counted once here so
 * that the plan table, the dashboard, My unit, the timeline and the bulletin
 * cannot disagree.
 */
export interface StatusRollup {
  readonly total: number;
  readonly counts: StatusCounts;
  /** red + yellow + green + counts.done = total. */
  readonly lights: LightCounts;
  /** Done by the due date then in force. */
  readonly onTime: number;
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

/** Milestones of one status, light and lateness, counted: what a database's GROUP BY gives. */
export interface CountedStatus extends Pick<StatusAsOf, "status" | "light" | "late"> {
  readonly count: number;
}

/** Counts and rates over a group of milestones counted by status, light and lateness. */
export const rollUpCounted = (groups: readonly CountedStatus[]): StatusRollup => {
  const counts = { done: 0, overdue: 0, dueSoon: 0, inProgress: 0, notStarted: 0 };
  const lights = { red: 0, yellow: 0, green: 0 };
  let onTime = 0;
  let total = 0;
  for (const group of groups) {
    total += group.count;
    counts[COUNT_KEY[group.status]] += group.count;
    if (group.status !== "done") lights[group.light] += group.count;
    else if (group.late === false) onTime += group.count;
  }
  return {
    total,
    counts,
    lights,
    onTime,
    completionRate: total === 0 ? null : counts.done / total,
    onTimeRate: counts.done === 0 ? null : onTime / counts.done,
  };
};

/** Counts and rates over a group of milestones (a task, a unit, a plan, a month of deadlines). */
export const rollUp = (
  statuses: readonly Pick<StatusAsOf, "status" | "light" | "late">[],
): StatusRollup => rollUpCounted(statuses.map((status) => ({ ...status, count: 1 })));
