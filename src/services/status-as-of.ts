import type { Kysely } from "kysely";
import { readStatusFacts } from "../db/queries/milestone-ledger.js";
import { readMilestoneStatus } from "../db/queries/milestone-status.js";
import { readPlanSettings } from "../db/queries/plan-settings.js";
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

/** What status needs of one milestone's ledger up to the day asked. */
interface LedgerFacts extends LedgerFold {
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

const rateWith = async (
  readLedger: LedgerReader,
  db: Kysely<Schema>,
  subjects: readonly StatusSubject[],
  asOf: IsoDate,
): Promise<Map<number, RatedStatus>> => {
  const planIds = [...new Set(subjects.map((s) => s.planId))];
  const settings = await readPlanSettings(db, planIds);
  const calendar = await loadWorkCalendar(db);
  const starts = await planStartDays(db, planIds);
  const record = await readLedger(db, subjects, planIds, asOf);
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
      own.lastReportedOn === null ? [] : [own.lastReportedOn],
      published,
      asOf,
    );
    const state = statusOfFold(JSON.parse(subject.deadlineJson) as Deadline, own, asOf, {
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
