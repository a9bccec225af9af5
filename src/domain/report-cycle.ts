import { isoDate, type IsoDate } from "./iso-date.js";
import type { ReportCycle } from "./plan-settings.js";

/** One reporting period: reports dated from `from` through `due` count for it. */
export interface CyclePeriod {
  readonly from: IsoDate;
  readonly due: IsoDate;
}

const monthsPerPeriod = (cycle: ReportCycle): number => (cycle.every === "month" ? 1 : 3);

/** The due day of the period ending in (year, month), for periods that end in that month. */
const dueIn = (cycle: ReportCycle, year: number, month: number): IsoDate =>
  isoDate(year, month, cycle.day);

/** The months (1–12) a cycle's periods end in: every month, or March, June, September, December. */
const endsIn = (cycle: ReportCycle, month: number): boolean => month % monthsPerPeriod(cycle) === 0;

/** Steps back from (year, month) to the latest month a period ends in. */
const periodEndAtOrBefore = (cycle: ReportCycle, year: number, month: number): [number, number] => {
  let y = year;
  let m = month;
  while (!endsIn(cycle, m)) {
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return [y, m];
};

const previousMonth = (year: number, month: number, back: number): [number, number] => {
  const index = year * 12 + (month - 1) - back;
  return [Math.floor(index / 12), (index % 12) + 1];
};

/**
 * The latest period whose due day is on or before `asOf`: the one whose
 * report is owed by then. Its reports may be dated from the day after the
 * period before fell due.
 */
export const lastDuePeriod = (cycle: ReportCycle, asOf: IsoDate): CyclePeriod => {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  let [y, m] = periodEndAtOrBefore(cycle, year, month);
  if (dueIn(cycle, y, m) > asOf) [y, m] = previousMonth(y, m, monthsPerPeriod(cycle));
  const [py, pm] = previousMonth(y, m, monthsPerPeriod(cycle));
  const previousDue = dueIn(cycle, py, pm);
  const from = new Date(Date.parse(`${previousDue}T00:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { from, due: dueIn(cycle, y, m) };
};

/**
 * Whether a milestone open on `asOf` still owes the report of the period
 * last due: none of its reports is dated from that period's start up to
 * `asOf`. A report made after the due day is late but settles what was
 * owed, so a unit that has just reported is never flagged. A milestone that
 * did not exist yet when the period began owes nothing for it.
 */
export const reportMissing = (
  cycle: ReportCycle | null,
  reportDays: readonly IsoDate[],
  asOf: IsoDate,
  since: IsoDate,
): boolean =>
  owesReport(cycle === null ? null : lastDuePeriod(cycle, asOf), reportDays, since, asOf);

/** `reportMissing` for a period worked out once for many milestones. */
export const owesReport = (
  period: CyclePeriod | null,
  reportDays: readonly IsoDate[],
  since: IsoDate,
  asOf: IsoDate,
): boolean =>
  period !== null &&
  since <= period.from &&
  !reportDays.some((day) => day >= period.from && day <= asOf);
