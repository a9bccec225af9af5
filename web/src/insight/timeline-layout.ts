import dayjs from "dayjs";
import type { Milestone } from "../api.js";
import { signalOf, type Signal } from "../common/signal.js";

/** A task heads its milestones; each milestone has a row of its own, so bars never overlap. */
export type TimelineRow =
  | { readonly kind: "task"; readonly taskId: number; readonly label: string }
  | { readonly kind: "milestone"; readonly label: string; readonly milestone: Milestone };

export interface TimelineBar {
  readonly id: number;
  readonly milestone: Milestone;
  readonly signal: Signal;
  /** The milestone's row on the y axis. */
  readonly row: number;
  /** Local midnight of the first and last day, as the time axis reads them. */
  readonly start: number;
  readonly end: number;
}

export interface TimelineLayout {
  readonly rows: readonly TimelineRow[];
  readonly bars: readonly TimelineBar[];
  /** Milestones with no due date (ongoing work): nowhere to draw them. */
  readonly undated: readonly Milestone[];
}

/** "（2）…": the step under its task's header row. */
const stepLabel = (milestone: Milestone): string =>
  milestone.seq === null ? milestone.text : `（${String(milestone.seq)}）${milestone.text}`;

const dayValue = (day: string): number => dayjs(day).valueOf();

/** Where a milestone's bar starts: its own start when the deadline states one, else the plan's. */
const startOf = (milestone: Milestone, planStart: string, due: string): string => {
  const own = milestone.deadline.kind === "period_end" ? milestone.deadline.start : undefined;
  const start = own ?? planStart;
  return start < due ? start : due;
};

/**
 * Tasks in table order, each a header row followed by one row per dated
 * milestone: a bar from the milestone's start (or the plan's) to its due date.
 */
export const timelineLayout = (
  milestones: readonly Milestone[],
  planStart: string,
): TimelineLayout => {
  const byTask = new Map<number, Milestone[]>();
  const undated: Milestone[] = [];
  for (const milestone of milestones) {
    if (milestone.due === null) {
      undated.push(milestone);
      continue;
    }
    const list = byTask.get(milestone.task.id) ?? [];
    list.push(milestone);
    byTask.set(milestone.task.id, list);
  }
  const rows: TimelineRow[] = [];
  const bars: TimelineBar[] = [];
  for (const [taskId, list] of byTask) {
    const task = list[0]?.task;
    if (task === undefined) continue;
    rows.push({ kind: "task", taskId, label: `${task.label} ${task.title}` });
    for (const milestone of list) {
      const due = milestone.due ?? "";
      bars.push({
        id: milestone.id,
        milestone,
        signal: signalOf(milestone),
        row: rows.length,
        start: dayValue(startOf(milestone, planStart, due)),
        end: dayValue(due),
      });
      rows.push({ kind: "milestone", label: stepLabel(milestone), milestone });
    }
  }
  return { rows, bars, undated };
};
