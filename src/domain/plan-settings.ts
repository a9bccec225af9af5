import { DEFAULT_WARNING_DAYS } from "./milestone-status.js";
import { DEFAULT_NOTICE_SETTINGS, type NoticeSettings } from "./supervision-notice.js";
import type { Offset } from "./work-calendar.js";

/** When reminders (催办) go out for a milestone. */
export interface ReminderRules {
  /** Before the due date; calendar or working days ("3个工作日前"). */
  readonly beforeDue: readonly Offset[];
  /** Overdue: the day after the due date, then every this many days. */
  readonly overdueEveryDays: number;
  /** The day after a periodic report fell due without one. */
  readonly missingReport: boolean;
  /** A milestone not acknowledged (签收) this long after the plan was published. */
  readonly acknowledgeWithin: Offset;
}

/**
 * One step of escalation for overdue milestones (提醒 → 催办 → 督办通知 → 通报):
 * reached after so many days overdue; from it on the supervision office is
 * told as well, where `notifyOffice` says so.
 */
export interface EscalationLevel {
  readonly name: string;
  readonly afterDaysOverdue: number;
  readonly notifyOffice: boolean;
}

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
  /** Whether `warningDays` counts calendar days or working days. */
  readonly warningUnit: Offset["unit"];
  /** Reports due periodically; null: no periodic reporting. */
  readonly reportCycle: ReportCycle | null;
  readonly reminders: ReminderRules;
  /** Ascending by days overdue; the first usually at 1 day. */
  readonly escalation: readonly EscalationLevel[];
  /** Supervision notices (督办通知单): office, number template, reply time. */
  readonly notice: NoticeSettings;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  reviewRequired: true,
  warningDays: DEFAULT_WARNING_DAYS,
  warningUnit: "calendar_day",
  reportCycle: { every: "month", day: 25 },
  reminders: {
    beforeDue: [
      { amount: 15, unit: "calendar_day" },
      { amount: 7, unit: "calendar_day" },
      { amount: 1, unit: "calendar_day" },
    ],
    overdueEveryDays: 7,
    missingReport: true,
    acknowledgeWithin: { amount: 3, unit: "working_day" },
  },
  escalation: [
    { name: "提醒", afterDaysOverdue: 1, notifyOffice: false },
    { name: "催办", afterDaysOverdue: 8, notifyOffice: false },
    { name: "督办通知", afterDaysOverdue: 15, notifyOffice: true },
    { name: "通报", afterDaysOverdue: 30, notifyOffice: true },
  ],
  notice: DEFAULT_NOTICE_SETTINGS,
};

/** The level an overdue milestone has reached after `daysOverdue` days; null while none. */
export const escalationLevel = (
  levels: readonly EscalationLevel[],
  daysOverdue: number,
): { readonly index: number; readonly level: EscalationLevel } | null => {
  let reached: { index: number; level: EscalationLevel } | null = null;
  levels.forEach((level, index) => {
    if (daysOverdue >= level.afterDaysOverdue) reached = { index, level };
  });
  return reached;
};
