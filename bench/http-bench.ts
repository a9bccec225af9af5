import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import type { DatabaseConfig } from "../src/db/config.js";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import type { IsoDate } from "../src/domain/iso-date.js";
import type { Plan } from "../src/domain/plan.js";
import { postgresUnavailable, withFreshConfig, type BenchDialect } from "./bench-database.js";
import { formatBytes, type BenchGroup, type BenchRow } from "./bench-group.js";
import { MASTER_SIZES, type MasterSize } from "./master-files.js";
import { dubanServerEnv, startServerProcess, type ServerProcess } from "./server-process.js";
import { DIALECT_NAMES, importMaster, masterBytes } from "./store-bench.js";

/**
 * HTTP load: the real server (`duban serve`, compiled, in a child process)
 * on the 20,000-milestone master, loaded with autocannon from this process
 * through an API token of the unit with the most milestones; and, as the
 * baseline, a bare Fastify server (bare-server.ts, another child) sending
 * the same JSON bodies from memory.
 */

const DIALECTS: readonly BenchDialect[] = ["sqlite", "postgres"];
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DUBAN_BIN = join(ROOT, "bin", "duban.js");
const DUBAN_ENTRY = join(ROOT, "dist", "cli", "entry.js");
const BARE_SERVER = fileURLToPath(new URL("./bare-server.ts", import.meta.url));

/** ≥ 12 characters and no "admin": what bootstrapAdministrator accepts. Hex cannot spell it. */
export const ADMIN_PASSWORD = `Bench-${randomBytes(8).toString("hex")}`;
const STATUSES = ["overdue", "due_soon", "in_progress", "not_started", "done"] as const;
const PAGE_SIZE = 50;

const CONNECTIONS = 10;
const DURATION_S = 10;
const WARMUP_S = 2;
/** Limits from the issue, per database: list p99 and list throughput against the bare server. */
const LIST_P99_MAX_MS = 20;
const LIST_MIN_RATIO = 0.5;

/** The API's unit filter: milestones of the tasks a unit leads, and those naming it in any role. */
const unitMilestoneCounts = (plan: Plan): Map<string, number> => {
  const ids = new Map<string, Set<string>>();
  const add = (unit: string, id: string) => {
    const set = ids.get(unit) ?? new Set<string>();
    set.add(id);
    ids.set(unit, set);
  };
  for (const [t, task] of plan.tasks.entries()) {
    for (const [m, milestone] of task.milestones.entries()) {
      const id = `${t}.${m}`;
      for (const unit of task.leadUnits) add(unit, id);
      for (const { unit } of milestone.responsibilities) add(unit, id);
    }
  }
  return new Map([...ids].map(([unit, set]) => [unit, set.size]));
};

export const busiestUnit = (plan: Plan): { name: string; milestones: number } => {
  const [best] = [...unitMilestoneCounts(plan)].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  if (!best) throw new Error("http: the stress master names no unit");
  return { name: best[0], milestones: best[1] };
};

/** The compiled server is what `duban serve` runs: warn when src/ changed after the last build. */
export const checkBuild = async (): Promise<void> => {
  if (!existsSync(DUBAN_ENTRY)) {
    throw new Error(`http: ${DUBAN_ENTRY} is missing; run \`npm run build\` first`);
  }
  const built = statSync(DUBAN_ENTRY).mtimeMs;
  const files = await readdir(join(ROOT, "src"), { recursive: true });
  for (const file of files) {
    if (!file.endsWith(".ts")) continue;
    if ((await stat(join(ROOT, "src", file))).mtimeMs > built) {
      console.error(`http: src/${file} changed after the last build; the server runs dist/`);
      return;
    }
  }
};

/** Migrates and imports in this process, then closes, so the server starts on a ready database. */
export const prepareDatabase = async (
  config: DatabaseConfig,
  bytes: Uint8Array,
  size: MasterSize = "stress",
): Promise<{ planId: number; plan: Plan }> => {
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
    return await importMaster(db, size, bytes);
  } finally {
    await db.close();
  }
};

const serverEnv = (config: DatabaseConfig, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  dubanServerEnv(config, {
    DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DUBAN_RATE_LIMIT_PER_MINUTE: "0",
    ...extra,
  });

/** `extra`: more of the server's environment, e.g. the reminder job's settings. */
export const startDuban = (
  config: DatabaseConfig,
  extra: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> =>
  startServerProcess({
    name: `duban serve (${DIALECT_NAMES[config.kind]})`,
    args: [
      DUBAN_BIN,
      "serve",
      "--port",
      "0",
      "--no-demo",
      ...(config.kind === "sqlite" ? ["--data", dirname(config.file)] : []),
    ],
    env: serverEnv(config, extra),
    listening: /Duban 督办 listening on (http:\/\/\S+)\r?\n/,
  });

/** The bare server sending the scenario's bodies from memory (written to `dir` for it to read). */
export const startBare = async (
  dir: string,
  scenario: Pick<Scenario, "listBody" | "singleBody">,
): Promise<ServerProcess> => {
  const bodiesFile = join(dir, "bodies.json");
  await writeFile(
    bodiesFile,
    JSON.stringify({ list: scenario.listBody, single: scenario.singleBody }),
  );
  return startServerProcess({
    name: "bare server",
    args: ["--import", "tsx", BARE_SERVER, bodiesFile],
    env: process.env,
    listening: /bare server listening on (http:\/\/\S+)\r?\n/,
  });
};

/** A request that must succeed; its body as text. */
const call = async (url: string, init: RequestInit, expected = 200): Promise<Response> => {
  const response = await fetch(url, init);
  if (response.status !== expected) {
    throw new Error(
      `http: ${init.method ?? "GET"} ${url} answered ${response.status}: ${await response.text()}`,
    );
  }
  return response;
};

/** Logs in as the administrator and issues a token of a unit (unit_staff unless told). */
export const issueToken = async (
  base: string,
  unitName: string,
  role: "unit_staff" | "supervisor" = "unit_staff",
): Promise<{ token: string; unitId: number }> => {
  const login = await call(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: ADMIN_PASSWORD }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("duban_session="));
  if (cookie === undefined) throw new Error("http: logging in set no duban_session cookie");

  const units = (await (await call(`${base}/api/units`, { headers: { cookie } })).json()) as {
    items: { id: number; name: string }[];
  };
  const unitId = units.items.find((u) => u.name === unitName)?.id;
  if (unitId === undefined) throw new Error(`http: the server lists no unit ${unitName}`);

  const issued = await call(
    `${base}/api/tokens`,
    {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify({ name: `bench ${role}`, unitId, role }),
    },
    201,
  );
  const { token } = (await issued.json()) as { token: string };
  return { token, unitId };
};

export interface Scenario {
  readonly headers: Readonly<Record<string, string>>;
  readonly unitName: string;
  /** Milestones of the unit, as the API counts them. */
  readonly unitTotal: number;
  readonly status: string;
  readonly statusTotal: number;
  readonly listPath: string;
  readonly singlePath: string;
  readonly listBody: string;
  readonly singleBody: string;
}

const totalOf = async (url: string, headers: Record<string, string>): Promise<number> =>
  ((await (await call(url, { headers })).json()) as { total: number }).total;

/**
 * The unit's list on a day (by default the middle of the plan's year), for
 * the status it has the most milestones in (so the page is as full as it
 * gets), and the first milestone of that page on its own.
 */
export const chooseScenario = async (
  base: string,
  planId: number,
  plan: Plan,
  /** The day the list is asked as of; null: none given, the server's own day. */
  asOf: IsoDate | null = `${plan.year}-06-30`,
): Promise<Scenario> => {
  const dayParams = asOf === null ? [] : [`asOf=${asOf}`];
  const unit = busiestUnit(plan);
  const { token, unitId } = await issueToken(base, unit.name);
  const headers = { authorization: `Bearer ${token}` };
  const listOf = (status?: string, pageSize = PAGE_SIZE) =>
    `/api/milestones?${[
      `plan=${planId}`,
      `unit=${unitId}`,
      ...(status === undefined ? [] : [`status=${status}`]),
      ...dayParams,
      `pageSize=${pageSize}`,
    ].join("&")}`;

  const unitTotal = await totalOf(base + listOf(undefined, 1), headers);
  if (unitTotal !== unit.milestones) {
    console.error(
      `http: the API counts ${unitTotal} milestones of ${unit.name}, the plan ${unit.milestones}`,
    );
  }
  let best = { status: "", total: 0 };
  for (const status of STATUSES) {
    const total = await totalOf(base + listOf(status, 1), headers);
    if (total > best.total) best = { status, total };
  }
  if (best.total === 0)
    throw new Error(`http: ${unit.name} has no milestones on ${asOf ?? "the server's day"}`);

  const listPath = listOf(best.status);
  const listBody = await (await call(base + listPath, { headers })).text();
  const page = JSON.parse(listBody) as { items: { id: number }[] };
  const expected = Math.min(PAGE_SIZE, best.total);
  const first = page.items[0];
  if (page.items.length !== expected || first === undefined) {
    throw new Error(`http: the list page has ${page.items.length} items, ${expected} expected`);
  }
  const singlePath = `/api/milestones/${first.id}${dayParams.map((param) => `?${param}`).join("")}`;
  const singleBody = await (await call(base + singlePath, { headers })).text();
  return {
    headers,
    unitName: unit.name,
    unitTotal,
    status: best.status,
    statusTotal: best.total,
    listPath,
    singlePath,
    listBody,
    singleBody,
  };
};

export interface Load {
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly requests: number;
}

/** One autocannon run after its warm-up; any error or non-2xx answer fails the group. */
export const load = async (
  server: ServerProcess,
  path: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<Load> => {
  const result: Result = await autocannon({
    url: server.url + path,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
    warmup: { connections: CONNECTIONS, duration: WARMUP_S },
  });
  server.assertRunning();
  if (result.errors > 0 || result.non2xx > 0 || result.requests.total === 0) {
    throw new Error(
      `http: ${path}: ${result.requests.total} requests, ${result.errors} errors, ` +
        `status codes ${JSON.stringify(result.statusCodeStats)}`,
    );
  }
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
  };
};

interface DialectRun {
  readonly scenario: Scenario;
  readonly list: Load;
  readonly single: Load;
  readonly bareList: Load;
  readonly bareSingle: Load;
}

const runDialect = (dialect: BenchDialect, bytes: Uint8Array): Promise<DialectRun> =>
  withFreshConfig(dialect, async (config) => {
    const name = DIALECT_NAMES[dialect];
    console.error(`http: import the stress master into ${name}`);
    const { planId, plan } = await prepareDatabase(config, bytes);
    const duban = await startDuban(config);
    const dir = await mkdtemp(join(tmpdir(), "duban-bench-http-"));
    try {
      const scenario = await chooseScenario(duban.url, planId, plan);
      console.error(
        `http: ${name}: ${scenario.unitName}, ${scenario.statusTotal} ${scenario.status} ` +
          `of ${scenario.unitTotal} milestones`,
      );
      const bare = await startBare(dir, scenario);
      try {
        console.error(`http: ${name}: load the list, a milestone, then the bare server`);
        const list = await load(duban, scenario.listPath, scenario.headers);
        const single = await load(duban, scenario.singlePath, scenario.headers);
        const bareList = await load(bare, scenario.listPath);
        const bareSingle = await load(bare, scenario.singlePath);
        return { scenario, list, single, bareList, bareSingle };
      } finally {
        await bare.stop();
      }
    } finally {
      await duban.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

export const ratioText = (ratio: number): string => `${ratio.toFixed(2)} ×`;

/** autocannon records latency in whole milliseconds. */
export const latencyText = (ms: number): string => (ms < 1 ? "< 1 ms" : `${Math.round(ms)} ms`);

export const loadCells = (run: Load): string[] => [
  String(run.requests),
  latencyText(run.p50),
  latencyText(run.p99),
  run.rps.toFixed(0),
];

const dialectRows = (dialect: BenchDialect, run: DialectRun): BenchRow[] => {
  const database = DIALECT_NAMES[dialect];
  const { scenario: s } = run;
  const listRatio = run.list.rps / run.bareList.rps;
  const singleRatio = run.single.rps / run.bareSingle.rps;
  const listBytes = formatBytes(Buffer.byteLength(s.listBody));
  const singleBytes = formatBytes(Buffer.byteLength(s.singleBody));
  return [
    {
      cells: [
        `list: ${s.unitName}, ${s.status}, page of ${PAGE_SIZE}`,
        database,
        `${Math.min(PAGE_SIZE, s.statusTotal)} of ${s.statusTotal} of ${s.unitTotal}`,
        listBytes,
        ...loadCells(run.list),
        ratioText(listRatio),
      ],
      verdict: {
        target: `p99 < ${LIST_P99_MAX_MS} ms, ≥ ${LIST_MIN_RATIO} × bare`,
        pass: run.list.p99 < LIST_P99_MAX_MS && listRatio >= LIST_MIN_RATIO,
      },
    },
    {
      cells: [
        "one milestone",
        database,
        "1",
        singleBytes,
        ...loadCells(run.single),
        ratioText(singleRatio),
      ],
      verdict: null,
    },
    {
      cells: ["bare: the list's body", database, "—", listBytes, ...loadCells(run.bareList), "1 ×"],
      verdict: null,
    },
    {
      cells: [
        "bare: the milestone's body",
        database,
        "—",
        singleBytes,
        ...loadCells(run.bareSingle),
        "1 ×",
      ],
      verdict: null,
    },
  ];
};

const notRunRow = (reason: string): BenchRow => ({
  // The reason goes into a Markdown table cell: no pipes, no line breaks.
  cells: [
    "list, one milestone, bare",
    DIALECT_NAMES.postgres,
    "—",
    "—",
    "0",
    `not run: ${reason.replace(/[|\r\n]+/g, " ")}`,
    "—",
    "—",
    "—",
  ],
  verdict: null,
});

export const httpGroup = async (): Promise<BenchGroup> => {
  await checkBuild();
  const pgReason = await postgresUnavailable();
  const bytes = await masterBytes("stress");
  const rows: BenchRow[] = [];
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && pgReason !== null) {
      rows.push(notRunRow(pgReason));
      continue;
    }
    rows.push(...dialectRows(dialect, await runDialect(dialect, bytes)));
  }
  return {
    title: "HTTP load (duban serve)",
    method:
      `The stress master (${MASTER_SIZES.stress.milestones.toLocaleString("en-US")} milestones) imported into a fresh ` +
      "SQLite file or PostgreSQL schema (as in the store group), then `duban serve` (dist/, so " +
      "after `npm run build`; request logging at info to a pipe this process drains; rate limit " +
      "off) in a child process, and autocannon in this one. Requests carry a unit_staff API " +
      "token of the unit with the most milestones: its list for one status (the one it has " +
      "most of) on 30 June, one page of 50 (`GET /api/milestones?plan&unit&status&asOf&" +
      "pageSize=50`), and the first milestone of that page (`GET /api/milestones/:id?asOf`). " +
      "Bare: a Fastify server with no logging, plugins or hooks in another child process, " +
      "sending the same bodies from memory on the same paths. Each case: " +
      `${CONNECTIONS} connections, ${WARMUP_S} s warm-up, then ${DURATION_S} s measured; ` +
      "latency of the 2xx answers (1 ms resolution), req/s the mean of 1 s samples; × bare is " +
      "req/s over the bare server's for the same body in the same run. Load generator, server " +
      "and PostgreSQL share the machine's cores.",
    columns: [
      "case",
      "database",
      "milestones",
      "body",
      "requests",
      "p50",
      "p99",
      "req/s",
      "× bare",
    ],
    rows,
  };
};
