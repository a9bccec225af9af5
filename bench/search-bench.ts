import type { Database } from "../src/db/database.js";
import { findUnitByName } from "../src/db/queries/units.js";
import { userActor, type Actor } from "../src/policies/actor.js";
import { reindexSearch, search } from "../src/services/search.js";
import { postgresUnavailable, withFreshDatabase, type BenchDialect } from "./bench-database.js";
import { formatMs, type BenchGroup, type BenchRow } from "./bench-group.js";
import { busiestUnit } from "./http-bench.js";
import { timeWarm, type Timing } from "./measure.js";
import { generateProvince, PROVINCE, SMALL_PROVINCE } from "./province.js";
import { askedSizes, DIALECTS, type ScaleSize } from "./scale-bench.js";
import { DIALECT_NAMES } from "./store-bench.js";

/**
 * `npm run bench -- search`: the search box's requests (GET /api/search's
 * service, 20 results and the totals per kind) over the generated province
 * with its year of reports, as the office and as the unit with the most
 * milestones, on both databases. `DUBAN_BENCH_SIZES=city` runs the city only.
 */

const SIZES = { city: SMALL_PROVINCE, province: PROVINCE } as const;
const ZONE = "Asia/Shanghai";
const RUNS = { warmup: 2, runs: 20 };
const TARGET_P95_MS = 50;

interface Viewer {
  readonly label: string;
  readonly actor: Actor;
}

/** A typical query of each shape: what someone types into the header's box. */
const queriesOf = (unitName: string, taskNo: number): readonly { label: string; q: string }[] => [
  { label: "1 character", q: "推" },
  { label: "2 characters", q: "督导" },
  { label: "3+ characters", q: "专项督导检查" },
  { label: "序号", q: String(taskNo) },
  { label: "milestone 序号", q: `${taskNo}（2）` },
  { label: "unit name", q: unitName },
  { label: "report phrase", q: "优化营商环境" },
];

/** An account of a role (in a unit), as the generated province made them. */
const accountOf = async (
  db: Database,
  role: "supervisor" | "unit_staff",
  unitId?: number,
): Promise<Actor> => {
  const row = await db.kysely
    .selectFrom("users")
    .select(["id", "username", "unit_id", "role"])
    .where("role", "=", role)
    .$if(unitId !== undefined, (q) => q.where("unit_id", "=", unitId ?? -1))
    .orderBy("id")
    .executeTakeFirst();
  if (row === undefined) throw new Error(`search bench: no ${role} account`);
  return userActor({ id: row.id, username: row.username, unitId: row.unit_id, role: row.role });
};

interface SearchRun {
  readonly size: ScaleSize;
  readonly dialect: BenchDialect;
  readonly reindexMs: number;
  readonly entries: number;
  readonly timings: readonly {
    readonly viewer: string;
    readonly query: string;
    readonly q: string;
    readonly timing: Timing;
  }[];
}

const runSearch = (dialect: BenchDialect, size: ScaleSize): Promise<SearchRun> =>
  withFreshDatabase(dialect, async (db) => {
    console.error(`search: generate the ${size} in ${DIALECT_NAMES[dialect]}`);
    const data = await generateProvince(db, SIZES[size], SIZES[size].master.seed);
    // The generated year is written around the services (status-fixture.ts): index it whole.
    const started = performance.now();
    const entries = await reindexSearch(db);
    const reindexMs = performance.now() - started;
    const unitName = busiestUnit(data.plan).name;
    const unitId = (await findUnitByName(db.kysely, unitName))?.id;
    if (unitId === undefined) throw new Error(`search bench: no unit ${unitName}`);
    const viewers: Viewer[] = [
      { label: "office", actor: await accountOf(db, "supervisor") },
      { label: `unit (${unitName})`, actor: await accountOf(db, "unit_staff", unitId) },
    ];
    // A task with a second milestone, so that "N（2）" names one.
    const taskNo =
      data.plan.tasks.find((task) => task.no !== null && task.milestones.length >= 2)?.no ?? 1;
    const timings = [];
    for (const viewer of viewers) {
      for (const { label, q } of queriesOf(unitName, taskNo)) {
        console.error(`search: ${size}, ${DIALECT_NAMES[dialect]}, ${viewer.label}: ${label}`);
        const timing = await timeWarm(() => search(db, viewer.actor, { q }, ZONE), RUNS);
        timings.push({ viewer: viewer.label, query: label, q, timing });
      }
    }
    return { size, dialect, reindexMs, entries, timings };
  });

const rowsOf = (run: SearchRun): BenchRow[] => [
  {
    cells: [
      run.size,
      DIALECT_NAMES[run.dialect],
      "—",
      `reindex (${run.entries.toLocaleString("en")} entries)`,
      formatMs(run.reindexMs),
      "",
    ],
    verdict: null,
  },
  ...run.timings.map(({ viewer, query, q, timing }) => ({
    cells: [
      run.size,
      DIALECT_NAMES[run.dialect],
      viewer,
      `${query}: ${q}`,
      formatMs(timing.median),
      formatMs(timing.p95),
    ],
    verdict: { target: `p95 < ${TARGET_P95_MS} ms`, pass: timing.p95 < TARGET_P95_MS },
  })),
];

export const searchGroup = async (): Promise<BenchGroup> => {
  const pgReason = await postgresUnavailable();
  const rows: BenchRow[] = [];
  for (const size of askedSizes()) {
    for (const dialect of DIALECTS) {
      if (dialect === "postgres" && pgReason !== null) {
        rows.push({
          cells: [size, DIALECT_NAMES.postgres, "—", `not run: ${pgReason}`, "", ""],
          verdict: null,
        });
        continue;
      }
      rows.push(...rowsOf(await runSearch(dialect, size)));
    }
  }
  return {
    title: "Search",
    method:
      "bench/province.ts generates each size into a fresh SQLite file or PostgreSQL schema (the " +
      "city: 2,000 milestones; the province: 50,000 milestones, 600 units, a year of monthly " +
      "reports, 600 instructions), then `search --reindex` builds the index from it (the " +
      "generated year is written around the services). Each query is the search service as " +
      `GET /api/search calls it (20 results, totals per kind), ${RUNS.warmup} + ${RUNS.runs} ` +
      "runs in this process, as a supervisor (every plan) and as a unit_staff account of the " +
      "unit with the most milestones (narrowed by the access module in SQL). Queries: one and " +
      "two characters (scanned: trigram indexes need three), three and more (SQLite FTS5 " +
      "trigram, PostgreSQL pg_trgm GIN), a task's 序号 and a milestone's, a unit's name, a " +
      "phrase of the generated reports.",
    columns: ["size", "database", "viewer", "query", "median", "p95"],
    rows,
  };
};
