import type { Database } from "../../db/database.js";
import { milestoneChanges } from "../../db/queries/calendar-feeds.js";
import { findMilestoneRows, unitsOfMilestoneVersions } from "../../db/queries/milestone-rows.js";
import { readPlanSettings } from "../../db/queries/plan-settings.js";
import type { PlanRow } from "../../db/queries/plans.js";
import { deadlineText, type Deadline } from "../../domain/deadline.js";
import { dueDatesBetween, nextDueDate } from "../../domain/deadline-occurrence.js";
import { daysBetween, type IsoDate } from "../../domain/iso-date.js";
import { dateBefore, type WorkCalendar } from "../../domain/work-calendar.js";
import type { CalendarEntry } from "../../exporters/milestones-ics.js";
import type { Actor } from "../../policies/actor.js";
import { planStatus } from "../plan-status.js";
import { milestonePageUrl } from "../web-links.js";

/** Alarms of a plan that sets no reminders before the due day. */
const DEFAULT_ALARM_DAYS: readonly number[] = [3];

/** What the entries of one plan are built with, besides the plan. */
export interface EntryContext {
  readonly db: Database;
  /** Whose view of the plan the calendar shows: the feed's creator. */
  readonly actor: Actor;
  readonly today: IsoDate;
  readonly calendar: WorkCalendar;
  /** The web app's address ("https://duban.example.gov.cn"), for links; null: no links. */
  readonly baseUrl: string | null;
}

const uidOf = (milestoneId: number, occurrence: IsoDate | null): string =>
  `duban-milestone-${String(milestoneId)}${occurrence === null ? "" : `-${occurrence.replaceAll("-", "")}`}@duban`;

/**
 * The days of a milestone in a calendar. The due date in force (after
 * approved extensions) as status computes it; a recurring deadline with no
 * extension gives each of its occurrences in the plan's year instead.
 */
const daysOf = (
  deadline: Deadline,
  due: IsoDate | null,
  today: IsoDate,
  year: number,
): {
  readonly days: readonly IsoDate[];
  readonly extended: boolean;
  readonly recurring: boolean;
} => {
  const extended = due !== null && due !== nextDueDate(deadline, today);
  if (deadline.kind === "recurring" && !extended) {
    return {
      days: dueDatesBetween(deadline, `${String(year)}-01-01`, `${String(year)}-12-31`),
      extended,
      recurring: true,
    };
  }
  return { days: due === null ? [] : [due], extended, recurring: false };
};

/**
 * The calendar entries of one plan as `actor` may see it, for one unit's
 * milestones (led and shared) or the whole plan: every milestone with a
 * due date, with status as of today from planStatus, the one definition.
 */
export const planCalendarEntries = async (
  context: EntryContext,
  plan: PlanRow,
  unitId: number | null,
): Promise<CalendarEntry[]> => {
  const { db, today } = context;
  const report = await planStatus(db, context.actor, {
    planId: plan.id,
    asOf: today,
    ...(unitId === null ? {} : { unit: unitId }),
  });
  if (report.milestones.length === 0) return [];
  const ids = report.milestones.map((m) => m.id);
  const rows = new Map(
    (await findMilestoneRows(db.kysely, { ids: { of: "milestone", values: ids } })).map((row) => [
      row.id,
      row,
    ]),
  );
  const units = await unitsOfMilestoneVersions(
    db.kysely,
    [...rows.values()].map((row) => row.versionId),
  );
  const changes = await milestoneChanges(db.kysely, ids);
  const settings = (await readPlanSettings(db.kysely, [plan.id])).get(plan.id)?.settings;
  const offsets = settings?.reminders.beforeDue ?? [];
  return report.milestones.flatMap((line) => {
    const row = rows.get(line.id);
    const changed = changes.get(line.id);
    if (!row || !changed) return [];
    const deadline = JSON.parse(row.deadlineJson) as Deadline;
    const { days, extended, recurring } = daysOf(deadline, line.due, today, plan.year);
    const named = units.get(row.versionId) ?? [];
    return days.map((day) => ({
      uid: uidOf(line.id, recurring ? day : null),
      day,
      taskNo: line.taskNo,
      taskTitle: row.taskTitle,
      seq: line.seq,
      text: row.text,
      deadlineText: deadlineText(deadline),
      extended,
      leads: named.filter((u) => u.role === "lead").map((u) => u.unit),
      others: named.filter((u) => u.role !== "lead").map((u) => u.unit),
      status: line.status,
      completedOn: line.completedOn,
      url: context.baseUrl === null ? null : milestonePageUrl(context.baseUrl, line.id),
      sequence: changed.changes,
      lastModified: changed.lastChangedAt,
      alarmDaysBefore:
        offsets.length === 0
          ? DEFAULT_ALARM_DAYS
          : offsets.map((offset) => daysBetween(dateBefore(context.calendar, day, offset), day)),
    }));
  });
};
