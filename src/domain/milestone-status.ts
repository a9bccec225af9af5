import type { Deadline } from "./deadline.js";
import { nextDueDate } from "./deadline-occurrence.js";
import { daysBetween, type IsoDate } from "./iso-date.js";

/** DESIGN.md "Status, as of a date". */
export const MILESTONE_STATUSES = [
  "done",
  "overdue",
  "due_soon",
  "in_progress",
  "not_started",
] as const;

export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Unfinished work: every status but done (what next year's plan carries over). */
export const isOpenStatus = (status: MilestoneStatus): boolean => status !== "done";

export type Light = "red" | "yellow" | "green";

/** Worst first: what needs attention leads a "status" sort, the light before the status. */
export const LIGHT_ORDER: Readonly<Record<Light, number>> = { red: 0, yellow: 1, green: 2 };
export const STATUS_ORDER: Readonly<Record<MilestoneStatus, number>> = {
  overdue: 0,
  due_soon: 1,
  in_progress: 2,
  not_started: 3,
  done: 4,
};

/**
 * What happened to a milestone, each on the day it took effect. Status is a
 * fold over the events up to the day asked, so a bulletin "as of 6月30日"
 * gives the same answer whenever it is produced.
 */
export type MilestoneEvent =
  | { readonly type: "reported"; readonly on: IsoDate }
  /** The completion was accepted (by review where the plan requires it); `completedOn` is the day the work was done. */
  | { readonly type: "completion_accepted"; readonly on: IsoDate; readonly completedOn: IsoDate }
  /** An accepted completion was taken back: the milestone is open again. */
  | { readonly type: "completion_revoked"; readonly on: IsoDate }
  /** A new due date was approved; the original stays in the deadline. */
  | { readonly type: "extension_approved"; readonly on: IsoDate; readonly newDue: IsoDate };

export interface StatusOptions {
  /** Days before the due date that count as due soon (临期); 15 by default. */
  readonly warningDays: number;
  /**
   * How far `asOf` is from `due`, in the days the warning window counts:
   * calendar days unless given (a working-day window passes a calendar's count).
   */
  readonly daysUntil?: (asOf: IsoDate, due: IsoDate) => number;
  /** A periodic report is missing for the current cycle: the light turns yellow. */
  readonly reportMissing?: boolean;
}

export const DEFAULT_WARNING_DAYS = 15;

export interface StatusAsOf {
  readonly status: MilestoneStatus;
  /**
   * Green for a done milestone too, as the API has always said; screens and
   * counts treat done as no light (status-rollup.ts, light-reason.ts).
   */
  readonly light: Light;
  /** The due date in force on the day: the last approved extension's, else the deadline's next. */
  readonly due: IsoDate | null;
  /** The day the accepted work was done, when done. */
  readonly completedOn: IsoDate | null;
  /** Whether accepted work was done after the due date then in force; null while open. */
  readonly late: boolean | null;
}

const lightOf = (status: MilestoneStatus, reportMissing: boolean): Light => {
  if (status === "overdue") return "red";
  if (status === "due_soon" || (reportMissing && status !== "done")) return "yellow";
  return "green";
};

/** DESIGN.md's table, first matching row wins. */
const statusOn = (
  asOf: IsoDate,
  facts: { due: IsoDate | null; done: boolean; reported: boolean },
  options: StatusOptions,
): MilestoneStatus => {
  if (facts.done) return "done";
  if (facts.due !== null && facts.due < asOf) return "overdue";
  const until = options.daysUntil ?? daysBetween;
  if (facts.due !== null && until(asOf, facts.due) <= options.warningDays) return "due_soon";
  return facts.reported ? "in_progress" : "not_started";
};

/**
 * What status keeps of a milestone's events up to a day: the due date of the
 * last approved extension, the day the accepted work was done (null once
 * revoked) and the day of the last lead report. The database keeps the fold
 * of every event (milestone_status), which is the fold up to any day on or
 * after the last of them.
 */
export interface LedgerFold {
  readonly extendedDue: IsoDate | null;
  readonly completedOn: IsoDate | null;
  readonly lastReportedOn: IsoDate | null;
}

/** The fold of the events dated up to `asOf`, taken in the order of their days. */
export const foldEvents = (events: readonly MilestoneEvent[], asOf: IsoDate): LedgerFold => {
  let extendedDue: IsoDate | null = null;
  let completedOn: IsoDate | null = null;
  let lastReportedOn: IsoDate | null = null;
  const known = events
    .filter((event) => event.on <= asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const event of known) {
    if (event.type === "reported") lastReportedOn = event.on;
    else if (event.type === "extension_approved") extendedDue = event.newDue;
    else if (event.type === "completion_accepted") completedOn = event.completedOn;
    else completedOn = null;
  }
  return { extendedDue, completedOn, lastReportedOn };
};

/** The status of one milestone on day `asOf`, from its deadline and its events folded up to that day. */
export const statusOfFold = (
  deadline: Deadline,
  fold: LedgerFold,
  asOf: IsoDate,
  options: StatusOptions = { warningDays: DEFAULT_WARNING_DAYS },
): StatusAsOf => {
  const { completedOn } = fold;
  const due = fold.extendedDue ?? nextDueDate(deadline, asOf);
  const status = statusOn(
    asOf,
    { due, done: completedOn !== null, reported: fold.lastReportedOn !== null },
    options,
  );
  return {
    status,
    light: lightOf(status, options.reportMissing === true),
    due,
    completedOn,
    late: completedOn === null ? null : due !== null && completedOn > due,
  };
};

/** The status of one milestone on day `asOf`, from its deadline and the events up to that day. */
export const statusAsOf = (
  deadline: Deadline,
  events: readonly MilestoneEvent[],
  asOf: IsoDate,
  options: StatusOptions = { warningDays: DEFAULT_WARNING_DAYS },
): StatusAsOf => statusOfFold(deadline, foldEvents(events, asOf), asOf, options);
