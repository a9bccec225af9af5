import { DEFAULT_WARNING_DAYS } from "./milestone-status.js";

/** A periodic report due every month (or quarter) on a day of the period's last month. */
export interface ReportCycle {
  readonly every: "month" | "quarter";
  /** 1–28: the day of the (last) month reports are due; 25 in most offices. */
  readonly day: number;
}

/**
 * How a plan is run: set per plan by the supervision office. Everything has
 * a default, so a plan just imported is already supervised sensibly.
 */
export interface PlanSettings {
  /** A completion counts only once a supervisor has approved it. */
  readonly reviewRequired: boolean;
  /** Days before the due date that count as due soon (临期). */
  readonly warningDays: number;
  /** Reports due periodically; null: no periodic reporting. */
  readonly reportCycle: ReportCycle | null;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  reviewRequired: true,
  warningDays: DEFAULT_WARNING_DAYS,
  reportCycle: { every: "month", day: 25 },
};
