import dayjs from "dayjs";
import type { Milestone } from "../api.js";

export interface TimelineRow {
  readonly taskId: number;
  /** 序号 and title, as the y axis shows it (truncated there). */
  readonly label: string;
}

export interface TimelineBar {
  readonly id: number;
  readonly milestone: Milestone;
  /** The task's row on the y axis. */
  readonly row: number;
  /** Local midnight of the first and last day, as the time axis reads them. */
  readonly start: number;
  readonly end: number;
  /** Milestones of a task due the same day share its band, one thin lane each. */
  readonly lane: number;
  readonly lanes: number;
}

export interface TimelineLayout {
  readonly rows: readonly TimelineRow[];
  readonly bars: readonly TimelineBar[];
  /** Milestones with no due date (ongoing work): nowhere to draw them. */
  readonly undated: number;
}

const dayValue = (day: string): number => dayjs(day).valueOf();

/**
 * One row per task in table order; each dated milestone a bar from the
 * task's previous due date (or the plan's start) to its own.
 */
export const timelineLayout = (
  milestones: readonly Milestone[],
  planStart: string,
): TimelineLayout => {
  const byTask = new Map<number, Milestone[]>();
  let undated = 0;
  for (const milestone of milestones) {
    if (milestone.due === null) {
      undated += 1;
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
    const row = rows.length;
    rows.push({ taskId, label: `${task.label} ${task.title}` });
    const dues = [...new Set(list.map((m) => m.due ?? ""))].sort();
    for (const [index, due] of dues.entries()) {
      const sameDay = list.filter((m) => m.due === due);
      const previous = dues[index - 1] ?? (planStart < due ? planStart : due);
      for (const [lane, milestone] of sameDay.entries()) {
        bars.push({
          id: milestone.id,
          milestone,
          row,
          start: dayValue(previous),
          end: dayValue(due),
          lane,
          lanes: sameDay.length,
        });
      }
    }
  }
  return { rows, bars, undated };
};
