import { dueDateOf, type Deadline, type Recurrence } from "./deadline.js";
import { addDays, daysInMonth, isoDate, type IsoDate } from "./iso-date.js";

const MONTHS_IN: Readonly<Record<Recurrence, number>> = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
};

/** Every period length, in months, a recurring deadline can have. */
export const RECURRENCE_MONTHS: readonly number[] = [...new Set(Object.values(MONTHS_IN))];

/** A month, as the year and its number (1–12). */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/**
 * The months a recurring deadline of `months` per period can fall due in
 * around `asOf`: the last month of the period holding it, and of the next.
 */
export const occurrenceMonths = (
  months: number,
  asOf: IsoDate,
): readonly [YearMonth, YearMonth] => {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  // Counted in months since year 0 so that stepping past December rolls the year.
  const periodLastMonth = year * 12 + Math.ceil(month / months) * months - 1;
  const at = (index: number): YearMonth => ({
    year: Math.floor(index / 12),
    month: (index % 12) + 1,
  });
  return [at(periodLastMonth), at(periodLastMonth + months)];
};

/**
 * The next day a deadline falls due, counting `asOf` itself: the fixed date
 * for a date or period end (even when already past), the first occurrence on
 * or after `asOf` for a recurring one, null when there is no due date.
 */
export const nextDueDate = (deadline: Deadline, asOf: IsoDate): IsoDate | null => {
  if (deadline.kind !== "recurring") return dueDateOf(deadline);
  const occurrenceIn = ({ year, month }: YearMonth): IsoDate => {
    const last = daysInMonth(year, month);
    // "每月31日" falls on the 30th in April rather than skipping the month.
    return isoDate(year, month, deadline.day === "end" ? last : Math.min(deadline.day, last));
  };
  const [current, next] = occurrenceMonths(MONTHS_IN[deadline.every], asOf);
  const due = occurrenceIn(current);
  return due >= asOf ? due : occurrenceIn(next);
};

/**
 * Every day a deadline falls due from `from` to `to` (both counted): each
 * occurrence of a recurring one, the fixed date of the others if it is in range.
 */
export const dueDatesBetween = (deadline: Deadline, from: IsoDate, to: IsoDate): IsoDate[] => {
  const days: IsoDate[] = [];
  for (let day = nextDueDate(deadline, from); day !== null && day <= to;) {
    if (day >= from) days.push(day);
    if (deadline.kind !== "recurring") break;
    day = nextDueDate(deadline, addDays(day, 1));
  }
  return days;
};

/**
 * A recurring deadline's rule as two numbers, the way storage keeps it so
 * that a query can pick the occurrence in force on a day: months per period
 * and the day of the period's last month (31 for its end, which
 * `nextDueDate` clamps to the month's last day alike). Null for other kinds.
 */
export const recurrenceRule = (
  deadline: Deadline,
): { readonly months: number; readonly day: number } | null =>
  deadline.kind === "recurring"
    ? { months: MONTHS_IN[deadline.every], day: deadline.day === "end" ? 31 : deadline.day }
    : null;
