import type { Schema } from "../api.js";
import { useApi } from "../common/use-api.js";

export type CalendarDay = Schema<"CalendarYear">["days"][number];

/** The year's statutory holidays and make-up working days in effect, by ISO day. */
export const useHolidays = (year: number): ReadonlyMap<string, CalendarDay> => {
  const { data } = useApi<Schema<"CalendarYear">>(`/api/calendar?year=${String(year)}`);
  return new Map((data?.days ?? []).map((day) => [day.date, day]));
};
