import { dueDateOf, type Deadline, type Recurrence } from "./deadline.js";
import { addDays, daysInMonth, isoDate, type IsoDate } from "./iso-date.js";

const MONTHS_IN: Readonly<Record<Recurrence, number>> = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
};

/**
 * The next day a deadline falls due, counting `asOf` itself: the fixed date
 * for a date or period end (even when already past), the first occurrence on
 * or after `asOf` for a recurring one, null when there is no due date.
 */
export const nextDueDate = (deadline: Deadline, asOf: IsoDate): IsoDate | null => {
  if (deadline.kind !== "recurring") return dueDateOf(deadline);
  const length = MONTHS_IN[deadline.every];
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  // Counted in months since year 0 so that stepping past December rolls the year.
  const periodLastMonth = year * 12 + Math.ceil(month / length) * length - 1;
  const occurrenceIn = (monthIndex: number): IsoDate => {
    const y = Math.floor(monthIndex / 12);
    const m = (monthIndex % 12) + 1;
    const last = daysInMonth(y, m);
    // "每月31日" falls on the 30th in April rather than skipping the month.
    return isoDate(y, m, deadline.day === "end" ? last : Math.min(deadline.day, last));
  };
  const current = occurrenceIn(periodLastMonth);
  return current >= asOf ? current : occurrenceIn(periodLastMonth + length);
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
