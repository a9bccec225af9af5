import diagnostics from "node:diagnostics_channel";
import type { AddressInfo } from "node:net";
import type { FastifyInstance, FastifyReply } from "fastify";
import { openDatabase, type Database } from "../src/db/database.js";
import type { IsoDate } from "../src/domain/iso-date.js";
import { MILESTONE_STATUSES, type MilestoneStatus } from "../src/domain/milestone-status.js";
import { shellActor, type Actor } from "../src/policies/actor.js";
import { buildApp } from "../src/server/build-app.js";
import { DEFAULT_SERVER_SETTINGS } from "../src/server/server-settings.js";
import { authenticateApiToken } from "../src/services/auth/authenticate.js";
import { OFFICE_UNIT } from "../src/services/bootstrap-administrator.js";
import { listMilestones } from "../src/services/milestones.js";
import { planStatus } from "../src/services/plan-status.js";
import { findUnitByName } from "../src/db/queries/units.js";
import { postgresUnavailable, withFreshConfig, type BenchDialect } from "./bench-database.js";
import { formatBytes, formatMs, median, type BenchGroup, type BenchRow } from "./bench-group.js";
import { chooseScenario, issueToken, type Scenario } from "./http-bench.js";
import { askedSizes, DIALECTS, generateSize, type ScaleSize } from "./scale-bench.js";
import { statementLog, type LoggedStatement, type StatementLog } from "./statement-log.js";
import { DIALECT_NAMES } from "./store-bench.js";
import { medianRemainder, statementParts, statementsMs, type SplitPart } from "./time-split.js";

/**
 * Where the time of the scale group's requests goes, on the same generated
 * city and province (scale-bench.ts generates them): the unit's list and the
 * dashboard's request, each through the service call alone and through the
 * HTTP application in this process, and planStatus of the whole plan with its
 * lines; each split into its SQL statements, the JavaScript between them, the
 * response's serialization and the rest of the HTTP layer.
 */

interface Runs {
  readonly warmup: number;
  readonly runs: number;
}

const LIST_RUNS: Runs = { warmup: 5, runs: 21 };
const UNIT_RUNS: Runs = { warmup: 3, runs: 15 };
const DASHBOARD_RUNS: Readonly<Record<ScaleSize, Runs>> = {
  city: { warmup: 3, runs: 15 },
  province: { warmup: 1, runs: 5 },
};
const WHOLE_PLAN_RUNS: Readonly<Record<ScaleSize, Runs>> = {
  city: { warmup: 2, runs: 9 },
  province: { warmup: 1, runs: 5 },
};

/** The server's settings with the rate limit off, as the scale group runs it. */
const SETTINGS = { ...DEFAULT_SERVER_SETTINGS, rateLimitPerMinute: 0 };
/** Where the request log goes: written at info as `duban serve` writes it, then dropped. */
const NOWHERE = { write: () => true };

/** A request to profile: the service call its route makes, and the route itself. */
interface RequestCase {
  readonly name: string;
  /** The service call, with the route's arguments, on the database given. */
  readonly service: (db: Database) => Promise<unknown>;
  readonly serviceName: string;
  /** The route over HTTP, or null to profile the service call alone. */
  readonly http: {
    readonly path: string;
    readonly shown: string;
    readonly headers: Readonly<Record<string, string>>;
  } | null;
  readonly runs: Runs;
}

interface HttpSample {
  readonly totalMs: number;
  readonly cpuMs: number;
  /** From the handler's call to its promise settling: the service call as the route makes it. */
  readonly handlerMs: number;
  /** Statements that ended outside the handler: authentication's, hooks'. */
  readonly outside: readonly LoggedStatement[];
  readonly serializeMs: number;
  readonly bytes: number;
}

interface Sample {
  readonly serviceMs: number;
  readonly serviceCpuMs: number;
  readonly statements: readonly LoggedStatement[];
  readonly http: HttpSample | null;
}

type Serializer = (payload: unknown) => string;

/**
 * Marks of the request in flight from Fastify's diagnostics channel: when
 * its handler was called and when the handler's promise settled, and the
 * route's compiled response serializer (its schema, zod, then JSON.stringify).
 */
const watchHandlers = () => {
  const marks = { start: NaN, settled: NaN, serializer: null as Serializer | null };
  const channel = diagnostics.tracingChannel("fastify.request.handler");
  const subscribers = {
    start: (message: unknown) => {
      marks.start = performance.now();
      const reply = (message as { reply: FastifyReply }).reply;
      marks.serializer = (reply.getSerializationFunction("200") as Serializer | undefined) ?? null;
    },
    asyncStart: () => {
      marks.settled = performance.now();
    },
    end: () => undefined,
    asyncEnd: () => undefined,
    error: () => undefined,
  };
  channel.subscribe(subscribers);
  return {
    marks,
    reset: () => {
      marks.start = NaN;
      marks.settled = NaN;
    },
    stop: () => {
      channel.unsubscribe(subscribers);
    },
  };
};

type Watch = ReturnType<typeof watchHandlers>;

/** Wall time, and CPU time of this process (all its threads, user and system) over the same span. */
const timed = async <T>(
  work: () => Promise<T>,
): Promise<{ ms: number; cpuMs: number; value: T }> => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
};

/** One run of a case: the service call alone, then, when it has one, the route over HTTP. */
const sampleOnce = async (
  app: FastifyInstance,
  log: StatementLog,
  watch: Watch,
  request: RequestCase,
): Promise<Sample> => {
  log.take();
  const service = await timed(() => request.service(log.db));
  const statements = log.take();
  if (request.http === null) {
    return { serviceMs: service.ms, serviceCpuMs: service.cpuMs, statements, http: null };
  }

  const { path, headers } = request.http;
  watch.reset();
  const response = await timed(() => app.inject({ method: "GET", url: path, headers }));
  const logged = log.take();
  if (response.value.statusCode !== 200) {
    throw new Error(
      `scale-profile: ${path} answered ${response.value.statusCode}: ${response.value.body}`,
    );
  }
  const { start, settled, serializer } = watch.marks;
  if (serializer === null || Number.isNaN(settled)) {
    throw new Error(`scale-profile: ${path}: Fastify's diagnostics channel marked no handler`);
  }
  const serialized = await timed(() => Promise.resolve(serializer(service.value)));
  if (serialized.value !== response.value.body) {
    console.error(
      `scale-profile: ${path}: the route's body is not the service's answer serialized`,
    );
  }
  return {
    serviceMs: service.ms,
    serviceCpuMs: service.cpuMs,
    statements,
    http: {
      totalMs: response.ms,
      cpuMs: response.cpuMs,
      handlerMs: settled - start,
      outside: logged.filter((s) => s.endedAt < start || s.endedAt > settled),
      serializeMs: serialized.ms,
      bytes: Buffer.byteLength(serialized.value),
    },
  };
};

const sample = async (
  app: FastifyInstance,
  log: StatementLog,
  watch: Watch,
  request: RequestCase,
): Promise<Sample[]> => {
  for (let i = 0; i < request.runs.warmup; i += 1) await sampleOnce(app, log, watch, request);
  const samples: Sample[] = [];
  for (let i = 0; i < request.runs.runs; i += 1) {
    samples.push(await sampleOnce(app, log, watch, request));
  }
  return samples;
};

/** One part of a case's split, as the report shows it. */
interface PartLine {
  readonly part: string;
  readonly ms: number;
  /** This process's CPU time, on a block's total only. */
  readonly cpuMs?: number;
  /** Of the block's total, for the share column; null on the total itself. */
  readonly of: number | null;
}

const sqlLines = (prefix: string, parts: readonly SplitPart[], of: number): PartLine[] =>
  parts.map(({ label, count, medianMs }) => ({
    part: `${prefix}${label}${count > 1 ? ` (${count}×)` : ""}`,
    ms: medianMs,
    of,
  }));

const serviceLines = (request: RequestCase, samples: readonly Sample[]): PartLine[] => {
  const total = median(samples.map((s) => s.serviceMs));
  return [
    {
      part: `${request.serviceName}, total`,
      ms: total,
      cpuMs: median(samples.map((s) => s.serviceCpuMs)),
      of: null,
    },
    ...sqlLines("SQL: ", statementParts(samples.map((s) => s.statements)), total),
    {
      part: "JavaScript between and around the statements (by difference)",
      ms: medianRemainder(
        samples.map((s) => s.serviceMs),
        [samples.map((s) => statementsMs(s.statements))],
      ),
      of: total,
    },
  ];
};

const httpLines = (request: RequestCase, samples: readonly HttpSample[]): PartLine[] => {
  const total = median(samples.map((s) => s.totalMs));
  const bytes = samples[0]?.bytes ?? 0;
  return [
    {
      part: `${request.http?.shown ?? ""} through Fastify's inject, total`,
      ms: total,
      cpuMs: median(samples.map((s) => s.cpuMs)),
      of: null,
    },
    ...sqlLines("SQL outside the handler: ", statementParts(samples.map((s) => s.outside)), total),
    {
      part: `the handler: ${request.serviceName} as the route calls it (split above)`,
      ms: median(samples.map((s) => s.handlerMs)),
      of: total,
    },
    {
      part: `serialization: the route's response schema (zod) and JSON.stringify, ${formatBytes(bytes)}`,
      ms: median(samples.map((s) => s.serializeMs)),
      of: total,
    },
    {
      part: "rest of the HTTP layer (routing, query validation, hooks, authentication's JavaScript, request log, inject; by difference)",
      ms: medianRemainder(
        samples.map((s) => s.totalMs),
        [
          samples.map((s) => statementsMs(s.outside)),
          samples.map((s) => s.handlerMs),
          samples.map((s) => s.serializeMs),
        ],
      ),
      of: total,
    },
  ];
};

const linesOf = (request: RequestCase, samples: readonly Sample[]): PartLine[] => {
  const http = samples.flatMap((s) => (s.http === null ? [] : [s.http]));
  return [
    ...serviceLines(request, samples),
    ...(http.length === 0 ? [] : httpLines(request, http)),
  ];
};

const actorOfToken = async (db: Database, headers: Readonly<Record<string, string>>) => {
  const token = /^Bearer (\S+)$/.exec(headers.authorization ?? "")?.[1];
  const actor = token === undefined ? undefined : await authenticateApiToken(db, token, new Date());
  if (actor === undefined) throw new Error("scale-profile: the scenario's token is no good");
  return actor;
};

/** The service call the list's route makes for the scenario's path. */
const listCall = (scenario: Scenario, actor: Actor) => {
  const query = new URL(scenario.listPath, "http://bench").searchParams;
  const statuses = (query.get("status") ?? "")
    .split(",")
    .filter((s): s is MilestoneStatus => (MILESTONE_STATUSES as readonly string[]).includes(s));
  return (db: Database) =>
    listMilestones(db, actor, {
      asOf: query.get("asOf") as IsoDate,
      sort: "position",
      page: 1,
      pageSize: Number(query.get("pageSize")),
      planId: Number(query.get("plan")),
      unitId: Number(query.get("unit")),
      statuses,
    });
};

interface ProfiledCase {
  readonly name: string;
  readonly lines: readonly PartLine[];
  readonly runs: number;
}

/** The cases of one database and size, on a server built in this process over the logged database. */
const profileCases = async (
  db: Database,
  size: ScaleSize,
  watch: Watch,
): Promise<{ cases: ProfiledCase[]; note: string }> => {
  const { data, today } = await generateSize(db, size);
  const log = statementLog(db);
  const app = await buildApp({
    db: log.db,
    logger: { level: "info", stream: NOWHERE },
    settings: SETTINGS,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const scenario = await chooseScenario(url, data.planId, data.plan, today);
    const office = await issueToken(url, OFFICE_UNIT, "supervisor");
    const officeHeaders = { authorization: `Bearer ${office.token}` };
    const officeActor = await actorOfToken(db, officeHeaders);
    const { planId } = data;
    const unitId = (await findUnitByName(db.kysely, scenario.unitName))?.id;
    if (unitId === undefined) throw new Error(`scale-profile: no unit ${scenario.unitName}`);
    const requests: RequestCase[] = [
      {
        name: `list (${scenario.unitName}, ${scenario.status}, page of 50 of ${scenario.statusTotal})`,
        service: listCall(scenario, await actorOfToken(db, scenario.headers)),
        serviceName: "listMilestones as unit_staff",
        http: {
          path: scenario.listPath,
          shown: "GET /api/milestones?plan&unit&status&asOf&pageSize=50",
          headers: scenario.headers,
        },
        runs: LIST_RUNS,
      },
      {
        name: `dashboard (${data.milestones} milestones, roll-ups only)`,
        service: (logged) =>
          planStatus(logged, officeActor, {
            planId,
            asOf: today,
            milestones: "none",
            tasks: "none",
          }),
        serviceName: "planStatus as the office, milestones=none, tasks=none",
        http: {
          path: `/api/plans/${planId}/status?asOf=${today}&milestones=none&tasks=none`,
          shown: "GET /api/plans/:id/status?asOf&milestones=none&tasks=none",
          headers: officeHeaders,
        },
        runs: DASHBOARD_RUNS[size],
      },
      {
        name: `one unit's status with its lines (${scenario.unitName}, ${scenario.unitTotal} of ${data.milestones})`,
        service: (logged) =>
          planStatus(logged, shellActor("bench"), { planId, asOf: today, unit: unitId }),
        serviceName: "planStatus of the unit, as the scale group times it",
        http: null,
        runs: UNIT_RUNS,
      },
      {
        name: `whole plan with its lines (${data.milestones} milestones)`,
        service: (logged) => planStatus(logged, shellActor("bench"), { planId, asOf: today }),
        serviceName: "planStatus as the shell",
        http: null,
        runs: WHOLE_PLAN_RUNS[size],
      },
    ];
    const cases: ProfiledCase[] = [];
    for (const request of requests) {
      console.error(`scale-profile: ${size}, ${DIALECT_NAMES[db.dialect]}: ${request.name}`);
      const samples = await sample(app, log, watch, request);
      cases.push({ name: request.name, lines: linesOf(request, samples), runs: samples.length });
    }
    return { cases, note: `${size} as of ${today}` };
  } finally {
    await app.close();
  }
};

const share = (line: PartLine): string =>
  line.of === null || line.of <= 0 ? "100 %" : `${Math.round((100 * line.ms) / line.of)} %`;

const rowsOf = (dialect: BenchDialect, size: ScaleSize, cases: readonly ProfiledCase[]) =>
  cases.flatMap(({ name, lines, runs }) =>
    lines.map((line): BenchRow => ({
      cells: [
        name,
        line.of === null ? line.part : `· ${line.part}`,
        DIALECT_NAMES[dialect],
        size,
        String(runs),
        formatMs(line.ms),
        line.cpuMs === undefined ? "" : formatMs(line.cpuMs),
        share(line),
      ],
      verdict: null,
    })),
  );

const notRunRow = (size: ScaleSize, reason: string): BenchRow => ({
  cells: [
    "—",
    `not run: ${reason.replace(/[|\r\n]+/g, " ")}`,
    DIALECT_NAMES.postgres,
    size,
    "0",
    "—",
    "",
    "—",
  ],
  verdict: null,
});

export const scaleProfileGroup = async (): Promise<BenchGroup> => {
  const pgReason = await postgresUnavailable();
  const watch = watchHandlers();
  const rows: BenchRow[] = [];
  const days: string[] = [];
  try {
    for (const size of askedSizes()) {
      for (const dialect of DIALECTS) {
        if (dialect === "postgres" && pgReason !== null) {
          rows.push(notRunRow(size, pgReason));
          continue;
        }
        const { cases, note } = await withFreshConfig(dialect, async (config) => {
          const db = openDatabase(config);
          try {
            return await profileCases(db, size, watch);
          } finally {
            await db.close();
          }
        });
        rows.push(...rowsOf(dialect, size, cases));
        days.push(`${note} on ${DIALECT_NAMES[dialect]}`);
      }
    }
  } finally {
    watch.stop();
  }
  return {
    title: "Where the time goes (city and province: list, dashboard, whole plan)",
    method:
      "Each size is generated as in the scale group (bench/province.ts, seed 2022) into a fresh " +
      "SQLite file or PostgreSQL schema, and profiled as of its today " +
      `(${days.join("; ")}). The HTTP application (buildApp, as \`duban serve\` builds it: request ` +
      "log at info, to a sink that drops it; rate limit off) runs in this process over a second " +
      "Kysely on the same connection or pool that logs each statement's duration (SQL and driver, " +
      "rows read into JavaScript objects included) and reuses prepared statements as the " +
      "application's own does. The list is the scale group's: the unit with the most milestones, " +
      "the status it has most of, one page of 50, by a unit_staff token; the dashboard's request " +
      "is by a supervisor token of the office. Each run calls the service alone (the route's " +
      "call, with the actor the token gives), then the route through Fastify's inject (no " +
      "socket, no load generator: one request at a time); runs are interleaved that way after " +
      "the warm-up (list 5 + 21, dashboard 3 + 15 at the city and 1 + 5 at the province, one " +
      "unit's status, the scale group's planStatus of that unit with its lines, 3 + 15, whole " +
      "plan 2 + 9 and 1 + 5). Statements are grouped by their text (lists of bound values made " +
      "one) and named by the tables they read; a statement's figure is its time summed within " +
      "a run. JavaScript is the service call's time less its statements'. Over HTTP, Fastify's " +
      "diagnostics channel marks when the route's handler is called and when its promise " +
      "settles: that span is the handler (the service call again, with its statements); " +
      "statements ending outside it are authentication's; serialization is the route's own " +
      "compiled response serializer (zod, then JSON.stringify) timed on the service's answer; " +
      "the rest of the HTTP layer is the request's time less those. Every figure is the median " +
      "of its own per-run values, so the parts need not add up to the total exactly; the share " +
      "is of the block's total. On PostgreSQL, taking a connection from the pool falls in the " +
      "JavaScript. CPU, on a block's total: this process's CPU time (user and system, all its " +
      "threads) over the same span, median of the runs; wall time well above it is time spent " +
      "waiting, for PostgreSQL or for a core on a busy machine.",
    columns: ["request", "part", "database", "size", "runs", "median", "CPU", "share"],
    rows,
  };
};
