import type { Kysely } from "kysely";
import { readLedger } from "../db/queries/milestone-ledger.js";
import { readPlanSettings } from "../db/queries/plan-settings.js";
import type { Schema } from "../db/schema.js";
import type { Deadline } from "../domain/deadline.js";
import { daysBetween, type IsoDate } from "../domain/iso-date.js";
import { STATUS_KINDS, statusEventsOf, type LedgerEntry } from "../domain/milestone-ledger.js";
import { statusAsOf, type StatusAsOf } from "../domain/milestone-status.js";
import { escalationLevel } from "../domain/plan-settings.js";
import { reportMissing } from "../domain/report-cycle.js";
import { dateAfter, workingDaysBetween } from "../domain/work-calendar.js";
import { loadWorkCalendar } from "./work-calendar.js";

/** What a status needs to know of a milestone besides its ledger. */
export interface StatusSubject {
  readonly id: number;
  readonly planId: number;
  readonly deadlineJson: string;
}

export interface RatedStatus extends StatusAsOf {
  /** Acknowledged (签收) on or before the day asked; null if not by then. */
  readonly acknowledgedOn: IsoDate | null;
  /** Not acknowledged within the plan's time for it (3 working days by default) by that day. */
  readonly acknowledgementOverdue: boolean;
  /** The periodic report last due is missing (the light turns yellow). */
  readonly reportMissing: boolean;
  /** For an overdue milestone, the escalation level reached by that day (提醒, 催办, …). */
  readonly escalationLevel: string | null;
}

/** The first day a plan was in Duban: periods before it owe no report. */
export const planStartDays = async (
  db: Kysely<Schema>,
  planIds: readonly number[],
): Promise<Map<number, IsoDate>> => {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("plans")
    .select(["id", "created_at"])
    .where("id", "in", planIds)
    .execute();
  return new Map(rows.map((row) => [row.id, row.created_at.slice(0, 10)]));
};

/**
 * Status and light of milestones as of a day, from their deadlines, the
 * ledger entries dated up to that day and their plans' settings (warning
 * window, reporting cycle). Asked again later about the same day, it gives
 * the same answer: entries after the day are not read.
 */
export const rateMilestones = async (
  db: Kysely<Schema>,
  subjects: readonly StatusSubject[],
  asOf: IsoDate,
): Promise<Map<number, RatedStatus>> => {
  const planIds = [...new Set(subjects.map((s) => s.planId))];
  const settings = await readPlanSettings(db, planIds);
  const calendar = await loadWorkCalendar(db);
  const starts = await planStartDays(db, planIds);
  const ledger = await readLedger(
    db,
    subjects.map((s) => s.id),
    { upTo: asOf, kinds: [...STATUS_KINDS, "acknowledged"] },
  );
  const entries = new Map<number, LedgerEntry[]>();
  for (const stored of ledger) {
    const list = entries.get(stored.milestoneId) ?? [];
    list.push(stored.entry);
    entries.set(stored.milestoneId, list);
  }
  const rated = new Map<number, RatedStatus>();
  for (const subject of subjects) {
    const plan = settings.get(subject.planId)?.settings;
    if (!plan) continue;
    const own = entries.get(subject.id) ?? [];
    const reportDays = own.flatMap((e) => (e.kind === "reported" && e.official ? [e.on] : []));
    const published = starts.get(subject.planId) ?? asOf;
    const missing = reportMissing(plan.reportCycle, reportDays, asOf, published);
    const state = statusAsOf(
      JSON.parse(subject.deadlineJson) as Deadline,
      statusEventsOf(own),
      asOf,
      {
        warningDays: plan.warningDays,
        reportMissing: missing,
        ...(plan.warningUnit === "working_day"
          ? { daysUntil: (from: IsoDate, due: IsoDate) => workingDaysBetween(calendar, from, due) }
          : {}),
      },
    );
    const acknowledgedOn = own.find((e) => e.kind === "acknowledged")?.on ?? null;
    const level =
      state.status === "overdue" && state.due !== null
        ? escalationLevel(plan.escalation, daysBetween(state.due, asOf))
        : null;
    rated.set(subject.id, {
      ...state,
      acknowledgedOn,
      acknowledgementOverdue:
        acknowledgedOn === null &&
        state.status !== "done" &&
        asOf > dateAfter(calendar, published, plan.reminders.acknowledgeWithin),
      reportMissing: missing && state.status !== "done",
      escalationLevel: level?.level.name ?? null,
    });
  }
  return rated;
};
