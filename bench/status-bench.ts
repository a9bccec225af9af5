import type { Database } from "../src/db/database.js";
import { findUnitByName } from "../src/db/queries/units.js";
import type { IsoDate } from "../src/domain/iso-date.js";
import { DATED_KINDS, DAY_ONLY_KINDS } from "../src/domain/milestone-ledger.js";
import type { MilestoneStatus } from "../src/domain/milestone-status.js";
import type { Plan } from "../src/domain/plan.js";
import type { ReminderKind } from "../src/domain/reminders-due.js";
import type { StatusCounts } from "../src/domain/status-rollup.js";
import { shellActor, type ApiActor } from "../src/policies/actor.js";
import { listMilestones } from "../src/services/milestones.js";
import { planStatus } from "../src/services/plan-status.js";
import { runReminders, type ReminderRunOutcome } from "../src/services/reminders/run-reminders.js";
import { postgresUnavailable, withFreshDatabase, type BenchDialect } from "./bench-database.js";
import { formatMs, type BenchGroup, type BenchRow } from "./bench-group.js";
import { MASTER_SIZES } from "./master-files.js";
import { timeWarm, type Timing } from "./measure.js";
import { writeWorkflowYear, type WorkflowFixture } from "./status-fixture.js";
import { profileStatus, type ProfileLine, type StatusProfile } from "./status-profile.js";
import { DIALECT_NAMES, importMaster, masterBytes } from "./store-bench.js";

/**
 * Status as of a day: planStatus (status, light and roll-ups) of the
 * stress master after a generated year of workflow (status-fixture.ts), for
 * the whole plan and for the unit with the most milestones, and that unit's
 * filtered list (listMilestones) in-process, on SQLite and PostgreSQL; then
 * a profile of where planStatus's time goes (status-profile.ts).
 */

const DIALECTS: readonly BenchDialect[] = ["sqlite", "postgres"];
const ACTOR = shellActor("bench");
const FIXTURE = { seed: 2022, year: 2022 } as const;
/** Mid-year, as in the HTTP group; and the year's last day, when the ledger is fullest. */
const AS_OF: IsoDate = `${FIXTURE.year}-06-30`;
const YEAR_END: IsoDate = `${FIXTURE.year}-12-31`;
const STATUSES: readonly MilestoneStatus[] = [
  "overdue",
  "due_soon",
  "in_progress",
  "not_started",
  "done",
];
const PAGE_SIZE = 50;
/**
 * The reminder run's day: the day after the monthly reports fall due (the
 * 25th), when the missing-report reminders join the day's overdue and
 * before-due ones; the busiest day of the month in this fixture. Its clock
 * (stamps, and which deliveries are due) is 08:30 in UTC+8.
 */
const REMINDER_DAY: IsoDate = `${FIXTURE.year}-06-26`;
const REMINDER_NOW = new Date(`${REMINDER_DAY}T00:30:00.000Z`);
/** No SMTP server and no contacts: nothing is sent, the timeout never applies. */
const DELIVERY = { timeoutMs: 10_000 } as const;

const PLAN_RUNS = { warmup: 2, runs: 10 };
const UNIT_RUNS = { warmup: 2, runs: 10 };
const LIST_RUNS = { warmup: 5, runs: 30 };
const YEAR_END_RUNS = { warmup: 1, runs: 5 };
const PROFILE_RUNS = { warmup: 1, runs: 5 };
const DRY_RUNS = { warmup: 1, runs: 5 };
/** The first is the day's second run; the next ones find the same nothing new. */
const RERUNS = { warmup: 0, runs: 5 };
/** Median limits from the issue, on either database. */
const PLAN_TARGET_MS = 200;
const UNIT_TARGET_MS = 20;

/** The API's unit filter: milestones of the tasks a unit leads, and those naming it in any role. */
const busiestUnit = (plan: Plan): string => {
  const ids = new Map<string, Set<string>>();
  for (const [t, task] of plan.tasks.entries()) {
    for (const [m, milestone] of task.milestones.entries()) {
      const units = [...task.leadUnits, ...milestone.responsibilities.map((r) => r.unit)];
      for (const unit of units) ids.set(unit, (ids.get(unit) ?? new Set()).add(`${t}.${m}`));
    }
  }
  const [best] = [...ids].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  if (!best) throw new Error("status: the stress master names no unit");
  return best[0];
};

/** The rows readStatusFacts reads: lead reports, acknowledgements, completions, extensions. */
const ledgerRowsUpTo = async (db: Database, planId: number, day: IsoDate): Promise<number> => {
  const row = await db.kysely
    .selectFrom("milestone_events")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("plan_id", "=", planId)
    .where("kind", "in", [...DAY_ONLY_KINDS, ...DATED_KINDS])
    .where("effective_on", "<=", day)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
};

interface UnitCase {
  readonly name: string;
  readonly id: number;
  readonly lead: number;
  readonly cooperating: number;
}

interface ListCase {
  readonly status: MilestoneStatus;
  readonly statusTotal: number;
  readonly unitTotal: number;
  readonly timing: Timing;
}

type YearEnd = { readonly timing: Timing } | { readonly error: string };

/** What the reminder run recorded, counted in the tables it writes. */
interface ReminderRows {
  readonly items: number;
  readonly bundles: number;
  readonly deliveries: number;
  readonly escalations: number;
}

interface ReminderCase {
  /** Reminders fired (one per key), and by kind. */
  readonly reminders: number;
  readonly byKind: ReadonlyMap<ReminderKind, number>;
  /** Digests, one per receiving unit; their lines count a reminder once per digest it is in. */
  readonly digests: number;
  readonly lines: number;
  readonly dry: Timing;
  /** The day's first real run: one sample, on the state no run had recorded anything in yet. */
  readonly real: { readonly ms: number; readonly rows: ReminderRows };
  /** Real runs after it, the same day: the most digests or deliveries any of them made (none). */
  readonly rerun: { readonly timing: Timing; readonly made: number; readonly rows: ReminderRows };
}

interface DialectRun {
  readonly fixture: WorkflowFixture;
  readonly counts: StatusCounts;
  readonly reportMissing: number;
  readonly ledgerAsOf: number;
  readonly ledgerYearEnd: number;
  readonly plan: Timing;
  readonly unit: UnitCase;
  readonly unitTiming: Timing;
  readonly list: ListCase;
  readonly yearEnd: YearEnd;
  readonly reminders: ReminderCase;
  readonly profile: StatusProfile;
}

/** The unit's own view of its list, as the HTTP group's token sees it; the status it has most of. */
const timeList = async (db: Database, planId: number, unit: UnitCase): Promise<ListCase> => {
  const actor: ApiActor = {
    kind: "token",
    tokenId: 0,
    createdBy: null,
    name: "token:0:bench",
    unitId: unit.id,
    role: "unit_staff",
  };
  const query = (statuses: readonly MilestoneStatus[] | undefined, pageSize: number) =>
    listMilestones(db, actor, {
      asOf: AS_OF,
      planId,
      unitId: unit.id,
      ...(statuses === undefined ? {} : { statuses }),
      sort: "position",
      page: 1,
      pageSize,
    });
  const unitTotal = (await query(undefined, 1)).total;
  let best: { status: MilestoneStatus; total: number } = { status: "in_progress", total: 0 };
  for (const status of STATUSES) {
    const { total } = await query([status], 1);
    if (total > best.total) best = { status, total };
  }
  const page = await query([best.status], PAGE_SIZE);
  if (page.items.length !== Math.min(PAGE_SIZE, best.total) || best.total === 0) {
    throw new Error(`status: the list page has ${page.items.length} items of ${best.total}`);
  }
  const timing = await timeWarm(() => query([best.status], PAGE_SIZE), LIST_RUNS);
  return { status: best.status, statusTotal: best.total, unitTotal, timing };
};

/** As of the year's last day every report of the year counts; a failure is a finding, not a crash. */
const timeYearEnd = async (db: Database, planId: number): Promise<YearEnd> => {
  try {
    await planStatus(db, ACTOR, { planId, asOf: YEAR_END });
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`status: planStatus as of ${YEAR_END} failed: ${text}`);
    return { error: text };
  }
  return {
    timing: await timeWarm(() => planStatus(db, ACTOR, { planId, asOf: YEAR_END }), YEAR_END_RUNS),
  };
};

const countRows = async (
  db: Database,
  table: "reminder_items" | "reminder_bundles" | "reminder_deliveries" | "unit_contacts",
): Promise<number> => {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
};

const reminderRows = async (db: Database, planId: number): Promise<ReminderRows> => {
  const escalations = await db.kysely
    .selectFrom("milestone_events")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("plan_id", "=", planId)
    .where("kind", "=", "escalated")
    .executeTakeFirst();
  return {
    items: await countRows(db, "reminder_items"),
    bundles: await countRows(db, "reminder_bundles"),
    deliveries: await countRows(db, "reminder_deliveries"),
    escalations: Number(escalations?.n ?? 0),
  };
};

const sameRows = (a: ReminderRows, b: ReminderRows): boolean =>
  a.items === b.items &&
  a.bundles === b.bundles &&
  a.deliveries === b.deliveries &&
  a.escalations === b.escalations;

/**
 * runReminders for REMINDER_DAY over the fixture: dry (what it would send),
 * then for real once, then again the same day. No unit has a contact, so
 * no digest has anyone to go to: the times are firing the rules, recording
 * the items and escalations, and bundling. The rows the real run wrote are
 * removed afterwards, so what follows reads the fixture as written.
 */
const timeReminders = async (db: Database, planId: number): Promise<ReminderCase> => {
  const run = (dryRun: boolean): Promise<ReminderRunOutcome> =>
    runReminders(db, {
      day: REMINDER_DAY,
      now: REMINDER_NOW,
      dryRun,
      delivery: DELIVERY,
      publicUrl: undefined,
    });
  const contacts = await countRows(db, "unit_contacts");
  if (contacts !== 0) throw new Error(`status: ${contacts} unit contacts; the fixture has none`);
  const before = await reminderRows(db, planId);
  if (before.items + before.bundles + before.deliveries + before.escalations !== 0) {
    throw new Error(`status: reminder rows before any run: ${JSON.stringify(before)}`);
  }

  const dry = await run(true);
  const fired = new Map<string, ReminderKind>();
  for (const digest of dry.digests) {
    for (const r of digest.reminders) fired.set(r.item.key, r.item.kind);
  }
  const byKind = new Map<ReminderKind, number>();
  for (const kind of fired.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  if (fired.size === 0 || dry.digests.some((d) => d.contacts.length > 0)) {
    throw new Error(`status: the dry run fired ${fired.size} reminders, or found a contact`);
  }
  const dryTiming = await timeWarm(() => run(true), DRY_RUNS);
  if (!sameRows(await reminderRows(db, planId), before)) {
    throw new Error("status: a dry reminder run wrote rows");
  }

  const started = performance.now();
  const real = await run(false);
  const realMs = performance.now() - started;
  const afterReal = await reminderRows(db, planId);
  if (
    real.digests.length !== dry.digests.length ||
    real.deliveries.length !== 0 ||
    afterReal.items !== fired.size ||
    afterReal.bundles !== dry.digests.length
  ) {
    throw new Error(
      `status: the real reminder run made ${real.digests.length} digests and ` +
        `${real.deliveries.length} deliveries, recorded ${JSON.stringify(afterReal)}; the dry ` +
        `run found ${fired.size} reminders in ${dry.digests.length} digests`,
    );
  }

  let made = 0;
  const rerunTiming = await timeWarm(async () => {
    const again = await run(false);
    made = Math.max(made, again.digests.length + again.deliveries.length);
  }, RERUNS);
  const afterRerun = await reminderRows(db, planId);
  if (made !== 0 || !sameRows(afterRerun, afterReal)) {
    throw new Error(`status: a rerun of the day made ${made} digests or deliveries`);
  }

  await db.kysely.deleteFrom("reminder_deliveries").execute();
  await db.kysely.deleteFrom("reminder_bundles").execute();
  await db.kysely.deleteFrom("reminder_items").execute();
  await db.kysely
    .deleteFrom("milestone_events")
    .where("plan_id", "=", planId)
    .where("kind", "=", "escalated")
    .execute();

  return {
    reminders: fired.size,
    byKind,
    digests: dry.digests.length,
    lines: dry.digests.reduce((n, d) => n + d.reminders.length, 0),
    dry: dryTiming,
    real: { ms: realMs, rows: afterReal },
    rerun: { timing: rerunTiming, made, rows: afterRerun },
  };
};

const runDialect = (dialect: BenchDialect, bytes: Uint8Array): Promise<DialectRun> =>
  withFreshDatabase(dialect, async (db) => {
    const name = DIALECT_NAMES[dialect];
    console.error(`status: import the stress master into ${name}`);
    const { planId, plan } = await importMaster(db, "stress", bytes);
    console.error(`status: ${name}: write a year of workflow`);
    const fixture = await writeWorkflowYear(db, planId, FIXTURE);
    console.error(
      `status: ${name}: ${fixture.ledgerRows} ledger rows, ${fixture.requests} requests, ` +
        `${fixture.states} states in ${formatMs(fixture.ms)}`,
    );

    const whole = await planStatus(db, ACTOR, { planId, asOf: AS_OF });
    const expectedDone = fixture.doneBy(AS_OF);
    if (whole.total !== MASTER_SIZES.stress.milestones || whole.counts.done !== expectedDone) {
      throw new Error(
        `status: ${name}: ${whole.total} milestones, ${whole.counts.done} done as of ${AS_OF}; ` +
          `the fixture accepted ${expectedDone} completions by then`,
      );
    }
    const unitName = busiestUnit(plan);
    const unitRow = await findUnitByName(db.kysely, unitName);
    if (!unitRow) throw new Error(`status: ${name} has no unit ${unitName}`);
    const ofUnit = await planStatus(db, ACTOR, { planId, asOf: AS_OF, unit: unitRow.id });
    const unit: UnitCase = {
      name: unitName,
      id: unitRow.id,
      lead: ofUnit.total,
      cooperating: ofUnit.cooperating?.total ?? 0,
    };

    console.error(`status: ${name}: planStatus, whole plan and ${unitName}`);
    const planTiming = await timeWarm(
      () => planStatus(db, ACTOR, { planId, asOf: AS_OF }),
      PLAN_RUNS,
    );
    const unitTiming = await timeWarm(
      () => planStatus(db, ACTOR, { planId, asOf: AS_OF, unit: unit.id }),
      UNIT_RUNS,
    );
    console.error(`status: ${name}: listMilestones of ${unitName}`);
    const list = await timeList(db, planId, unit);
    const yearEnd = await timeYearEnd(db, planId);

    // The reminder run writes; it removes its rows again before the profile adds its index.
    console.error(`status: ${name}: runReminders for ${REMINDER_DAY}`);
    const reminders = await timeReminders(db, planId);

    console.error(`status: ${name}: profile`);
    const profile = await profileStatus({
      db,
      planId,
      asOf: AS_OF,
      unitId: unit.id,
      runs: PROFILE_RUNS,
    });
    return {
      fixture,
      counts: whole.counts,
      reportMissing: whole.milestones.filter((m) => m.reportMissing).length,
      ledgerAsOf: await ledgerRowsUpTo(db, planId, AS_OF),
      ledgerYearEnd: await ledgerRowsUpTo(db, planId, YEAR_END),
      plan: planTiming,
      unit,
      unitTiming,
      list,
      yearEnd,
      reminders,
      profile,
    };
  });

const timingCells = (timing: Timing): string[] => [
  String(timing.runs),
  formatMs(timing.median),
  formatMs(timing.p95),
];

const target = (maxMs: number, timing: Timing) => ({
  target: `< ${maxMs} ms`,
  pass: timing.median < maxMs,
});

const notRun = (caseName: string, reason: string): BenchRow => ({
  // The reason goes into a Markdown table cell: no pipes, no line breaks.
  cells: [
    caseName,
    DIALECT_NAMES.postgres,
    "—",
    "0",
    `not run: ${reason.replace(/[|\r\n]+/g, " ")}`,
    "—",
  ],
  verdict: null,
});

const cell = (text: string): string => text.replace(/[|\r\n]+/g, " ");

/** The cases, each on both databases, in the store group's order: case, then database. */
const statusRows = (
  runs: ReadonlyMap<BenchDialect, DialectRun>,
  skipped: string | null,
): BenchRow[] => {
  const of = String(MASTER_SIZES.stress.milestones);
  const any = [...runs.values()][0];
  const cases: { name: string; row: (dialect: BenchDialect, run: DialectRun) => BenchRow }[] = [
    {
      name: `planStatus, whole plan, as of ${AS_OF}`,
      row: (dialect, run) => ({
        cells: [
          `planStatus, whole plan, as of ${AS_OF}`,
          DIALECT_NAMES[dialect],
          of,
          ...timingCells(run.plan),
        ],
        verdict: target(PLAN_TARGET_MS, run.plan),
      }),
    },
    {
      name: `planStatus, one unit (${any?.unit.name ?? "busiest"}), as of ${AS_OF}`,
      row: (dialect, run) => ({
        cells: [
          `planStatus, one unit (${run.unit.name}), as of ${AS_OF}`,
          DIALECT_NAMES[dialect],
          `${run.unit.lead} led + ${run.unit.cooperating} cooperating, of ${of}`,
          ...timingCells(run.unitTiming),
        ],
        verdict: target(UNIT_TARGET_MS, run.unitTiming),
      }),
    },
    {
      name: `listMilestones, ${any?.unit.name ?? "busiest unit"}, page of ${PAGE_SIZE}`,
      row: (dialect, run) => ({
        cells: [
          `listMilestones, ${run.unit.name}, ${run.list.status}, page of ${PAGE_SIZE}, as of ${AS_OF}`,
          DIALECT_NAMES[dialect],
          `${Math.min(PAGE_SIZE, run.list.statusTotal)} of ${run.list.statusTotal} of ${run.list.unitTotal}`,
          ...timingCells(run.list.timing),
        ],
        verdict: null,
      }),
    },
    {
      name: `planStatus, whole plan, as of ${YEAR_END}`,
      row: (dialect, run) => ({
        cells: [
          `planStatus, whole plan, as of ${YEAR_END}`,
          DIALECT_NAMES[dialect],
          of,
          ...("timing" in run.yearEnd
            ? timingCells(run.yearEnd.timing)
            : ["1", `fails: ${cell(run.yearEnd.error)}`, "—"]),
        ],
        verdict: null,
      }),
    },
    {
      name: `runReminders for ${REMINDER_DAY}, dry run`,
      row: (dialect, run) => ({
        cells: [
          `runReminders for ${REMINDER_DAY}, dry run`,
          DIALECT_NAMES[dialect],
          `${of} → ${run.reminders.reminders} reminders in ${run.reminders.digests} digests`,
          ...timingCells(run.reminders.dry),
        ],
        verdict: null,
      }),
    },
    {
      name: `runReminders for ${REMINDER_DAY}, real run, the day's first`,
      row: (dialect, run) => {
        const { ms, rows } = run.reminders.real;
        return {
          cells: [
            `runReminders for ${REMINDER_DAY}, real run, the day's first (no contacts)`,
            DIALECT_NAMES[dialect],
            `${rows.items} items, ${rows.escalations} escalations, ${rows.bundles} digests ` +
              `recorded; ${rows.deliveries} deliveries`,
            "1",
            formatMs(ms),
            "—",
          ],
          verdict: null,
        };
      },
    },
    {
      name: `runReminders for ${REMINDER_DAY}, real run again`,
      row: (dialect, run) => ({
        cells: [
          `runReminders for ${REMINDER_DAY}, real run again (nothing new)`,
          DIALECT_NAMES[dialect],
          `${run.reminders.rerun.made} new of ${run.reminders.rerun.rows.items}`,
          ...timingCells(run.reminders.rerun.timing),
        ],
        verdict: null,
      }),
    },
  ];
  return cases.flatMap(({ name, row }) =>
    DIALECTS.flatMap((dialect) => {
      const run = runs.get(dialect);
      return run ? [row(dialect, run)] : [notRun(name, skipped ?? "no result")];
    }),
  );
};

const profileRows = (runs: ReadonlyMap<BenchDialect, DialectRun>): BenchRow[] =>
  [...runs].flatMap(([dialect, run]) => {
    const rows = (section: string, lines: readonly ProfileLine[]): BenchRow[] =>
      lines.map((line) => ({
        cells: [
          `${section}: ${line.step}`,
          DIALECT_NAMES[dialect],
          line.rows === null ? "—" : String(line.rows),
          ...timingCells(line.timing),
        ],
        verdict: null,
      }));
    return [
      ...rows("plan", run.profile.plan),
      ...rows("unit", run.profile.unit),
      ...rows("what-if", run.profile.whatIf),
    ];
  });

const number = (n: number): string => n.toLocaleString("en-US");

const fixtureText = (run: DialectRun, runs: ReadonlyMap<BenchDialect, DialectRun>): string => {
  const f = run.fixture;
  const c = run.counts;
  const writes = [...runs]
    .map(([dialect, r]) => `${formatMs(r.fixture.ms)} on ${DIALECT_NAMES[dialect]}`)
    .join(", ");
  const same = [...runs.values()].every(
    (r) => JSON.stringify(r.counts) === JSON.stringify(c) && r.reportMissing === run.reportMissing,
  );
  return (
    `The fixture (bench/status-fixture.ts, seed ${FIXTURE.seed}): ${number(f.ledgerRows)} ledger ` +
    `rows (${number(f.ofKind("acknowledged"))} acknowledged, ${number(f.ofKind("reported"))} lead ` +
    `units' reports, ${number(f.ofKind("input"))} cooperating units' inputs, ` +
    `${number(f.ofKind("completion_declared"))} completions declared, ` +
    `${number(f.ofKind("completion_accepted"))} accepted (${number(f.late)} late), ` +
    `${number(f.ofKind("completion_returned"))} returned, ${number(f.ofKind("extension_requested"))} ` +
    `extensions requested, ${number(f.ofKind("extension_approved"))} approved, ` +
    `${number(f.ofKind("extension_rejected"))} rejected), ${number(f.requests)} requests, ` +
    `${number(f.states)} states and ${number(f.users)} accounts, written in bulk in ` +
    `${writes} (not part of any figure). As of ${AS_OF} status reads ` +
    `${number(run.ledgerAsOf)} of those ledger rows (as of ${YEAR_END}, ` +
    `${number(run.ledgerYearEnd)}) and finds ${number(c.done)} done, ${number(c.overdue)} ` +
    `overdue, ${number(c.dueSoon)} due soon, ${number(c.inProgress)} in progress, ` +
    `${number(c.notStarted)} not started, ${number(run.reportMissing)} with the month's report ` +
    `missing${same ? ", the same on both databases" : "; THE DATABASES DISAGREE"}.`
  );
};

const KIND_NAMES: Readonly<Record<ReminderKind, string>> = {
  missing_report: "missing reports",
  overdue: "overdue",
  escalated: "escalations",
  before_due: "before the due date",
  unacknowledged: "unacknowledged",
};

const reminderText = (run: DialectRun, runs: ReadonlyMap<BenchDialect, DialectRun>): string => {
  const r = run.reminders;
  const kinds = [...r.byKind]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${number(n)} ${KIND_NAMES[kind]}`)
    .join(", ");
  const same = [...runs.values()].every(
    (o) =>
      o.reminders.reminders === r.reminders &&
      o.reminders.digests === r.digests &&
      o.reminders.lines === r.lines &&
      o.reminders.real.rows.escalations === r.real.rows.escalations,
  );
  return (
    `On ${REMINDER_DAY} (the day after the monthly reports fall due, the busiest day of the ` +
    `month here) the plan's rules (the defaults) fire ${number(r.reminders)} reminders ` +
    `(${kinds}), bundled into ${number(r.digests)} digests of ${number(r.lines)} lines (one ` +
    "per receiving unit; a reminder the supervision office is told of too is in two)" +
    `${same ? ", the same on both databases" : "; THE DATABASES DISAGREE"}.`
  );
};

export const statusGroup = async (): Promise<BenchGroup[]> => {
  const pgReason = await postgresUnavailable();
  const bytes = await masterBytes("stress");
  const runs = new Map<BenchDialect, DialectRun>();
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && pgReason !== null) continue;
    runs.set(dialect, await runDialect(dialect, bytes));
  }
  const first = [...runs.values()][0];
  const fixture = first ? `${fixtureText(first, runs)} ` : "";
  const reminders = first ? reminderText(first, runs) : "";
  return [
    {
      title: "Status as of a day (planStatus, listMilestones)",
      method:
        `The stress master (${number(MASTER_SIZES.stress.milestones)} milestones) imported into ` +
        "a fresh SQLite file or PostgreSQL schema (as in the store group), its plan dated from " +
        `10 January ${FIXTURE.year}, with a generated year of workflow: every milestone ` +
        "acknowledged, monthly reports by the lead unit until done or due (some missed, some " +
        "late), cooperating units' inputs (a kind of their own) cited by the lead's reports, " +
        "some extended, most completed " +
        `by review, a few returned first. ${fixture}In a warm process, the shell actor: ` +
        "planStatus of the whole plan and of the unit with the most milestones (by id; it " +
        `rates that unit's milestones only, led and shared) as of ` +
        `${AS_OF} (${PLAN_RUNS.warmup} + ${PLAN_RUNS.runs} runs each), and as of ${YEAR_END}, ` +
        `when every report of the year counts (${YEAR_END_RUNS.warmup} + ${YEAR_END_RUNS.runs}); ` +
        "listMilestones as that unit's unit_staff sees it, for the status it has most of, one " +
        `page of ${PAGE_SIZE} by position (${LIST_RUNS.warmup} + ${LIST_RUNS.runs}). Median and ` +
        `p95 (nearest rank) of the timed runs; the targets (whole plan < ${PLAN_TARGET_MS} ms, ` +
        `one unit < ${UNIT_TARGET_MS} ms) apply to the median. Then runReminders over the ` +
        `same fixture for one day: dry (${DRY_RUNS.warmup} + ${DRY_RUNS.runs} runs; it fires ` +
        "the rules for every milestone from its status that day, keeps what no earlier run " +
        "recorded and composes the digests, writing nothing); for real once, on the state no " +
        "run had recorded anything in yet (the dry runs write nothing), recording each " +
        "reminder, each escalation in the milestone's ledger and each digest in one " +
        `transaction; then again the same day (${RERUNS.runs} runs, the first the day's ` +
        "second), which finds every reminder recorded already and writes nothing. No unit has " +
        "a contact, so no digest has anyone to go to and nothing is sent: the times are " +
        "firing, recording and bundling, delivery not included. The rows the real run wrote " +
        "are deleted before the profile below. The issue sets no target for reminders. " +
        reminders,
      columns: ["case", "database", "milestones", "runs", "median", "p95"],
      rows: statusRows(runs, pgReason),
    },
    {
      title: "Status profile (where planStatus's time goes)",
      method:
        "On the same databases, after the figures above. plan and unit: the real planStatus " +
        "calls through a second Kysely over the same connection or pool that logs each " +
        "query's duration (SQL and driver: rows read into JavaScript objects included), the " +
        "JavaScript by difference, for the whole plan paired per iteration with " +
        "rateMilestones and readStatusFacts called alone on the same milestones; each line is " +
        "its own median, so lines need not add up to the total, and the logging and the " +
        "paired calls make the total slower than the figure above. what-if: the same data " +
        "read in other ways, with existing query functions or SQL in the benchmark, to size " +
        "what a further change to src/ would buy; the last two lines follow an index added " +
        "to milestone_events in the benchmark's own, throwaway database. " +
        `${PROFILE_RUNS.warmup} + ${PROFILE_RUNS.runs} runs each.`,
      columns: ["step", "database", "rows", "runs", "median", "p95"],
      rows: profileRows(runs),
    },
  ];
};
