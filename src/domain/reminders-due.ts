import { addDays, daysBetween, type IsoDate } from "./iso-date.js";
import type { MilestoneStatus } from "./milestone-status.js";
import { escalationLevel, type EscalationLevel, type ReminderRules } from "./plan-settings.js";
import { dateAfter, dateBefore, type Offset, type WorkCalendar } from "./work-calendar.js";

export type ReminderKind =
  "before_due" | "overdue" | "escalated" | "missing_report" | "unacknowledged";

/** What the reminder rules need to know of a milestone on the day they run. */
export interface ReminderFacts {
  readonly milestoneId: number;
  readonly status: MilestoneStatus;
  /** The due date in force (an approved extension's, else the deadline's). */
  readonly due: IsoDate | null;
  readonly acknowledgedOn: IsoDate | null;
  /** The day the plan reached the units: acknowledgement is counted from it. */
  readonly publishedOn: IsoDate;
  /** The due day of the periodic report found missing; null when none is. */
  readonly missingReportDue: IsoDate | null;
}

/** One reminder about one milestone, fired on one day. */
export interface ReminderItem {
  readonly milestoneId: number;
  readonly kind: ReminderKind;
  /** The day the rule fired. */
  readonly on: IsoDate;
  /** Stable across runs and restarts: what makes a reminder go out once. */
  readonly key: string;
  readonly due: IsoDate | null;
  readonly daysOverdue: number | null;
  /** For overdue and escalated reminders: the level reached. */
  readonly level: EscalationLevel | null;
  /** The supervision office is told too. */
  readonly notifyOffice: boolean;
}

const offsetLabel = (offset: Offset): string =>
  `${offset.amount}${offset.unit === "working_day" ? "wd" : "d"}`;

const fired = (
  facts: ReminderFacts,
  kind: ReminderKind,
  on: IsoDate,
  key: string,
  extra: Partial<Pick<ReminderItem, "daysOverdue" | "level" | "notifyOffice">> = {},
): ReminderItem => ({
  milestoneId: facts.milestoneId,
  kind,
  on,
  key: `${kind}:${facts.milestoneId}:${key}`,
  due: facts.due,
  daysOverdue: extra.daysOverdue ?? null,
  level: extra.level ?? null,
  notifyOffice: extra.notifyOffice ?? false,
});

/**
 * The reminders a milestone's rules fire on `day`. Keys name the due date
 * they were fired for, so an extension starts its reminders afresh while a
 * rerun of the same day fires nothing new.
 */
export const remindersOn = (
  facts: ReminderFacts,
  rules: ReminderRules,
  escalation: readonly EscalationLevel[],
  calendar: WorkCalendar,
  day: IsoDate,
): ReminderItem[] => {
  if (facts.status === "done") return [];
  const items: ReminderItem[] = [];
  const { due } = facts;
  if (due !== null && due >= day) {
    for (const offset of rules.beforeDue) {
      if (dateBefore(calendar, due, offset) === day) {
        items.push(fired(facts, "before_due", day, `${due}:${offsetLabel(offset)}`));
      }
    }
  }
  if (due !== null && due < day) {
    const daysOverdue = daysBetween(due, day);
    const reached = escalationLevel(escalation, daysOverdue);
    const before = escalationLevel(escalation, daysOverdue - 1);
    const every = Math.max(1, rules.overdueEveryDays);
    if ((daysOverdue - 1) % every === 0) {
      items.push(
        fired(facts, "overdue", day, `${due}:${daysOverdue}`, {
          daysOverdue,
          level: reached?.level ?? null,
          notifyOffice: reached?.level.notifyOffice ?? false,
        }),
      );
    }
    if (reached !== null && reached.index !== before?.index) {
      items.push(
        fired(facts, "escalated", day, `${due}:${reached.index}`, {
          daysOverdue,
          level: reached.level,
          notifyOffice: reached.level.notifyOffice,
        }),
      );
    }
  }
  if (
    rules.missingReport &&
    facts.missingReportDue !== null &&
    addDays(facts.missingReportDue, 1) === day
  ) {
    items.push(fired(facts, "missing_report", day, facts.missingReportDue));
  }
  if (
    facts.acknowledgedOn === null &&
    dateAfter(calendar, facts.publishedOn, rules.acknowledgeWithin) === day
  ) {
    items.push(fired(facts, "unacknowledged", day, facts.publishedOn));
  }
  return items;
};
