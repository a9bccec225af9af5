import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";
import { narrowedTo, type ViewerScope } from "../db/queries/access.js";
import { findMilestoneKeys } from "../db/queries/milestone-rows.js";
import {
  countStatusToday,
  storedFoldsAnswer,
  type CountedTaskStatus,
  type StatusDay,
} from "../db/queries/status-today.js";
import type { Schema } from "../db/schema.js";
import { occurrenceMonths, RECURRENCE_MONTHS } from "../domain/deadline-occurrence.js";
import { addDays, type IsoDate } from "../domain/iso-date.js";
import type { PlanSettings } from "../domain/plan-settings.js";
import { lastDuePeriod } from "../domain/report-cycle.js";
import { workingDaysBetween, type WorkCalendar } from "../domain/work-calendar.js";
import { rateMilestones, ratingContext, type RatingContext } from "./status-as-of.js";

/**
 * The last due date the plan's warning window counts as due soon on `asOf`:
 * the window in calendar days, or the last day before its working days run out.
 */
const dueSoonTo = (settings: PlanSettings, calendar: WorkCalendar, asOf: IsoDate): IsoDate => {
  let last = addDays(asOf, settings.warningDays);
  if (settings.warningUnit !== "working_day") return last;
  while (workingDaysBetween(calendar, asOf, addDays(last, 1)) <= settings.warningDays) {
    last = addDays(last, 1);
  }
  return last;
};

/** The constants of the context's day that today's status SQL compares stored columns with. */
export const statusDayOf = ({ asOf, settings, calendar, starts }: RatingContext): StatusDay => {
  const plans = new Map(
    [...settings].map(([planId, { settings: plan }]) => {
      const period = plan.reportCycle === null ? null : lastDuePeriod(plan.reportCycle, asOf);
      // A plan published after the period began owes nothing for it (owesReport).
      const owed = period !== null && (starts.get(planId) ?? asOf) <= period.from;
      return [
        planId,
        { dueSoonTo: dueSoonTo(plan, calendar, asOf), reportsFrom: owed ? period.from : null },
      ] as const;
    }),
  );
  return {
    asOf,
    plans,
    occurrences: new Map(
      RECURRENCE_MONTHS.map((months) => [months, occurrenceMonths(months, asOf)]),
    ),
  };
};

/** The constants of `asOf` that today's status SQL compares stored columns with. */
export const statusDay = async (
  db: Kysely<Schema>,
  planIds: readonly number[],
  asOf: IsoDate,
): Promise<StatusDay> => statusDayOf(await ratingContext(db, planIds, asOf));

const groupKey = (row: Omit<CountedTaskStatus, "count">): string =>
  `${row.planId}/${row.taskId}/${row.status}/${row.light}/${String(row.late)}`;

/**
 * Status on a day counted per task, status, light and lateness, over the
 * plans' current milestones the viewer may see. The one choice of path for
 * counts: when no stored fold is dated after the day (today), the database
 * counts; a past day rates every milestone from its ledger.
 */
export const countStatus = async (
  db: Database,
  scope: { readonly planIds: readonly number[]; readonly visibleTo: ViewerScope },
  asOf: IsoDate,
): Promise<CountedTaskStatus[]> => {
  if (await storedFoldsAnswer(db.kysely, scope.planIds, asOf)) {
    return countStatusToday(
      db.kysely,
      await statusDay(db.kysely, scope.planIds, asOf),
      narrowedTo(scope.visibleTo),
    );
  }
  const plans = new Set(scope.planIds);
  const keys = (await findMilestoneKeys(db.kysely, { visibleTo: scope.visibleTo })).filter((key) =>
    plans.has(key.planId),
  );
  const rated = await rateMilestones(db.kysely, keys, asOf);
  const groups = new Map<string, CountedTaskStatus>();
  for (const key of keys) {
    const state = rated.get(key.id);
    if (state === undefined) continue;
    const group = {
      planId: key.planId,
      taskId: key.taskId,
      status: state.status,
      light: state.light,
      late: state.late,
    };
    const id = groupKey(group);
    groups.set(id, { ...group, count: (groups.get(id)?.count ?? 0) + 1 });
  }
  return [...groups.values()];
};
