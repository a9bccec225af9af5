import { sql } from "kysely";
import type { Database } from "../src/db/database.js";
import { readStatusFacts } from "../src/db/queries/milestone-ledger.js";
import {
  findMilestoneKeys,
  taskHeadsOf,
  unitRolesOf,
  type MilestoneKey,
} from "../src/db/queries/milestone-rows.js";
import { readPlanSettings } from "../src/db/queries/plan-settings.js";
import { reachOfUnit } from "../src/db/queries/access.js";
import type { IsoDate } from "../src/domain/iso-date.js";
import { DATED_KINDS, DAY_ONLY_KINDS } from "../src/domain/milestone-ledger.js";
import { lastDuePeriod } from "../src/domain/report-cycle.js";
import { shellActor } from "../src/policies/actor.js";
import { planStatus } from "../src/services/plan-status.js";
import { rateMilestones } from "../src/services/status-as-of.js";
import { timeWarm, type Timing } from "./measure.js";
import { statementLog } from "./statement-log.js";

/**
 * Where planStatus's time goes: the real call run through a Kysely that
 * logs every query's duration (SQL and driver, rows read into JS included),
 * the JavaScript around them by difference, and, to say what a further
 * change to src/ would buy, the same data read in other ways. Nothing here
 * changes src/; the last what-if adds an index to the benchmark's own,
 * throwaway database.
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

const FACTS_DAYS = "ledger: days of reports and acknowledgements (readStatusFacts)";
const FACTS_DATED = "ledger: accepted completions, approved extensions (readStatusFacts)";
const KEYS = "milestone keys (findMilestoneKeys)";
const ROLES = "unit roles of the whole plan (unitRolesOf by plan)";
const ROLES_OWN = "unit roles of its own milestones (unitRolesOf by version ids)";
const TITLES = "task numbers and titles of the whole plan (taskHeadsOf by plan)";
const NAMING = "milestones naming the unit";
const LED_TASKS = "milestones of tasks the unit leads";
const OTHER = "other queries (plan, settings, calendar, start day, unit names, groups)";
const ORDER = [KEYS, FACTS_DAYS, FACTS_DATED, ROLES, ROLES_OWN, TITLES, NAMING, LED_TASKS, OTHER];

/** What a query of planStatus is, told by the tables it reads and, where two share them, its text. */
const queryName = (text: string): string => {
  const tables = [...new Set([...text.matchAll(/\b(?:from|join) "(\w+)"/g)].map((m) => m[1]))].join(
    "+",
  );
  switch (tables) {
    case "milestone_events":
      return text.includes('"payload_json"') ? FACTS_DATED : FACTS_DAYS;
    case "milestone_versions+milestones+task_versions+tasks":
      return KEYS;
    case "milestone_units+milestone_versions":
      return /"unit_id" in/.test(text) ? NAMING : /"id" in/.test(text) ? ROLES_OWN : ROLES;
    case "task_units+task_versions+milestone_versions":
      return LED_TASKS;
    case "task_versions+tasks":
      return TITLES;
    default:
      return OTHER;
  }
};

interface Recorder {
  /** Runs `work` and returns its wall time and the time of its queries by name. */
  readonly record: (work: (db: Database) => Promise<unknown>) => Promise<Recorded>;
}

interface Recorded {
  readonly ms: number;
  readonly queries: ReadonlyMap<string, { ms: number; count: number }>;
  readonly sqlMs: number;
}

/** Runs through the logging Kysely of statement-log.ts, its queries named by queryName. */
const recorder = (db: Database): Recorder => {
  const log = statementLog(db);
  return {
    record: async (work) => {
      log.take();
      const start = performance.now();
      await work(log.db);
      const ms = performance.now() - start;
      const logged = log.take();
      const queries = new Map<string, { ms: number; count: number }>();
      for (const { sql: text, ms: queryMs } of logged) {
        const name = queryName(text);
        const sum = queries.get(name) ?? { ms: 0, count: 0 };
        queries.set(name, { ms: sum.ms + queryMs, count: sum.count + 1 });
      }
      return { ms, queries, sqlMs: logged.reduce((total, q) => total + q.ms, 0) };
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
  const names = [...new Set(recorded.flatMap((r) => [...r.queries.keys()]))].sort(
    (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
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

/** The whole plan, or some of its milestones (a unit's). */
type Scope = { readonly planId: number } | { readonly keys: readonly MilestoneKey[] };

const rolesFound = async (
  db: Database,
  scope: Parameters<typeof unitRolesOf>[1],
): Promise<number> => {
  let found = 0;
  for (const list of (await unitRolesOf(db.kysely, scope)).values()) found += list.length;
  return found;
};

/** The rows each query reads, by the same functions planStatus calls with the same scope. */
const rowCounts = async (
  db: Database,
  planId: number,
  asOf: IsoDate,
  keys: number,
  scope: Scope,
): Promise<Map<string, number>> => {
  const facts = await readStatusFacts(
    db.kysely,
    "planId" in scope ? { planIds: [planId] } : { milestoneIds: scope.keys.map((r) => r.id) },
    asOf,
  );
  const dated = facts.filter((f) => DATED_KINDS.includes(f.kind)).length;
  return new Map([
    [KEYS, keys],
    [FACTS_DAYS, facts.length - dated],
    [FACTS_DATED, dated],
    "planId" in scope
      ? [ROLES, await rolesFound(db, { planId })]
      : [ROLES_OWN, await rolesFound(db, { versionIds: scope.keys.map((r) => r.versionId) })],
    [TITLES, (await taskHeadsOf(db.kysely, { planId })).size],
  ]);
};

/** The unit's milestones as planStatus finds them: named on them or leading their tasks. */
const unitScope = async (db: Database, planId: number, unitId: number) => {
  return findMilestoneKeys(db.kysely, {
    planId,
    responsible: await reachOfUnit(db.kysely, unitId),
  });
};

const jsOf = (r: Recorded): number => r.ms - r.sqlMs;

/** planStatus for the whole plan and for one unit, query by query, and the JavaScript between. */
const profileCalls = async (
  input: ProfileInput,
): Promise<{ plan: ProfileLine[]; unit: ProfileLine[] }> => {
  const { db, planId, asOf, unitId } = input;
  const rec = recorder(db);

  const rows = await findMilestoneKeys(db.kysely, { planId });
  const planCounts = await rowCounts(db, planId, asOf, rows.length, { planId });

  // The same iteration times planStatus, rateMilestones and readStatusFacts, so their differences pair up.
  const samples = await repeat(input.runs, async () => {
    const status = await rec.record((logged) => planStatus(logged, ACTOR, { planId, asOf }));
    const rate = await rec.record((logged) => rateMilestones(logged.kysely, rows, asOf));
    const facts = await rec.record((logged) =>
      readStatusFacts(logged.kysely, { planIds: [planId] }, asOf),
    );
    return { status, rate, facts };
  });
  const plan: ProfileLine[] = [
    {
      step: "planStatus, whole plan (through the logging Kysely)",
      rows: rows.length,
      timing: summarize(samples.map((s) => s.status.ms)),
    },
    ...queryLines(
      samples.map((s) => s.status),
      planCounts,
    ),
    {
      step: "JS: rows to facts (readStatusFacts; JSON.parse of the dated payloads only)",
      rows: (planCounts.get(FACTS_DAYS) ?? 0) + (planCounts.get(FACTS_DATED) ?? 0),
      timing: summarize(samples.map((s) => jsOf(s.facts))),
    },
    {
      step: "JS: the status fold (rateMilestones: facts by milestone, owesReport, statusAsOf)",
      rows: rows.length,
      timing: summarize(samples.map((s) => jsOf(s.rate) - jsOf(s.facts))),
    },
    {
      step: "JS: the rest of planStatus (sort, lines, roll-ups by task and by unit)",
      rows: null,
      timing: summarize(samples.map((s) => jsOf(s.status) - jsOf(s.rate))),
    },
  ];

  const own = await unitScope(db, planId, unitId);
  const unitCounts = await rowCounts(db, planId, asOf, own.length, { keys: own });
  const unitSamples = await repeat(input.runs, () =>
    rec.record((logged) => planStatus(logged, ACTOR, { planId, asOf, unit: unitId })),
  );
  const unit: ProfileLine[] = [
    {
      step: "planStatus, one unit (through the logging Kysely)",
      rows: own.length,
      timing: summarize(unitSamples.map((s) => s.ms)),
    },
    ...queryLines(unitSamples, unitCounts),
    {
      step: "JS: everything between the queries, by difference",
      rows: null,
      timing: summarize(unitSamples.map(jsOf)),
    },
  ];
  return { plan, unit };
};

interface LedgerAggregate {
  readonly milestone_id: number;
  readonly reported: number | string;
  readonly in_period: number | string;
  readonly acknowledged_on: string | null;
}

/**
 * What the fold needs of the day-only rows, asked in SQL: per milestone,
 * whether the lead reported by the day, whether a report falls in the
 * period last due, the first acknowledgement; then the dated rows as
 * readStatusFacts reads them. Rows read into JavaScript only, no fold.
 */
const aggregateLedger = async (db: Database, planId: number, asOf: IsoDate): Promise<number> => {
  const settings = (await readPlanSettings(db.kysely, [planId])).get(planId)?.settings;
  const period = lastDuePeriod(settings?.reportCycle ?? { every: "month", day: 25 }, asOf);
  const perMilestone = await sql<LedgerAggregate>`
    select milestone_id,
      max(case when kind = 'reported' then 1 else 0 end) as reported,
      sum(case when kind = 'reported' and effective_on between ${period.from} and ${period.due}
        then 1 else 0 end) as in_period,
      min(case when kind = 'acknowledged' then effective_on end) as acknowledged_on
    from milestone_events
    where plan_id = ${planId} and kind in (${sql.join(DAY_ONLY_KINDS)}) and effective_on <= ${asOf}
    group by milestone_id`.execute(db.kysely);
  const dated = await db.kysely
    .selectFrom("milestone_events")
    .select(["milestone_id", "kind", "effective_on", "payload_json"])
    .where("plan_id", "=", planId)
    .where("kind", "in", DATED_KINDS)
    .where("effective_on", "<=", asOf)
    .execute();
  for (const row of dated) JSON.parse(row.payload_json);
  return perMilestone.rows.length + dated.length;
};

/** The same data read other ways: what a further change to src/ would buy. */
const profileWhatIf = async (input: ProfileInput): Promise<ProfileLine[]> => {
  const { db, planId, asOf, unitId } = input;
  const lines: ProfileLine[] = [];
  const time = async (step: string, run: () => Promise<number>): Promise<void> => {
    const rows = await run();
    lines.push({ step, rows, timing: await timeWarm(run, input.runs) });
  };

  const own = await unitScope(db, planId, unitId);
  const ownVersions = own.map((r) => r.versionId);
  await time("one unit, before: unit roles of the whole plan (unitRolesOf by plan)", () =>
    rolesFound(db, { planId }),
  );
  await time(
    `one unit, now: unit roles of its ${own.length} milestones only (unitRolesOf by version ids)`,
    () => rolesFound(db, { versionIds: ownVersions }),
  );
  await time(
    "one unit: its queries as now, less the whole plan's task titles (no titles, no roll-ups)",
    async () => {
      const scoped = await unitScope(db, planId, unitId);
      const reach = await reachOfUnit(db.kysely, unitId);
      await findMilestoneKeys(db.kysely, { planId, responsible: { ...reach, role: "lead" } });
      await rateMilestones(db.kysely, scoped, asOf);
      await unitRolesOf(db.kysely, { versionIds: scoped.map((r) => r.versionId) });
      return scoped.length;
    },
  );

  const facts = async () => (await readStatusFacts(db.kysely, { planIds: [planId] }, asOf)).length;
  const aggregate = () => aggregateLedger(db, planId, asOf);
  await time("whole plan, as now: readStatusFacts by plan (rows, before the fold)", facts);
  await time(
    "whole plan: the same aggregated per milestone in SQL (reported, in the period, acknowledged) + dated rows",
    aggregate,
  );
  await sql`
    create index bench_events_status_cover
    on milestone_events (plan_id, kind, effective_on, milestone_id)`.execute(db.kysely);
  await sql`analyze milestone_events`.execute(db.kysely);
  await time(
    "whole plan: readStatusFacts by plan, with an index (plan_id, kind, effective_on, milestone_id)",
    facts,
  );
  await time("whole plan: aggregated in SQL, with that index", aggregate);
  return lines;
};

export const profileStatus = async (input: ProfileInput): Promise<StatusProfile> => {
  const { plan, unit } = await profileCalls(input);
  return { plan, unit, whatIf: await profileWhatIf(input) };
};
