import type { Kysely } from "kysely";
import { readStatusFacts } from "../db/queries/milestone-ledger.js";
import { readMilestoneStatus } from "../db/queries/milestone-status.js";
import { readPlanSettings, type StoredPlanSettings } from "../db/queries/plan-settings.js";
import type { Schema } from "../db/schema.js";
import type { Deadline } from "../domain/deadline.js";
import { daysBetween, type IsoDate } from "../domain/iso-date.js";
import {
  foldEvents,
  statusOfFold,
  type LedgerFold,
  type MilestoneEvent,
  type StatusAsOf,
} from "../domain/milestone-status.js";
import { lightReason, type LightReason } from "../domain/light-reason.js";
import { escalationLevel, type PlanSettings } from "../domain/plan-settings.js";
import { statusEventOf } from "../domain/milestone-ledger.js";
import { lastDuePeriod, owesReport, type CyclePeriod } from "../domain/report-cycle.js";
import { dateAfter, workingDaysBetween, type WorkCalendar } from "../domain/work-calendar.js";
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

/** What status needs of one milestone's ledger up to the day asked (a stored fold is one). */
export interface LedgerFacts extends LedgerFold {
  readonly acknowledgedOn: IsoDate | null;
}

const EMPTY: LedgerFacts = {
  extendedDue: null,
  completedOn: null,
  lastReportedOn: null,
  acknowledgedOn: null,
};

/** Reads, for some milestones of some plans, their ledger facts as of a day. */
type LedgerReader = (
  db: Kysely<Schema>,
  subjects: readonly StatusSubject[],
  planIds: readonly number[],
  asOf: IsoDate,
) => Promise<Map<number, LedgerFacts>>;

/** The past's path: the ledger entries dated up to the day, folded. */
const foldLedger: LedgerReader = async (db, subjects, planIds, asOf) => {
  const facts = await readStatusFacts(
    db,
    subjects.length > BY_PLAN_ABOVE ? { planIds } : { milestoneIds: subjects.map((s) => s.id) },
    asOf,
  );
  const events = new Map<number, MilestoneEvent[]>();
  const acknowledged = new Map<number, IsoDate>();
  for (const fact of facts) {
    if (fact.kind === "acknowledged") {
      const first = acknowledged.get(fact.milestoneId);
      if (first === undefined || fact.on < first) acknowledged.set(fact.milestoneId, fact.on);
      continue;
    }
    const event = statusEventOf(fact);
    if (event === null) continue;
    const own = events.get(fact.milestoneId);
    if (own === undefined) events.set(fact.milestoneId, [event]);
    else own.push(event);
  }
  const folded = new Map<number, LedgerFacts>();
  for (const id of new Set([...events.keys(), ...acknowledged.keys()])) {
    folded.set(id, {
      ...foldEvents(events.get(id) ?? [], asOf),
      acknowledgedOn: acknowledged.get(id) ?? null,
    });
  }
  return folded;
};

/**
 * The one choice between the paths: a milestone's stored fold answers for
 * any day on or after the last entry it folds (today, always); the others
 * fold their ledger up to the day.
 */
const storedOrFolded: LedgerReader = async (db, subjects, planIds, asOf) => {
  const stored = await readMilestoneStatus(
    db,
    subjects.map((s) => s.id),
  );
  const stale = subjects.filter((s) => (stored.get(s.id)?.lastEffectiveOn ?? asOf) > asOf);
  const folded = stale.length === 0 ? new Map() : await foldLedger(db, stale, planIds, asOf);
  for (const { id } of stale) stored.delete(id);
  return new Map([...stored, ...folded]);
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
 * What rating needs besides the milestones' own ledger facts, read once per
 * request for all of them: their plans' settings, the working-day calendar,
 * the day each plan began in Duban.
 */
export interface RatingContext {
  readonly asOf: IsoDate;
  readonly settings: ReadonlyMap<number, StoredPlanSettings>;
  readonly calendar: WorkCalendar;
  readonly starts: ReadonlyMap<number, IsoDate>;
}

export const ratingContext = async (
  db: Kysely<Schema>,
  planIds: readonly number[],
  asOf: IsoDate,
): Promise<RatingContext> => ({
  asOf,
  settings: await readPlanSettings(db, planIds),
  calendar: await loadWorkCalendar(db),
  starts: await planStartDays(db, planIds),
});

/** What is the same for every milestone of one plan on the day. */
interface PlanDay {
  readonly plan: PlanSettings;
  readonly published: IsoDate;
  readonly period: CyclePeriod | null;
  /** The last day an acknowledgement is in time. */
  readonly acknowledgeBy: IsoDate;
  readonly daysUntil?: (from: IsoDate, due: IsoDate) => number;
}

const planDayOf = (context: RatingContext, planId: number): PlanDay | undefined => {
  const plan = context.settings.get(planId)?.settings;
  if (!plan) return undefined;
  const { asOf, calendar } = context;
  const published = context.starts.get(planId) ?? asOf;
  return {
    plan,
    published,
    period: plan.reportCycle === null ? null : lastDuePeriod(plan.reportCycle, asOf),
    acknowledgeBy: dateAfter(calendar, published, plan.reminders.acknowledgeWithin),
    ...(plan.warningUnit === "working_day"
      ? { daysUntil: (from: IsoDate, due: IsoDate) => workingDaysBetween(calendar, from, due) }
      : {}),
  };
};

/**
 * Status on the context's day of milestones whose ledger facts are known
 * (folded, or stored); a milestone without facts has none to fold, and one
 * whose plan has no settings is left out.
 */
export const rateFacts = (
  context: RatingContext,
  subjects: readonly StatusSubject[],
  facts: ReadonlyMap<number, LedgerFacts>,
): Map<number, RatedStatus> => {
  const { asOf } = context;
  const days = new Map<number, PlanDay | undefined>();
  const rated = new Map<number, RatedStatus>();
  for (const subject of subjects) {
    if (!days.has(subject.planId)) days.set(subject.planId, planDayOf(context, subject.planId));
    const day = days.get(subject.planId);
    if (!day) continue;
    const { plan } = day;
    const own = facts.get(subject.id) ?? EMPTY;
    const missing = owesReport(
      day.period,
      own.lastReportedOn === null ? [] : [own.lastReportedOn],
      day.published,
      asOf,
    );
    const state = statusOfFold(JSON.parse(subject.deadlineJson) as Deadline, own, asOf, {
      warningDays: plan.warningDays,
      reportMissing: missing,
      ...(day.daysUntil === undefined ? {} : { daysUntil: day.daysUntil }),
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
        own.acknowledgedOn === null && state.status !== "done" && asOf > day.acknowledgeBy,
      reportMissing,
      escalationLevel: level?.level.name ?? null,
      lightReason: lightReason({ ...state, reportMissing }, asOf),
    });
  }
  return rated;
};

const rateWith = async (
  readLedger: LedgerReader,
  db: Kysely<Schema>,
  subjects: readonly StatusSubject[],
  asOf: IsoDate,
): Promise<Map<number, RatedStatus>> => {
  const planIds = [...new Set(subjects.map((s) => s.planId))];
  const context = await ratingContext(db, planIds, asOf);
  return rateFacts(context, subjects, await readLedger(db, subjects, planIds, asOf));
};

/**
 * Status and light of milestones as of a day, from their deadlines, their
 * ledgers as of that day and their plans' settings (warning window,
 * reporting cycle). Asked again later about the same day, it gives the same
 * answer: entries after the day are not read. Today's status comes from the
 * stored folds (milestone_status), a past day's from the ledger.
 */
export const rateMilestones = (
  db: Kysely<Schema>,
  subjects: readonly StatusSubject[],
  asOf: IsoDate,
): Promise<Map<number, RatedStatus>> => rateWith(storedOrFolded, db, subjects, asOf);

/** `rateMilestones` by folding every subject's ledger, whatever the day: the definition the stored path keeps to. */
export const rateMilestonesFromLedger = (
  db: Kysely<Schema>,
  subjects: readonly StatusSubject[],
  asOf: IsoDate,
): Promise<Map<number, RatedStatus>> => rateWith(foldLedger, db, subjects, asOf);
