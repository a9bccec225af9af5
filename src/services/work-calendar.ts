import { Kysely } from "kysely";
import type { Database } from "../db/database.js";
import { appendAudit, type CalendarDayAuditView } from "../db/queries/audit.js";
import {
  deleteCalendarOverride,
  findCalendarOverride,
  listCalendarOverrides,
  upsertCalendarOverride,
  type StoredCalendarDay,
} from "../db/queries/calendar-days.js";
import type { Schema } from "../db/schema.js";
import { versionedValue } from "../db/versioned-cache.js";
import { writeTransaction } from "../db/write-transaction.js";
import {
  CHINA_CALENDAR_DAYS,
  holidayNoticeFor,
  type HolidayNotice,
} from "../domain/china-holidays.js";
import { isIsoDate, type IsoDate } from "../domain/iso-date.js";
import {
  applyOverrides,
  holidaysLoaded,
  isWorkingDay,
  WEEKENDS_ONLY,
  workCalendar,
  type CalendarDay,
  type CalendarOverrideKind,
  type EffectiveCalendarDay,
  type WorkCalendar,
} from "../domain/work-calendar.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";

/**
 * The working-day calendar in use: the shipped statutory holidays and
 * make-up working days (domain/china-holidays.ts) with an administrator's
 * changes over them. A stored change replaces the shipped entry of its day;
 * `normal` removes it, so the day follows the weekday rule. A change that
 * would say what the shipped data says already is not stored: the day goes
 * back to the shipped entry, so that a later correction of the shipped data
 * reaches it.
 */

const SHIPPED: ReadonlyMap<IsoDate, CalendarDay> = new Map(
  CHINA_CALENDAR_DAYS.map((day) => [day.date, day]),
);

/** One day as the calendar in use has it, and why. */
export interface CalendarDayState {
  readonly date: IsoDate;
  /** `normal`: no entry, the weekday rule decides. */
  readonly kind: CalendarOverrideKind;
  readonly name: string;
  /** `rule`: neither shipped nor changed. */
  readonly source: "shipped" | "override" | "rule";
  readonly working: boolean;
  /** What Duban ships for the day, whatever an administrator made of it. */
  readonly shipped: CalendarDay | null;
}

export interface CalendarYear {
  readonly year: number;
  /** The notice the shipped entries of the year come from; null for a year Duban does not ship. */
  readonly notice: Pick<HolidayNotice, "title" | "documentNumber" | "issued"> | null;
  /** The holidays and make-up working days in effect, by day. */
  readonly days: readonly EffectiveCalendarDay[];
  /** Shipped entries an administrator has set back to `normal`, by day. */
  readonly cleared: readonly CalendarDay[];
}

const stateOf = (date: IsoDate, override: StoredCalendarDay | undefined): CalendarDayState => {
  const shipped = SHIPPED.get(date) ?? null;
  const entry =
    override !== undefined
      ? { kind: override.kind, name: override.name, source: "override" as const }
      : shipped !== null
        ? { kind: shipped.kind, name: shipped.name, source: "shipped" as const }
        : { kind: "normal" as const, name: "", source: "rule" as const };
  const working =
    entry.kind === "normal" ? isWorkingDay(WEEKENDS_ONLY, date) : entry.kind === "workday";
  return { date, ...entry, working, shipped };
};

const auditView = ({ kind, name, source }: CalendarDayState): CalendarDayAuditView => ({
  kind,
  name,
  source,
});

const checkDate = (date: IsoDate): void => {
  if (!isIsoDate(date))
    throw new RangeError(`not a calendar day YYYY-MM-DD: ${JSON.stringify(date)}`);
};

const cached = versionedValue<WorkCalendar>("work_calendar");

/**
 * The calendar every working-day computation uses; inside a transaction,
 * pass the transaction. Kept between requests until a change to a day.
 */
export const loadWorkCalendar = async (db: Database | Kysely<Schema>): Promise<WorkCalendar> => {
  const kysely = db instanceof Kysely ? db : db.kysely;
  return cached(kysely, async () =>
    workCalendar(applyOverrides(CHINA_CALENDAR_DAYS, await listCalendarOverrides(kysely))),
  );
};

/** Whether the calendar in use holds the year's holidays (a notice shipped, or entered by an administrator). */
export const holidaysLoadedFor = async (
  db: Database | Kysely<Schema>,
  year: number,
): Promise<boolean> => holidaysLoaded(await loadWorkCalendar(db), year);

/** `GET /api/calendar?year=`: a year's holidays and make-up working days; anyone logged in. */
export const listCalendarDays = async (
  db: Database,
  actor: Actor,
  year: number,
): Promise<CalendarYear> => {
  authorize(actor, { action: "calendar.read" });
  const prefix = `${String(year).padStart(4, "0")}-`;
  const shipped = CHINA_CALENDAR_DAYS.filter((day) => day.date.startsWith(prefix));
  const overrides = await listCalendarOverrides(db.kysely, {
    from: `${prefix}01-01`,
    to: `${prefix}12-31`,
  });
  const notice = holidayNoticeFor(year);
  return {
    year,
    notice:
      notice === undefined
        ? null
        : { title: notice.title, documentNumber: notice.documentNumber, issued: notice.issued },
    days: applyOverrides(shipped, overrides),
    cleared: overrides.flatMap((override) => {
      const entry = SHIPPED.get(override.date);
      return override.kind === "normal" && entry !== undefined ? [entry] : [];
    }),
  };
};

/** One day as the calendar in use has it. */
export const getCalendarDay = async (
  db: Database,
  actor: Actor,
  date: IsoDate,
): Promise<CalendarDayState> => {
  authorize(actor, { action: "calendar.read" });
  checkDate(date);
  return stateOf(date, await findCalendarOverride(db.kysely, date));
};

const sameState = (a: CalendarDayState, b: CalendarDayState): boolean =>
  a.kind === b.kind && a.name === b.name && a.source === b.source;

/**
 * An administrator sets a day: `holiday` (a day off), `workday` (a working
 * day, such as a make-up day) or `normal` (the weekday rule, removing a
 * shipped entry). Audited as "calendar.day_set" when anything changed.
 */
export const setCalendarDay = async (
  db: Database,
  actor: Actor,
  input: { readonly date: IsoDate; readonly kind: CalendarOverrideKind; readonly name: string },
  now: Date,
): Promise<CalendarDayState> => {
  authorize(actor, { action: "calendar.manage" });
  checkDate(input.date);
  const name = input.name.trim();
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const before = stateOf(input.date, await findCalendarOverride(trx, input.date));
    const shipped = before.shipped;
    const asShipped =
      input.kind === "normal"
        ? shipped === null
        : shipped !== null && shipped.kind === input.kind && shipped.name === name;
    if (asShipped) await deleteCalendarOverride(trx, input.date);
    else await upsertCalendarOverride(trx, { date: input.date, kind: input.kind, name }, stamp);
    const after = stateOf(input.date, await findCalendarOverride(trx, input.date));
    if (!sameState(before, after)) {
      await appendAudit(
        trx,
        auditActor(actor),
        {
          action: "calendar.day_set",
          objectType: "calendar_day",
          objectId: input.date,
          before: auditView(before),
          after: auditView(after),
        },
        stamp,
      );
    }
    return after;
  });
};

/**
 * Removes an administrator's change to a day: the shipped entry, or the
 * weekday rule, applies again. Audited as "calendar.day_removed"; removing
 * a change that is not there changes nothing and is not an error.
 */
export const removeCalendarDay = async (
  db: Database,
  actor: Actor,
  date: IsoDate,
  now: Date,
): Promise<CalendarDayState> => {
  authorize(actor, { action: "calendar.manage" });
  checkDate(date);
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const before = stateOf(date, await findCalendarOverride(trx, date));
    if (!(await deleteCalendarOverride(trx, date))) return before;
    const after = stateOf(date, undefined);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "calendar.day_removed",
        objectType: "calendar_day",
        objectId: date,
        before: auditView(before),
        after: auditView(after),
      },
      stamp,
    );
    return after;
  });
};
