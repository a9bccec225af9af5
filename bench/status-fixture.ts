import { sql, type Kysely } from "kysely";
import { chunksFor } from "../src/db/batch.js";
import type { Database } from "../src/db/database.js";
import { findMilestoneKeys, unitsOfMilestoneVersions } from "../src/db/queries/milestone-rows.js";
import { refreshMilestoneStatus } from "../src/db/queries/milestone-status.js";
import type { RequestKind, RequestState } from "../src/db/queries/milestone-requests.js";
import { findUnitByName, insertUnits } from "../src/db/queries/units.js";
import type { MilestonePhase, Schema } from "../src/db/schema.js";
import { writeTransaction } from "../src/db/write-transaction.js";
import { dueDateOf, type Deadline } from "../src/domain/deadline.js";
import { addDays, daysBetween, isoDate, type IsoDate } from "../src/domain/iso-date.js";
import type { LedgerEntry, LedgerKind } from "../src/domain/milestone-ledger.js";
import { hashPassword } from "../src/services/auth/password.js";
import { OFFICE_UNIT } from "../src/services/bootstrap-administrator.js";
import { PHRASES } from "./master-vocabulary.js";
import { seededRandom, type Random } from "./prng.js";

/**
 * A year of workflow on a stored plan, for the status benchmarks: written
 * straight into milestone_events, milestone_requests and milestone_states in
 * bulk (milestone_status folded from them once), row for row what the workflow services (services/workflow/*.ts)
 * would have written had every step gone through them, since calling them
 * 200,000 times would take longer than everything the benchmark measures.
 *
 * Every milestone is acknowledged in January by its lead unit, which then
 * reports (kind "reported") every month (a few months missed, a few reports
 * late) until the milestone's due date or its completion, now and then
 * citing inputs (kind "input") its cooperating units sent a few days
 * before. About 11 % of the fixed-date milestones get an extension
 * approved (2 % one rejected),
 * about two thirds are declared complete (a fifth of them late, 5 % returned
 * once before being accepted) and accepted by the supervision office, the
 * plan requiring review as it does by default. Steps after the year's end
 * are not written: a completion declared in late December stays pending.
 *
 * Not written: the audit_log rows each step also appends (nothing status
 * reads), and evidence files (attachmentIds stay empty).
 */

export interface FixtureOptions {
  readonly seed: number;
  readonly year: number;
  /**
   * Accounts in all, the supervisor included (a province's 5,000): at least
   * one staff account per unit, the rest dealt round the units, a unit's
   * second account its leader's. Left out: one staff account per unit.
   */
  readonly users?: number;
}

export interface WorkflowFixture {
  /** Rows written to milestone_events, in all and by kind. */
  readonly ledgerRows: number;
  /** Rows of a kind; 0 for the kinds the fixture does not write (escalations, focus). */
  readonly ofKind: (kind: LedgerKind) => number;
  readonly requests: number;
  readonly states: number;
  readonly users: number;
  /** Milestones with no unit to act for them: left without workflow. */
  readonly skipped: number;
  /** Completions accepted by the year's end, of which late, and of which returned once first. */
  readonly completed: number;
  readonly late: number;
  readonly returned: number;
  readonly extended: number;
  /** Milestones whose completion was accepted on or before `asOf`: what a status must count as done. */
  readonly doneBy: (asOf: IsoDate) => number;
  /** Time to generate and write it all, statistics included. */
  readonly ms: number;
}

/** The day the plan was issued and entered Duban: periods before it owe no report. */
const planStart = (year: number): IsoDate => isoDate(year, 1, 10);

const P_EXTENSION = 0.11;
const P_EXTENSION_REJECTED = 0.02;
const P_COMPLETE = 0.67;
const P_LATE = 0.2;
const P_RETURNED = 0.05;
const P_MONTH_MISSED = 0.06;
const P_REPORT_LATE = 0.05;
const P_PERCENT_NULL = 0.25;
const P_INPUT = 0.12;
const P_CITE = 0.8;

interface BenchUser {
  readonly name: string;
  readonly userId: number;
  readonly unitId: number;
}

interface DraftRequest {
  id: number;
  readonly milestoneId: number;
  readonly kind: RequestKind;
  readonly at: string;
  readonly by: BenchUser;
  readonly payload: Readonly<Record<string, unknown>>;
}

interface DraftEvent {
  id: number;
  readonly milestoneId: number;
  readonly at: string;
  readonly by: BenchUser;
  /** Built once ids are known: entries cite requests and other entries by id. */
  readonly entry: () => LedgerEntry;
}

/** One writeStep: its entries, the request it files or decides, the phase it leaves. */
interface Step {
  readonly on: IsoDate;
  readonly entries: ((at: string) => DraftEvent)[];
  readonly files?: Omit<DraftRequest, "id" | "at">;
  readonly decides?: {
    readonly step: Step;
    readonly state: Exclude<RequestState, "pending">;
    readonly comment: string | null;
  };
  readonly phase?: MilestonePhase;
  readonly acknowledges?: boolean;
  /** Set once the step is placed in time: the request it filed, whose id later entries cite. */
  request?: DraftRequest;
}

const text = (random: Random, min: number, max: number): string => {
  const target = random.int(min, max);
  let out = "";
  for (const phrase of random.shuffled(PHRASES)) {
    if (out.length >= target) break;
    const clause = phrase.replace("#", String(random.int(2, 300)));
    out = out === "" ? clause : `${out}，${clause}`;
  }
  return `${out}。`;
};

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** A stamp in office hours (UTC+8) of the day, after `after` when that is the same day. */
const stampOn = (random: Random, on: IsoDate, after: string | null): string => {
  const hour = random.int(1, 8);
  const minute = random.int(0, 59);
  const second = random.int(0, 59);
  const ms = random.int(0, 999);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  let stamp = `${on}T${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(ms, 3)}Z`;
  if (after !== null && stamp <= after) {
    stamp = new Date(Date.parse(after) + random.int(1, 600) * 1000).toISOString();
  }
  return stamp;
};

interface Subject {
  readonly id: number;
  readonly deadline: Deadline;
  readonly lead: BenchUser;
  readonly cooperating: readonly BenchUser[];
}

interface Timeline {
  readonly steps: Step[];
  /** The day the completion was accepted, when that is within the year. */
  readonly acceptedOn: IsoDate | null;
  readonly late: boolean;
  readonly returned: boolean;
  readonly extended: boolean;
}

/** The lead unit's report (reportProgress as the lead): the milestone's progress. */
const reported =
  (
    random: Random,
    subject: Subject,
    on: IsoDate,
    percent: number | null,
    cites: readonly DraftEvent[],
  ) =>
  (at: string): DraftEvent => {
    const words = text(random, 60, 180);
    return {
      id: 0,
      milestoneId: subject.id,
      at,
      by: subject.lead,
      entry: () => ({
        kind: "reported",
        on,
        text: words,
        percent,
        attachmentIds: [],
        cites: cites.map((c) => c.id),
      }),
    };
  };

/** A cooperating unit's report (reportProgress as a cooperating unit): input for the lead's. */
const input =
  (random: Random, subject: Subject, by: BenchUser, on: IsoDate, percent: number | null) =>
  (at: string): DraftEvent => {
    const words = text(random, 30, 90);
    return {
      id: 0,
      milestoneId: subject.id,
      at,
      by,
      entry: () => ({ kind: "input", on, text: words, percent, attachmentIds: [] }),
    };
  };

/** What happens to one milestone over the year, step by step, in no particular order yet. */
const timeline = (
  random: Random,
  subject: Subject,
  year: number,
  supervisor: BenchUser,
): Timeline => {
  const yearEnd = isoDate(year, 12, 31);
  const steps: Step[] = [];
  const acknowledgedOn = addDays(planStart(year), random.int(0, 14));
  steps.push({
    on: acknowledgedOn,
    acknowledges: true,
    entries: [
      (at) => ({
        id: 0,
        milestoneId: subject.id,
        at,
        by: subject.lead,
        entry: () => ({ kind: "acknowledged", on: acknowledgedOn }),
      }),
    ],
  });

  const due = dueDateOf(subject.deadline);
  let effectiveDue = due;
  let notBefore = addDays(acknowledgedOn, 1);
  let extended = false;
  const decision = (
    filed: Step,
    on: IsoDate,
    state: "approved" | "rejected",
    comment: string | null,
    entry: (requestId: number) => LedgerEntry,
    phase?: MilestonePhase,
  ): Step => ({
    on,
    decides: { step: filed, state, comment },
    ...(phase === undefined ? {} : { phase }),
    entries: [
      (at) => ({
        id: 0,
        milestoneId: subject.id,
        at,
        by: supervisor,
        entry: () => entry(filed.request?.id ?? 0),
      }),
    ],
  });
  const filing = (
    on: IsoDate,
    kind: RequestKind,
    payload: Readonly<Record<string, unknown>>,
    entry: (requestId: number) => LedgerEntry,
    phase?: MilestonePhase,
  ): Step => {
    const step: Step = {
      on,
      files: { milestoneId: subject.id, kind, by: subject.lead, payload },
      ...(phase === undefined ? {} : { phase }),
      entries: [
        (at) => ({
          id: 0,
          milestoneId: subject.id,
          at,
          by: subject.lead,
          entry: () => entry(step.request?.id ?? 0),
        }),
      ],
    };
    return step;
  };

  const extensionRoll = random.next();
  if (due !== null && extensionRoll < P_EXTENSION + P_EXTENSION_REJECTED) {
    const approve = extensionRoll < P_EXTENSION;
    const requestedOn = later(addDays(due, -random.int(3, 20)), notBefore);
    const newDue = addDays(later(due, requestedOn), random.int(15, 60));
    const reason = text(random, 30, 80);
    const filed = filing(requestedOn, "extension", { newDue, reason }, (requestId) => ({
      kind: "extension_requested",
      on: requestedOn,
      requestId,
      newDue,
      reason,
    }));
    const decidedOn = addDays(requestedOn, random.int(1, 5));
    const comment = approve ? null : text(random, 20, 40);
    steps.push(
      filed,
      decision(filed, decidedOn, approve ? "approved" : "rejected", comment, (requestId) =>
        approve
          ? { kind: "extension_approved", on: decidedOn, requestId, newDue }
          : { kind: "extension_rejected", on: decidedOn, requestId, comment: comment ?? "" },
      ),
    );
    if (approve) {
      effectiveDue = newDue;
      extended = decidedOn <= yearEnd;
    }
    notBefore = addDays(decidedOn, 1);
  }

  let acceptedOn: IsoDate | null = null;
  let firstDeclaredOn: IsoDate | null = null;
  let late = false;
  let returned = false;
  if (effectiveDue !== null && random.chance(P_COMPLETE)) {
    late = random.chance(P_LATE);
    const done = late
      ? addDays(effectiveDue, random.int(1, 30))
      : addDays(effectiveDue, -random.int(0, 45));
    let workDone = later(done, later(addDays(acknowledgedOn, 20), notBefore));
    let declaredOn = addDays(workDone, random.int(0, 3));
    firstDeclaredOn = declaredOn;
    const declare = (on: IsoDate, completedDay: IsoDate): Step => {
      const words = text(random, 40, 120);
      return filing(
        on,
        "completion",
        { completedOn: completedDay, text: words, attachmentIds: [] },
        (requestId) => ({
          kind: "completion_declared",
          on,
          completedOn: completedDay,
          requestId,
          attachmentIds: [],
        }),
        "completion_pending",
      );
    };
    if (random.chance(P_RETURNED)) {
      returned = true;
      const filed = declare(declaredOn, workDone);
      const returnedOn = addDays(declaredOn, random.int(2, 6));
      const comment = text(random, 20, 50);
      steps.push(
        filed,
        decision(
          filed,
          returnedOn,
          "rejected",
          comment,
          (requestId) => ({ kind: "completion_returned", on: returnedOn, requestId, comment }),
          "open",
        ),
      );
      declaredOn = addDays(returnedOn, random.int(3, 15));
      workDone = later(addDays(returnedOn, 1), addDays(declaredOn, -random.int(0, 2)));
    }
    const filed = declare(declaredOn, workDone);
    const acceptOn = addDays(declaredOn, random.int(1, 7));
    const completedOn = workDone;
    steps.push(
      filed,
      decision(
        filed,
        acceptOn,
        "approved",
        null,
        (requestId) => ({ kind: "completion_accepted", on: acceptOn, completedOn, requestId }),
        "done",
      ),
    );
    if (acceptOn <= yearEnd) acceptedOn = acceptOn;
    late = completedOn > effectiveDue;
  }

  // Monthly reports until the work is declared done, else until the due date (or the year's end).
  const stop =
    firstDeclaredOn ?? (effectiveDue !== null && effectiveDue < yearEnd ? effectiveDue : yearEnd);
  const lastReportDay = firstDeclaredOn === null ? stop : addDays(stop, -1);
  const span = Math.max(1, daysBetween(acknowledgedOn, stop));
  for (let month = 1; month <= 12; month += 1) {
    if (random.chance(P_MONTH_MISSED)) continue;
    const day = random.chance(P_REPORT_LATE) ? random.int(26, 28) : random.int(12, 25);
    const on = isoDate(year, month, day);
    if (on <= acknowledgedOn || on > lastReportDay) continue;
    const inputs: DraftEvent[] = [];
    for (const unit of subject.cooperating) {
      if (!random.chance(P_INPUT)) continue;
      const inputOn = addDays(on, -random.int(1, 6));
      if (inputOn <= acknowledgedOn) continue;
      const percent = random.chance(P_PERCENT_NULL) ? null : random.int(10, 90);
      const make = input(random, subject, unit, inputOn, percent);
      steps.push({
        on: inputOn,
        entries: [
          (at) => {
            const event = make(at);
            inputs.push(event);
            return event;
          },
        ],
      });
    }
    const percent = random.chance(P_PERCENT_NULL)
      ? null
      : Math.min(95, Math.round((100 * daysBetween(acknowledgedOn, on)) / span));
    const cites = random.chance(P_CITE) ? inputs : [];
    steps.push({
      on,
      entries: [reported(random, subject, on, percent, cites)],
    });
  }
  return { steps, acceptedOn, late, returned, extended };
};

/** The current milestones of the plan with the units that would act on them. */
const subjectsOf = async (
  db: Kysely<Schema>,
  planId: number,
  userOf: (unitId: number) => BenchUser,
): Promise<{ subjects: Subject[]; skipped: number }> => {
  const rows = await findMilestoneKeys(db, { planId });
  rows.sort((a, b) => a.taskPosition - b.taskPosition || a.position - b.position);
  const units = await unitsOfMilestoneVersions(
    db,
    rows.map((r) => r.versionId),
  );
  const taskLeads = new Map<number, number>();
  const led = await db
    .selectFrom("task_units as tu")
    .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
    .select(["tv.task_id", "tu.unit_id"])
    .where("tv.plan_id", "=", planId)
    .where("tv.valid_to", "is", null)
    .where("tu.role", "=", "lead")
    .orderBy("tv.task_id")
    .orderBy("tu.position")
    .execute();
  for (const row of led) if (!taskLeads.has(row.task_id)) taskLeads.set(row.task_id, row.unit_id);

  const subjects: Subject[] = [];
  let skipped = 0;
  for (const row of rows) {
    const named = units.get(row.versionId) ?? [];
    const leadId = named.find((u) => u.role === "lead")?.unitId ?? taskLeads.get(row.taskId);
    if (leadId === undefined) {
      skipped += 1;
      continue;
    }
    const cooperating = [
      ...new Set(named.filter((u) => u.unitId !== leadId).map((u) => u.unitId)),
    ].map(userOf);
    subjects.push({
      id: row.id,
      deadline: JSON.parse(row.deadlineJson) as Deadline,
      lead: userOf(leadId),
      cooperating,
    });
  }
  return { subjects, skipped };
};

/** The name of a unit's `nth` account (0 for its first, the one that acts in the fixture). */
const staffName = (unitId: number, nth: number): string =>
  nth === 0 ? `bench-staff-${unitId}` : `bench-staff-${unitId}-${nth + 1}`;

/**
 * A staff account for every unit (more with `users`) and a supervisor in
 * the supervision office, sharing one password.
 */
const insertUsers = async (
  db: Kysely<Schema>,
  now: string,
  users: number | undefined,
): Promise<{ userOf: (unitId: number) => BenchUser; supervisor: BenchUser; count: number }> => {
  const office =
    (await findUnitByName(db, OFFICE_UNIT))?.id ??
    (await insertUnits(db, [OFFICE_UNIT], now)).get(OFFICE_UNIT);
  if (office === undefined) throw new Error(`status: could not create the unit ${OFFICE_UNIT}`);
  const units = await db.selectFrom("units").select(["id", "name"]).orderBy("id").execute();
  const passwordHash = await hashPassword(`bench-${Date.now().toString(36)}`);
  const staff = Math.max(units.length, (users ?? 0) - 1);
  const accounts = [
    ...Array.from({ length: staff }, (_, i) => {
      const unit = units[i % units.length] as { id: number; name: string };
      const nth = Math.floor(i / units.length);
      return {
        username: staffName(unit.id, nth),
        display_name:
          nth === 0
            ? `${unit.name}联络员`
            : nth === 1
              ? `${unit.name}分管领导`
              : `${unit.name}联络员${nth}`,
        unit_id: unit.id,
        role: nth === 1 ? ("unit_leader" as const) : ("unit_staff" as const),
      };
    }),
    {
      username: "bench-supervisor",
      display_name: "督查室",
      unit_id: office,
      role: "supervisor" as const,
    },
  ];
  for (const chunk of chunksFor(accounts, 9)) {
    await db
      .insertInto("users")
      .values(
        chunk.map((a) => ({
          ...a,
          password_hash: passwordHash,
          disabled: 0,
          created_at: now,
          updated_at: now,
          password_changed_at: now,
        })),
      )
      .execute();
  }
  const stored = await db
    .selectFrom("users")
    .select(["id", "username", "unit_id"])
    .where("username", "like", "bench-%")
    .execute();
  const byUnit = new Map<number, BenchUser>();
  let supervisor: BenchUser | undefined;
  for (const row of stored) {
    const user = { name: `user:${row.username}`, userId: row.id, unitId: row.unit_id };
    if (row.username === "bench-supervisor") supervisor = user;
    else if (row.username === staffName(row.unit_id, 0)) byUnit.set(row.unit_id, user);
  }
  if (!supervisor) throw new Error("status: the supervisor was not stored");
  return {
    userOf: (unitId) => {
      const user = byUnit.get(unitId);
      if (!user) throw new Error(`status: no staff account for unit ${unitId}`);
      return user;
    },
    supervisor,
    count: stored.length,
  };
};

/**
 * Generates the year for the plan (deterministic for a seed and a stored
 * plan) and writes it in one transaction, then dates the plan's start to
 * 10 January of the year, as if it had been imported then, and refreshes the
 * planner's statistics of the tables written, as autovacuum (PostgreSQL)
 * or the next import's `pragma optimize` (SQLite) would have.
 */
export const writeWorkflowYear = async (
  db: Database,
  planId: number,
  { seed, year, users: accounts }: FixtureOptions,
): Promise<WorkflowFixture> => {
  const started = performance.now();
  const random = seededRandom(seed);
  const now = `${year}-01-10T01:00:00.000Z`;
  const yearEnd = isoDate(year, 12, 31);

  return writeTransaction(db, async (trx) => {
    const { userOf, supervisor, count: users } = await insertUsers(trx, now, accounts);
    const { subjects, skipped } = await subjectsOf(trx, planId, userOf);

    const requests: DraftRequest[] = [];
    const events: DraftEvent[] = [];
    const decided = new Map<DraftRequest, { at: string; decision: NonNullable<Step["decides"]> }>();
    const states: Schema["milestone_states"][] = [];
    const accepted: IsoDate[] = [];
    let completed = 0;
    let late = 0;
    let returned = 0;
    let extended = 0;

    for (const subject of subjects) {
      const plan = timeline(random, subject, year, supervisor);
      const kept = plan.steps
        .map((step, order) => ({ step, order }))
        .filter(({ step }) => step.on <= yearEnd)
        .sort((a, b) => a.step.on.localeCompare(b.step.on) || a.order - b.order)
        .map(({ step }) => step);
      let at: string | null = null;
      let phase: MilestonePhase = "open";
      let acknowledgedOn: IsoDate | null = null;
      for (const step of kept) {
        at = stampOn(random, step.on, at);
        if (step.files) {
          step.request = { ...step.files, id: 0, at };
          requests.push(step.request);
        }
        // A decision comes days after its request, so the request is placed already.
        const filed = step.decides?.step.request;
        if (step.decides && filed) decided.set(filed, { at, decision: step.decides });
        const stamp = at;
        for (const make of step.entries) events.push(make(stamp));
        if (step.phase) phase = step.phase;
        if (step.acknowledges) acknowledgedOn = step.on;
      }
      if (at !== null) {
        states.push({
          milestone_id: subject.id,
          plan_id: planId,
          version: kept.length,
          phase,
          acknowledged_on: acknowledgedOn,
          focus: 0,
          updated_at: at,
        });
      }
      if (plan.acceptedOn !== null) {
        accepted.push(plan.acceptedOn);
        completed += 1;
        if (plan.late) late += 1;
        if (plan.returned) returned += 1;
      }
      if (plan.extended) extended += 1;
    }

    // Ids in the order things happened, as the services would have drawn them.
    const firstId = async (table: "milestone_events" | "milestone_requests"): Promise<number> => {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.max("id").as("max"))
        .executeTakeFirst();
      return (row?.max ?? 0) + 1;
    };
    const byTime = (
      a: { at: string; milestoneId: number },
      b: { at: string; milestoneId: number },
    ) => a.at.localeCompare(b.at) || a.milestoneId - b.milestoneId;
    requests.sort(byTime);
    let nextRequest = await firstId("milestone_requests");
    for (const request of requests) request.id = nextRequest++;
    events.sort(byTime);
    let nextEvent = await firstId("milestone_events");
    for (const event of events) event.id = nextEvent++;

    const requestRows = requests.map((r) => {
      const d = decided.get(r);
      return {
        id: r.id,
        milestone_id: r.milestoneId,
        plan_id: planId,
        kind: r.kind,
        state: d?.decision.state ?? ("pending" as const),
        requested_at: r.at,
        requested_by: r.by.name,
        unit_id: r.by.unitId,
        payload_json: JSON.stringify(r.payload),
        decided_at: d?.at ?? null,
        decided_by: d ? supervisor.name : null,
        decision_comment: d?.decision.comment ?? null,
      };
    });
    const byKind = new Map<LedgerKind, number>();
    const eventRows = events.map((e) => {
      const { kind, on, ...payload } = e.entry();
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      return {
        id: e.id,
        milestone_id: e.milestoneId,
        plan_id: planId,
        kind,
        effective_on: on,
        at: e.at,
        actor: e.by.name,
        user_id: e.by.userId,
        unit_id: e.by.unitId,
        payload_json: JSON.stringify(payload),
      };
    });

    for (const chunk of chunksFor(requestRows, 12)) {
      await trx.insertInto("milestone_requests").values(chunk).execute();
    }
    for (const chunk of chunksFor(eventRows, 10)) {
      await trx.insertInto("milestone_events").values(chunk).execute();
    }
    for (const chunk of chunksFor(states, 7)) {
      await trx.insertInto("milestone_states").values(chunk).execute();
    }
    // What appendLedger keeps entry by entry, folded once for the bulk write.
    await refreshMilestoneStatus(trx, { planIds: [planId] });
    await trx.updateTable("plans").set({ created_at: now }).where("id", "=", planId).execute();

    if (db.dialect === "postgres") {
      // Explicit ids leave the identity sequences behind; later inserts must not collide.
      for (const table of ["milestone_events", "milestone_requests"]) {
        await sql
          .raw(
            `select setval(pg_get_serial_sequence('${table}', 'id'), ` +
              `(select coalesce(max(id), 1) from ${table}))`,
          )
          .execute(trx);
      }
    }
    return {
      ledgerRows: eventRows.length,
      ofKind: (kind: LedgerKind) => byKind.get(kind) ?? 0,
      requests: requestRows.length,
      states: states.length,
      users,
      skipped,
      completed,
      late,
      returned,
      extended,
      doneBy: (asOf: IsoDate) => accepted.filter((on) => on <= asOf).length,
      ms: 0,
    };
  }).then(async (fixture) => {
    if (db.dialect === "postgres") {
      await sql`analyze milestone_events, milestone_requests, milestone_states, users, plans`.execute(
        db.kysely,
      );
    } else {
      await sql`pragma optimize`.execute(db.kysely);
    }
    return { ...fixture, ms: performance.now() - started };
  });
};
