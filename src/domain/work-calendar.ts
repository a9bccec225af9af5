import { isIsoDate, type IsoDate } from "./iso-date.js";

/**
 * The working-day calendar of mainland China. Saturdays and Sundays are off
 * and weekdays are working days, except where an entry says otherwise:
 *
 * - `holiday`: a statutory day off (放假), which may fall on a weekday;
 * - `workday`: a make-up working day (调休上班), usually a Saturday or Sunday.
 *
 * An entry that agrees with the weekday rule (a holiday on a Sunday, as
 * inside the National Day week) changes nothing, but it names the day.
 * Outside the years the entries cover, only the weekday rule applies.
 */
export type CalendarDayKind = "holiday" | "workday";

export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  /** The festival or reason: "国庆节", "春节". */
  readonly name: string;
}

export interface WorkCalendar {
  /** Entries by day number (days since 1970-01-01); one per day, the last given winning. */
  readonly entries: ReadonlyMap<number, CalendarDay>;
  /** Day numbers of the holiday entries on weekdays: the only ones that take a working day away. */
  readonly weekdayHolidays: ReadonlySet<number>;
  /** Day numbers of the workday entries on weekends: the only ones that add a working day. */
  readonly weekendWorkdays: ReadonlySet<number>;
}

/** A distance from a due date, in calendar days or in working days. */
export interface Offset {
  readonly amount: number;
  readonly unit: "calendar_day" | "working_day";
}

/** The most working days `addWorkingDays` moves at once (about fourteen years): a guard on loops. */
export const MAX_WORKING_DAYS = 3660;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (negative before it). */
const dayNumber = (date: IsoDate): number => {
  if (!isIsoDate(date))
    throw new RangeError(`not a calendar day YYYY-MM-DD: ${JSON.stringify(date)}`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
};

const dateOf = (day: number): IsoDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 Sunday … 6 Saturday; 1970-01-01 was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

const isWeekend = (day: number): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

/** The calendar of these entries; for one day given twice, the later entry wins. */
export const workCalendar = (days: Iterable<CalendarDay>): WorkCalendar => {
  const entries = new Map<number, CalendarDay>();
  for (const day of days) entries.set(dayNumber(day.date), day);
  const weekdayHolidays = new Set<number>();
  const weekendWorkdays = new Set<number>();
  for (const [day, entry] of entries) {
    if (entry.kind === "holiday" && !isWeekend(day)) weekdayHolidays.add(day);
    if (entry.kind === "workday" && isWeekend(day)) weekendWorkdays.add(day);
  }
  return { entries, weekdayHolidays, weekendWorkdays };
};

/** A calendar with no entries: weekends off, every weekday a working day. */
export const WEEKENDS_ONLY: WorkCalendar = workCalendar([]);

const isWorking = (calendar: WorkCalendar, day: number): boolean =>
  isWeekend(day) ? calendar.weekendWorkdays.has(day) : !calendar.weekdayHolidays.has(day);

/** Weekends are off unless a workday entry says otherwise; weekdays are on unless a holiday entry does. */
export const isWorkingDay = (calendar: WorkCalendar, date: IsoDate): boolean =>
  isWorking(calendar, dayNumber(date));

/** The entry for a day, if the calendar has one. */
export const calendarEntry = (calendar: WorkCalendar, date: IsoDate): CalendarDay | undefined =>
  calendar.entries.get(dayNumber(date));

/**
 * Whether a year's holidays are loaded: New Year's Day (1 January) is a
 * statutory holiday every year and every State Council notice arranges it,
 * while no notice reaches into the next year's first day. Without it, the
 * year's working days are only weekdays, which misses the Spring Festival.
 */
export const holidaysLoaded = (calendar: WorkCalendar, year: number): boolean =>
  calendarEntry(calendar, `${String(year).padStart(4, "0")}-01-01`)?.kind === "holiday";

const checkCount = (n: number): void => {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
    throw new RangeError(
      `a number of working days must be a whole number up to ${MAX_WORKING_DAYS}`,
    );
  }
};

/**
 * Moves `step` (1 or -1) a day at a time from `start`, not counting `start`,
 * until `count` working days have been passed; returns the last one. Ends:
 * every seven days hold five weekdays, and only the calendar's weekday
 * holidays can take them away.
 */
const walk = (calendar: WorkCalendar, start: number, step: 1 | -1, count: number): number => {
  const limit = 7 * Math.ceil((count + calendar.weekdayHolidays.size) / 5) + 7;
  let day = start;
  let found = 0;
  for (let scanned = 0; scanned < limit; scanned += 1) {
    day += step;
    if (isWorking(calendar, day)) {
      found += 1;
      if (found === count) return day;
    }
  }
  throw new Error("unreachable: a working day always comes within the limit");
};

/**
 * The `n`th working day after `date` (n > 0) or before it (n < 0), `date`
 * itself not counted: Friday + 1 is the next Monday, Monday − 1 the Friday
 * before, whatever `date` is.
 *
 * n = 0 gives `date` itself when it is a working day, and otherwise the
 * first working day after it: the rule of 民法典 art. 203 for a period that
 * ends on a day off (以法定休假日结束的次日为期限的最后一日). `dateBefore` with
 * a zero offset rolls back instead.
 */
export const addWorkingDays = (calendar: WorkCalendar, date: IsoDate, n: number): IsoDate => {
  checkCount(n);
  const start = dayNumber(date);
  if (n === 0) return isWorking(calendar, start) ? date : dateOf(walk(calendar, start, 1, 1));
  return dateOf(walk(calendar, start, n > 0 ? 1 : -1, Math.abs(n)));
};

/** Weekdays among the day numbers below `day` from 0 (negative when `day` is below 0). */
const weekdaysBefore = (day: number): number => {
  const weeks = Math.floor(day / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < day; d += 1) if (!isWeekend(d)) count += 1;
  return count;
};

/** Working days d with low < d ≤ high, for low ≤ high: weekdays by arithmetic, then the entries. */
const workingDaysIn = (calendar: WorkCalendar, low: number, high: number): number => {
  let count = weekdaysBefore(high + 1) - weekdaysBefore(low + 1);
  for (const day of calendar.weekdayHolidays) if (day > low && day <= high) count -= 1;
  for (const day of calendar.weekendWorkdays) if (day > low && day <= high) count += 1;
  return count;
};

/**
 * Working days from `from` to `to`, signed like `daysBetween`: for a later
 * `to`, the working days after `from` up to and including `to`; for an
 * earlier one, minus those from `to` up to but not including `from`. So
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n ≠ 0. Its
 * cost grows with the calendar's entries, not with the distance.
 */
export const workingDaysBetween = (calendar: WorkCalendar, from: IsoDate, to: IsoDate): number => {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a <= b) return workingDaysIn(calendar, a, b);
  return -workingDaysIn(calendar, b - 1, a - 1);
};

const checkOffset = (offset: Offset): void => {
  if (!Number.isInteger(offset.amount) || offset.amount < 0) {
    throw new RangeError(`an offset is a whole number of days, at least 0: ${offset.amount}`);
  }
};

/**
 * The day `offset` before `due`: "3个工作日前" is the third working day
 * before the due day (the due day not counted), "提前7天" the calendar day
 * a week earlier. A working-day offset always lands on a working day, so a
 * zero one gives the last working day on or before `due`.
 */
export const dateBefore = (calendar: WorkCalendar, due: IsoDate, offset: Offset): IsoDate => {
  checkOffset(offset);
  if (offset.unit === "calendar_day") return dateOf(dayNumber(due) - offset.amount);
  if (offset.amount > 0) return addWorkingDays(calendar, due, -offset.amount);
  return isWorkingDay(calendar, due) ? due : addWorkingDays(calendar, due, -1);
};

/**
 * The day `offset` after `due`: "到期后1个工作日" is the first working day
 * after the due day. A zero working-day offset gives the first working day
 * on or after `due`.
 */
export const dateAfter = (calendar: WorkCalendar, due: IsoDate, offset: Offset): IsoDate => {
  checkOffset(offset);
  if (offset.unit === "calendar_day") return dateOf(dayNumber(due) + offset.amount);
  return addWorkingDays(calendar, due, offset.amount);
};

/** What an administrator may set a day to: an entry, or `normal` for the weekday rule. */
export type CalendarOverrideKind = CalendarDayKind | "normal";

export interface CalendarOverride {
  readonly date: IsoDate;
  readonly kind: CalendarOverrideKind;
  readonly name: string;
}

export interface EffectiveCalendarDay extends CalendarDay {
  readonly source: "shipped" | "override";
}

/**
 * The shipped entries with an administrator's overrides applied: an
 * override replaces the shipped entry of its day, and a `normal` override
 * removes it (the day follows the weekday rule). Sorted by day.
 */
export const applyOverrides = (
  shipped: Iterable<CalendarDay>,
  overrides: Iterable<CalendarOverride>,
): EffectiveCalendarDay[] => {
  const byDate = new Map<IsoDate, EffectiveCalendarDay>();
  for (const { date, kind, name } of shipped)
    byDate.set(date, { date, kind, name, source: "shipped" });
  for (const { date, kind, name } of overrides) {
    if (kind === "normal") byDate.delete(date);
    else byDate.set(date, { date, kind, name, source: "override" });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
};
