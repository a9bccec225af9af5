import type { Deadline } from "./deadline.js";
import { daysInMonth, isoDate, type IsoDate } from "./iso-date.js";
import { withoutInitialProgress } from "./initial-progress.js";
import type { Milestone, Plan, Task } from "./plan.js";
import { withoutSources } from "./plan-sources.js";

/**
 * Next year's plan (结转): the unfinished work of an old plan carried into
 * a plan of a later year.
 *
 * The deadline rule: a due date before the new year moves into it by whole
 * years (the same day of the same month; a month's last day stays its last
 * day, so 2024-02-29 → 2025-02-28), and a span (2022—2023年) moves with its
 * end. A due date already in the new year or later stays. The years written
 * in the deadline's text move with it ("2022年底前" → "2023年底前"); text
 * that writes no year ("6月底前") reads the same in the new year.
 * Recurring, ongoing and absent deadlines name no year and stay as they are.
 * The office changes any of them afterwards by importing a revision.
 */

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** The same day `years` later; a month's last day stays the month's last day. */
export const shiftYears = (date: IsoDate, years: number): IsoDate => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const lastDay = day === daysInMonth(year, month);
  const target = year + years;
  return isoDate(target, month, lastDay ? daysInMonth(target, month) : day);
};

const YEAR_IN_TEXT = /(?<!\d)((?:19|20|21)\d{2})(?!\d)/g;

const shiftText = (text: string, years: number): string =>
  text.replace(YEAR_IN_TEXT, (year) => String(Number(year) + years));

/** The deadline a carried milestone takes in a plan of `year`, by the rule above. */
export const carriedDeadline = (deadline: Deadline, year: number): Deadline => {
  if (deadline.kind !== "date" && deadline.kind !== "period_end") return deadline;
  const years = year - yearOf(deadline.date);
  if (years <= 0) return deadline;
  const text = shiftText(deadline.text, years);
  const date = shiftYears(deadline.date, years);
  if (deadline.kind === "date") return { ...deadline, text, date };
  return deadline.start === undefined
    ? { ...deadline, text, date }
    : { ...deadline, text, date, start: shiftYears(deadline.start, years) };
};

/** "2022年市政府重点工作任务分解表" → "2023年…": the old title with the new year. */
export const carriedTitle = (title: string, from: number, to: number): string => {
  const retitled = title.replace(String(from), String(to));
  return retitled === title ? `${String(to)}年${title}` : retitled;
};

/** An old plan as stored, each milestone with its id (by task, then milestone, as in `plan.tasks`). */
export interface CarryOverSource {
  readonly plan: Plan;
  readonly milestoneIds: readonly (readonly number[])[];
}

/** Where a carried milestone sits in the new plan, and the old milestone it came from. */
export interface CarriedPlace {
  readonly from: number;
  readonly taskIndex: number;
  readonly milestoneIndex: number;
}

export interface CarriedPlan {
  readonly plan: Plan;
  readonly carried: readonly CarriedPlace[];
}

const carriedMilestone = (milestone: Milestone, year: number): Milestone => ({
  ...milestone,
  deadline: carriedDeadline(milestone.deadline, year),
});

/**
 * The plan of `year` that carries the picked milestones: their tasks (the
 * old numbers and texts, so the office recognises the work) with only the
 * picked milestones, in the old order. The issuer, the slice's unit and the
 * columns stay; the subtitle and its counts, which counted the old table,
 * go. With nothing picked the plan has no tasks: `--carry none`.
 */
export const carryOver = (
  source: CarryOverSource,
  picked: ReadonlySet<number>,
  year: number,
): CarriedPlan => {
  const tasks: Task[] = [];
  const carried: CarriedPlace[] = [];
  source.plan.tasks.forEach((task, t) => {
    const ids = source.milestoneIds[t] ?? [];
    const kept = task.milestones.flatMap((milestone, m) => {
      const id = ids[m];
      return id !== undefined && picked.has(id) ? [{ id, milestone }] : [];
    });
    if (kept.length === 0) return;
    kept.forEach(({ id }, m) =>
      carried.push({ from: id, taskIndex: tasks.length, milestoneIndex: m }),
    );
    tasks.push({
      ...task,
      milestones: kept.map(({ milestone }) => carriedMilestone(milestone, year)),
    });
  });
  // The new year starts with no progress stated and nothing read from a file.
  const plan = withoutSources(
    withoutInitialProgress({
      ...source.plan,
      title: carriedTitle(source.plan.title, source.plan.year, year),
      subtitle: null,
      headerCounts: null,
      year,
      tasks,
    }),
  );
  return { plan, carried };
};
