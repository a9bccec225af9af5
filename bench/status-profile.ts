import { Kysely, PostgresDialect, SqliteDialect, sql, type LogEvent } from "kysely";
import type { Database } from "../src/db/database.js";
import { readLedger } from "../src/db/queries/milestone-ledger.js";
import {
  findMilestoneKeys,
  findMilestoneRows,
  unitsOfMilestoneVersions,
} from "../src/db/queries/milestone-rows.js";
import { milestoneVersionIdsOf } from "../src/db/queries/milestone-scope.js";
import { readPlanSettings } from "../src/db/queries/plan-settings.js";
import { unitAndGroupIds } from "../src/db/queries/units.js";
import type { Schema } from "../src/db/schema.js";
import type { IsoDate } from "../src/domain/iso-date.js";
import { STATUS_KINDS } from "../src/domain/milestone-ledger.js";
import { lastDuePeriod } from "../src/domain/report-cycle.js";
import { shellActor } from "../src/policies/actor.js";
import { planStatus } from "../src/services/plan-status.js";
import { rateMilestones } from "../src/services/status-as-of.js";
import { timeWarm, type Timing } from "./measure.js";

/**
 * Where planStatus's time goes: the real call run through a Kysely that
 * logs every query's duration (SQL and driver, rows read into JS included),
 * the JavaScript around them by difference, and, to say what a change to
 * src/ would buy, the same data read in other ways. Nothing here changes
 * src/; the last what-if adds a table to the benchmark's own database.
 */

export interface ProfileLine {
  readonly step: string;
  /** Rows the step reads, when it is one query or one call. */
  readonly rows: number | null;
  readonly timing: Timing;
}

const ACTOR = shellActor("bench");

/** Median and p95 (nearest rank) of samples, as `timeWarm` gives them. */
export const summarize = (samples: readonly number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  const runs = sorted.length;
  const middle = Math.floor(runs / 2);
  const median =
    runs % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  const p95 = sorted[Math.min(runs - 1, Math.max(0, Math.ceil(0.95 * runs) - 1))] ?? NaN;
  return { runs, median, p95 };
};

/** What each query of planStatus is, told by the tables it reads. */
const QUERY_NAMES: ReadonlyMap<string, string> = new Map([
  ["milestone_events", "ledger (readLedger)"],
  ["milestone_versions+milestones+task_versions+tasks", "milestone rows (findMilestoneRows)"],
  ["milestone_units+units", "units of the milestones (unitsOfMilestoneVersions)"],
  ["milestone_units+milestone_versions", "milestones naming the unit (milestoneVersionIdsOf)"],
  [
    "task_units+task_versions+milestone_versions",
    "milestones of tasks the unit leads (milestoneVersionIdsOf)",
  ],
]);
const OTHER = "other queries (plan, settings, start day, unit names, groups)";

const queryName = (text: string): string => {
  const tables = [...text.matchAll(/\b(?:from|join) "(\w+)"/g)].map((m) => m[1]);
  return QUERY_NAMES.get([...new Set(tables)].join("+")) ?? OTHER;
};

interface Recorder {
  readonly db: Database;
  /** Runs `work` and returns its wall time and the time of its queries by name. */
  readonly record: (work: (db: Database) => Promise<unknown>) => Promise<Recorded>;
}

interface Recorded {
  readonly ms: number;
  readonly queries: ReadonlyMap<string, { ms: number; count: number }>;
  readonly sqlMs: number;
}

/**
 * The database with a second Kysely over the same connection (SQLite) or
 * pool (PostgreSQL) that logs queries. It is never destroyed: that would
 * close the connection the benchmark's own Kysely shares.
 */
const recorder = (db: Database): Recorder => {
  let sink: { name: string; ms: number }[] = [];
  const log = (event: LogEvent): void => {
    sink.push({ name: queryName(event.query.sql), ms: event.queryDurationMillis });
  };
  const logged: Database =
    db.dialect === "sqlite"
      ? {
          ...db,
          kysely: new Kysely<Schema>({ dialect: new SqliteDialect({ database: db.sqlite }), log }),
        }
      : {
          ...db,
          kysely: new Kysely<Schema>({ dialect: new PostgresDialect({ pool: db.pool }), log }),
        };
  return {
    db: logged,
    record: async (work) => {
      sink = [];
      const start = performance.now();
      await work(logged);
      const ms = performance.now() - start;
      const queries = new Map<string, { ms: number; count: number }>();
      for (const { name, ms: queryMs } of sink) {
        const sum = queries.get(name) ?? { ms: 0, count: 0 };
        queries.set(name, { ms: sum.ms + queryMs, count: sum.count + 1 });
      }
      return { ms, queries, sqlMs: sink.reduce((total, q) => total + q.ms, 0) };
    },
  };
};

const repeat = async <T>(
  { warmup, runs }: { warmup: number; runs: number },
  run: () => Promise<T>,
): Promise<T[]> => {
  for (let i = 0; i < warmup; i += 1) await run();
  const results: T[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await run());
  return results;
};

export interface ProfileInput {
  readonly db: Database;
  readonly planId: number;
  readonly asOf: IsoDate;
  readonly unitId: number;
  readonly runs: { readonly warmup: number; readonly runs: number };
}

export interface StatusProfile {
  readonly plan: readonly ProfileLine[];
  readonly unit: readonly ProfileLine[];
  readonly whatIf: readonly ProfileLine[];
}

const queryLines = (
  recorded: readonly Recorded[],
  rows: ReadonlyMap<string, number>,
): ProfileLine[] => {
  const names = [...new Set(recorded.flatMap((r) => [...r.queries.keys()]))].sort((a, b) =>
    a === OTHER ? 1 : b === OTHER ? -1 : 0,
  );
  return names.map((name) => {
    const count = recorded[0]?.queries.get(name)?.count ?? 0;
    return {
      step: `SQL + driver: ${name}${count > 1 ? `, ${count} queries` : ""}`,
      rows: rows.get(name) ?? null,
      timing: summarize(recorded.map((r) => r.queries.get(name)?.ms ?? 0)),
    };
  });
};

/** planStatus for the whole plan and for one unit, query by query, and the JavaScript between. */
const profileCalls = async (
  input: ProfileInput,
): Promise<{ plan: ProfileLine[]; unit: ProfileLine[] }> => {
  const { db, planId, asOf, unitId } = input;
  const rec = recorder(db);

  const rows = await findMilestoneRows(db.kysely, { planId });
  const ids = rows.map((r) => r.id);
  const ledgerRows = (await readLedger(db.kysely, ids, { upTo: asOf, kinds: STATUS_KINDS })).length;
  let unitRows = 0;
  for (const list of (
    await unitsOfMilestoneVersions(
      db.kysely,
      rows.map((r) => r.versionId),
    )
  ).values()) {
    unitRows += list.length;
  }
  const rowCounts = new Map([
    ["milestone rows (findMilestoneRows)", rows.length],
    ["ledger (readLedger)", ledgerRows],
    ["units of the milestones (unitsOfMilestoneVersions)", unitRows],
  ]);

  // The same iteration times planStatus, rateMilestones and readLedger, so their differences pair up.
  const samples = await repeat(input.runs, async () => {
    const status = await rec.record((logged) => planStatus(logged, ACTOR, { planId, asOf }));
    const rate = await rec.record((logged) => rateMilestones(logged.kysely, rows, asOf));
    const ledger = await rec.record((logged) =>
      readLedger(logged.kysely, ids, { upTo: asOf, kinds: STATUS_KINDS }),
    );
    return { status, rate, ledger };
  });
  const jsOf = (r: Recorded): number => r.ms - r.sqlMs;
  const plan: ProfileLine[] = [
    {
      step: "planStatus, whole plan (through the logging Kysely)",
      rows: rows.length,
      timing: summarize(samples.map((s) => s.status.ms)),
    },
    ...queryLines(
      samples.map((s) => s.status),
      rowCounts,
    ),
    {
      step: "JS: ledger rows to entries (readLedger's JSON.parse of every payload, spread)",
      rows: ledgerRows,
      timing: summarize(samples.map((s) => jsOf(s.ledger))),
    },
    {
      step: "JS: the status fold (rateMilestones: entries by milestone, reportMissing, statusAsOf)",
      rows: rows.length,
      timing: summarize(samples.map((s) => jsOf(s.rate) - jsOf(s.ledger))),
    },
    {
      step: "JS: the rest of planStatus (sort, lines, roll-ups by task and by unit)",
      rows: null,
      timing: summarize(samples.map((s) => jsOf(s.status) - jsOf(s.rate))),
    },
  ];

  const unitSamples = await repeat(input.runs, () =>
    rec.record((logged) => planStatus(logged, ACTOR, { planId, asOf, unit: unitId })),
  );
  const unitQueries = [...QUERY_NAMES.values()].filter((name) => name.includes("the unit"));
  const unit: ProfileLine[] = [
    {
      step: "planStatus, one unit (through the logging Kysely)",
      rows: null,
      timing: summarize(unitSamples.map((s) => s.ms)),
    },
    ...queryLines(unitSamples, rowCounts),
    {
      step: "everything but the unit's own queries: the whole plan's work, as above",
      rows: null,
      timing: summarize(
        unitSamples.map(
          (s) => s.ms - unitQueries.reduce((sum, name) => sum + (s.queries.get(name)?.ms ?? 0), 0),
        ),
      ),
    },
  ];
  return { plan, unit };
};

/** The official-report flag read in SQL, on each database. */
const officialFlag = (db: Database) =>
  db.dialect === "sqlite"
    ? sql<boolean>`json_extract(payload_json, '$.official') = 1`
    : sql<boolean>`(payload_json::jsonb ->> 'official') = 'true'`;

interface ReportAggregate {
  readonly milestone_id: number;
  readonly reports: number | string;
  readonly in_period: number | string;
}

/**
 * What status needs of the ledger, asked in SQL: per milestone, whether an
 * official report was made by the day and whether one falls in the period
 * last due; then the few completions and extensions in full.
 */
const aggregateLedger = async (
  db: Database,
  planId: number,
  asOf: IsoDate,
  table: "milestone_events" | "bench_status_ledger",
): Promise<number> => {
  const settings = (await readPlanSettings(db.kysely, [planId])).get(planId)?.settings;
  const cycle = settings?.reportCycle ?? { every: "month", day: 25 };
  const period = lastDuePeriod(cycle, asOf);
  const official = table === "milestone_events" ? sql`and ${officialFlag(db)}` : sql``;
  const reports = await sql<ReportAggregate>`
    select milestone_id, count(*) as reports,
      sum(case when effective_on between ${period.from} and ${period.due} then 1 else 0 end) as in_period
    from ${sql.table(table)}
    where plan_id = ${planId} and kind = 'reported' and effective_on <= ${asOf} ${official}
    group by milestone_id`.execute(db.kysely);
  const decisions = await db.kysely
    .selectFrom("milestone_events")
    .select(["milestone_id", "kind", "effective_on", "payload_json"])
    .where("plan_id", "=", planId)
    .where("kind", "in", ["completion_accepted", "extension_approved"])
    .where("effective_on", "<=", asOf)
    .orderBy("effective_on")
    .orderBy("id")
    .execute();
  for (const row of decisions) JSON.parse(row.payload_json);
  return reports.rows.length + decisions.length;
};

/**
 * A copy of the ledger's status columns in which a cooperating unit's input
 * is a kind of its own, with an index that answers the aggregate alone: what
 * a migration could do to milestone_events. Added to the benchmark's own,
 * throwaway database only.
 */
const createAlternativeLedger = async (db: Database): Promise<void> => {
  await sql`
    create table bench_status_ledger as
    select milestone_id, plan_id,
      case when kind = 'reported' and not (${officialFlag(db)}) then 'input' else kind end as kind,
      effective_on
    from milestone_events`.execute(db.kysely);
  await sql`
    create index bench_status_ledger_cover
    on bench_status_ledger (plan_id, kind, milestone_id, effective_on)`.execute(db.kysely);
  await sql`analyze bench_status_ledger`.execute(db.kysely);
};

/** The same data read other ways: what each change to src/ would buy. */
const profileWhatIf = async (input: ProfileInput): Promise<ProfileLine[]> => {
  const { db, planId, asOf, unitId } = input;
  const lines: ProfileLine[] = [];
  const time = async (step: string, run: () => Promise<number>): Promise<void> => {
    const rows = await run();
    lines.push({ step, rows, timing: await timeWarm(run, input.runs) });
  };

  const rows = await findMilestoneRows(db.kysely, { planId });
  const ids = rows.map((r) => r.id);
  await time("as now: readLedger of the plan's 20,000 milestone ids, every column", async () => {
    return (await readLedger(db.kysely, ids, { upTo: asOf, kinds: STATUS_KINDS })).length;
  });
  await time("ledger by plan_id (its index) instead of 20,000 ids, every column", async () => {
    const found = await db.kysely
      .selectFrom("milestone_events")
      .selectAll()
      .where("plan_id", "=", planId)
      .where("kind", "in", STATUS_KINDS)
      .where("effective_on", "<=", asOf)
      .orderBy("effective_on")
      .orderBy("id")
      .execute();
    for (const row of found) JSON.parse(row.payload_json);
    return found.length;
  });
  await time("ledger by plan_id, without the payload (no report texts)", async () => {
    const found = await db.kysely
      .selectFrom("milestone_events")
      .select(["milestone_id", "kind", "effective_on"])
      .where("plan_id", "=", planId)
      .where("kind", "in", STATUS_KINDS)
      .where("effective_on", "<=", asOf)
      .execute();
    return found.length;
  });
  await time(
    "ledger aggregated in SQL per milestone (official flag read from the JSON) + decisions",
    () => aggregateLedger(db, planId, asOf, "milestone_events"),
  );
  await createAlternativeLedger(db);
  await time(
    "same, if inputs had a kind of their own and an index (plan_id, kind, milestone_id, effective_on)",
    () => aggregateLedger(db, planId, asOf, "bench_status_ledger"),
  );
  await time(
    "as now: units of the plan's milestones (unitsOfMilestoneVersions, 20,000 ids)",
    async () => {
      let found = 0;
      for (const list of (
        await unitsOfMilestoneVersions(
          db.kysely,
          rows.map((r) => r.versionId),
        )
      ).values()) {
        found += list.length;
      }
      return found;
    },
  );
  await time(
    "units of the plan's milestones by plan_id, ids and roles only (names from the 200 units)",
    async () => {
      const found = await db.kysely
        .selectFrom("milestone_units as mu")
        .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
        .select(["mu.milestone_version_id", "mu.unit_id", "mu.role"])
        .where("mv.plan_id", "=", planId)
        .where("mv.valid_to", "is", null)
        .execute();
      return found.length;
    },
  );
  await time("as now: milestone rows of the plan (findMilestoneRows, with texts)", async () => {
    return (await findMilestoneRows(db.kysely, { planId })).length;
  });
  await time("milestone keys of the plan only (findMilestoneKeys, no texts)", async () => {
    return (await findMilestoneKeys(db.kysely, { planId })).length;
  });
  await time(
    "one unit, its milestones only: scope → rows → rateMilestones → units (existing functions)",
    async () => {
      const unitIds = await unitAndGroupIds(db.kysely, unitId);
      const scoped = await milestoneVersionIdsOf(db.kysely, {
        unitIds,
        planId,
        withLedTasks: true,
      });
      await milestoneVersionIdsOf(db.kysely, { unitIds, planId, role: "lead", withLedTasks: true });
      const own = await findMilestoneRows(db.kysely, {
        planId,
        ids: { of: "version", values: scoped.map((m) => m.versionId) },
      });
      await rateMilestones(db.kysely, own, asOf);
      await unitsOfMilestoneVersions(
        db.kysely,
        own.map((r) => r.versionId),
      );
      return own.length;
    },
  );
  return lines;
};

export const profileStatus = async (input: ProfileInput): Promise<StatusProfile> => {
  const { plan, unit } = await profileCalls(input);
  return { plan, unit, whatIf: await profileWhatIf(input) };
};
