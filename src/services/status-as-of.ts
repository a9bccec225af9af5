import type { Kysely } from "kysely";
import { readStatusFacts, type StatusFact } from "../db/queries/milestone-ledger.js";
import { readPlanSettings } from "../db/queries/plan-settings.js";
import type { Schema } from "../db/schema.js";
import type { Deadline } from "../domain/deadline.js";
import { daysBetween, type IsoDate } from "../domain/iso-date.js";
import { statusAsOf, type MilestoneEvent, type StatusAsOf } from "../domain/milestone-status.js";
import { lightReason, type LightReason } from "../domain/light-reason.js";
import { escalationLevel } from "../domain/plan-settings.js";
import { statusEventOf } from "../domain/milestone-ledger.js";
import { lastDuePeriod, owesReport } from "../domain/report-cycle.js";
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
  /** Why the light is what it is, so that no screen derives it again. */
  readonly lightReason: LightReason;
}

/** Above this many milestones the ledger is read by plan, not by a list of ids. */
const BY_PLAN_ABOVE = 1000;

/** What the ledger says of one milestone, as status folds it. */
interface LedgerFacts {
  readonly events: MilestoneEvent[];
  readonly reportDays: IsoDate[];
  acknowledgedOn: IsoDate | null;
}

const EMPTY: LedgerFacts = { events: [], reportDays: [], acknowledgedOn: null };

const collect = (own: LedgerFacts, fact: StatusFact): void => {
  if (fact.kind === "acknowledged") {
    if (own.acknowledgedOn === null || fact.on < own.acknowledgedOn) own.acknowledgedOn = fact.on;
    return;
  }
  if (fact.kind === "reported") own.reportDays.push(fact.on);
  const event = statusEventOf(fact);
  if (event !== null) own.events.push(event);
};

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
  const facts = await readStatusFacts(
    db,
    subjects.length > BY_PLAN_ABOVE ? { planIds } : { milestoneIds: subjects.map((s) => s.id) },
    asOf,
  );
  const record = new Map<number, LedgerFacts>();
  for (const fact of facts) {
    let own = record.get(fact.milestoneId);
    if (own === undefined) {
      own = { events: [], reportDays: [], acknowledgedOn: null };
      record.set(fact.milestoneId, own);
    }
    collect(own, fact);
  }
  const periods = new Map(
    planIds.map((id) => {
      const cycle = settings.get(id)?.settings.reportCycle ?? null;
      return [id, cycle === null ? null : lastDuePeriod(cycle, asOf)] as const;
    }),
  );
  const rated = new Map<number, RatedStatus>();
  for (const subject of subjects) {
    const plan = settings.get(subject.planId)?.settings;
    if (!plan) continue;
    const own = record.get(subject.id) ?? EMPTY;
    const published = starts.get(subject.planId) ?? asOf;
    const missing = owesReport(
      periods.get(subject.planId) ?? null,
      own.reportDays,
      published,
      asOf,
    );
    const state = statusAsOf(JSON.parse(subject.deadlineJson) as Deadline, own.events, asOf, {
      warningDays: plan.warningDays,
      reportMissing: missing,
      ...(plan.warningUnit === "working_day"
        ? { daysUntil: (from: IsoDate, due: IsoDate) => workingDaysBetween(calendar, from, due) }
        : {}),
    });
    const level =
      state.status === "overdue" && state.due !== null
        ? escalationLevel(plan.escalation, daysBetween(state.due, asOf))
        : null;
    const reportMissing = missing && state.status !== "done";
    rated.set(subject.id, {
      ...state,
      acknowledgedOn: own.acknowledgedOn,
      acknowledgementOverdue:
        own.acknowledgedOn === null &&
        state.status !== "done" &&
        asOf > dateAfter(calendar, published, plan.reminders.acknowledgeWithin),
      reportMissing,
      escalationLevel: level?.level.name ?? null,
      lightReason: lightReason({ ...state, reportMissing }, asOf),
    });
  }
  return rated;
};
