import dayjs from "dayjs";
import type { Schema } from "../../api.js";

export type CalendarYear = Schema<"CalendarYear">;
type Entry = CalendarYear["cleared"][number];

/** What a day is in the year's calendar, and why. */
export interface DayState {
  readonly date: string;
  /** normal: the weekday rule (Saturday and Sunday off). */
  readonly kind: "holiday" | "workday" | "normal";
  readonly name: string;
  /** shipped with Duban, set by an administrator, or the weekday rule. */
  readonly source: "shipped" | "override" | "rule";
  /** A shipped entry an administrator set back to the weekday rule. */
  readonly cleared: Entry | null;
  readonly weekend: boolean;
}

/** Every day of the year with its state, by month (0–11). */
export const daysByMonth = (calendar: CalendarYear): DayState[][] => {
  const entries = new Map(calendar.days.map((day) => [day.date, day]));
  const cleared = new Map(calendar.cleared.map((day) => [day.date, day]));
  const months: DayState[][] = Array.from({ length: 12 }, () => []);
  for (
    let day = dayjs(`${String(calendar.year)}-01-01`);
    day.year() === calendar.year;
    day = day.add(1, "day")
  ) {
    const date = day.format("YYYY-MM-DD");
    const entry = entries.get(date);
    const reset = cleared.get(date) ?? null;
    months[day.month()]?.push({
      date,
      kind: entry?.kind ?? "normal",
      name: entry?.name ?? "",
      source: entry?.source ?? (reset === null ? "rule" : "override"),
      cleared: reset,
      weekend: day.day() === 0 || day.day() === 6,
    });
  }
  return months;
};

/** Monday first, as Chinese calendars are printed: the empty cells before the 1st. */
export const leadingBlanks = (date: string): number => (dayjs(date).day() + 6) % 7;
