import { randomBytes } from "node:crypto";
import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase } from "../../src/db/database.js";
import { migrateFresh, type BenchDialect } from "../bench-database.js";
import type { Random } from "../prng.js";
import { call, login, request, unitToken, type Answer, type Credentials } from "./api.js";
import { markedFile, SOAK_MILESTONES, soakPlan } from "./soak-plan.js";
import { reportableMilestones } from "./reportable-milestones.js";
import { rssFigures, sampleRss, type RssFigures } from "./rss.js";
import { startDuban } from "./soak-server.js";

/** Clients at once, each a unit's staff member working on its own milestone. */
export const SOAK_CLIENTS = 6;
const RSS_EVERY_MS = 2_000;
/** Memory may grow this much after the warm-up (mean of the last tenth of samples against the first). */
export const RSS_GROWTH_LIMIT_BYTES = 64 * 1024 * 1024;
/**
 * Shorter runs are not judged on memory: in the first minutes V8 and the
 * import workers are still growing to their steady size, so a short run's
 * growth says nothing about a leak (a 10 s run saw +73 MiB on a busy CI host).
 */
export const MEMORY_VERDICT_MIN_SECONDS = 300;

export interface SoakSummary {
  readonly dialect: BenchDialect;
  readonly seconds: number;
  readonly clients: number;
  readonly requests: number;
  /** Requests per kind of action. */
  readonly actions: Readonly<Record<string, number>>;
  readonly serverErrors: number;
  /** Answers no client should get (a 4xx other than a stale version's 409), with a few examples. */
  readonly unexpected: number;
  readonly examples: readonly string[];
  readonly warmupSeconds: number;
  readonly rss: RssFigures;
  readonly failures: readonly string[];
}

interface Client {
  readonly username: string;
  readonly password: string;
  readonly token: Credentials;
  readonly milestoneId: number;
  readonly unitId: number;
}

type Action = (client: Client, random: Random) => Promise<Answer>;

/**
 * Mixed traffic against one real server for `seconds`: logins and logouts,
 * reads of plans, status, milestone lists, milestones, histories and slices,
 * progress reports, and now and then a new revision imported by the
 * administrator. Every 5xx fails the soak, and so does memory that keeps
 * growing: the server's RSS is sampled every two seconds.
 */
export const mixedTraffic = async ({
  dialect,
  config,
  seconds,
  random,
  log,
  milestones = SOAK_MILESTONES,
}: {
  dialect: BenchDialect;
  config: DatabaseConfig;
  seconds: number;
  random: Random;
  log: (line: string) => void;
  /** Milestones in the plan; SOAK_MILESTONES by default (the tests' soak uses fewer). */
  milestones?: number;
}): Promise<SoakSummary> => {
  const db = openDatabase(config);
  await migrateFresh(db);
  await db.close();
  const server = await startDuban(config);
  const base = server.url;
  try {
    const admin = await login(base);
    const plan = soakPlan(milestones);
    const revisions = [await markedFile(plan, "A"), await markedFile(plan, "B")];
    const { planId } = await call<{ planId: number }>(
      base,
      "/api/plans?fileName=soak.xlsx",
      admin,
      {
        method: "POST",
        body: revisions[0]?.bytes,
      },
    );
    const units = new Map(
      (await call<{ items: { id: number; name: string }[] }>(base, "/api/units", admin)).items.map(
        (u) => [u.id, u.name],
      ),
    );
    const clients: Client[] = [];
    for (const { milestoneId, unitId } of await reportableMilestones(
      base,
      admin,
      planId,
      SOAK_CLIENTS,
    )) {
      const username = `soak${unitId}`;
      const password = `Soak-${randomBytes(8).toString("hex")}`;
      await call(base, "/api/users", admin, {
        method: "POST",
        body: { username, displayName: username, unitId, role: "unit_staff", password },
      });
      clients.push({
        username,
        password,
        token: await unitToken(base, admin, unitId),
        milestoneId,
        unitId,
      });
    }

    let importing = false;
    let imports = 0;
    const actions: [string, number, Action][] = [
      [
        "login",
        2,
        async ({ username, password }) => {
          const session = await login(base, username, password);
          await call(base, "/api/session", session);
          return request(base, "/api/session", session, { method: "DELETE" });
        },
      ],
      ["plans", 4, ({ token }) => request(base, "/api/plans", token)],
      ["plan", 2, ({ token }) => request(base, `/api/plans/${planId}`, token)],
      ["status", 4, ({ token }) => request(base, `/api/plans/${planId}/status`, token)],
      [
        "milestones",
        6,
        ({ token, unitId }) =>
          request(base, `/api/milestones?plan=${planId}&unit=${unitId}&pageSize=50`, token),
      ],
      [
        "milestone",
        6,
        ({ token, milestoneId }) => request(base, `/api/milestones/${milestoneId}`, token),
      ],
      [
        "history",
        3,
        ({ token, milestoneId }) => request(base, `/api/milestones/${milestoneId}/history`, token),
      ],
      [
        "slice",
        1,
        ({ token, unitId }) =>
          request(
            base,
            `/api/plans/${planId}/slice?unit=${encodeURIComponent(units.get(unitId) ?? "")}`,
            token,
          ),
      ],
      [
        "report",
        4,
        async ({ token, milestoneId }, r) => {
          const { workflow } = await call<{ workflow: { version: number } }>(
            base,
            `/api/milestones/${milestoneId}`,
            token,
          );
          return request(base, `/api/milestones/${milestoneId}/reports`, token, {
            method: "POST",
            body: {
              version: workflow.version,
              text: `soak report ${r.int(0, 1e9)}`,
              percent: r.int(0, 100),
            },
          });
        },
      ],
      [
        "import",
        0.2,
        async () => {
          // One import at a time: an administrator re-issuing the table, not a flood.
          if (importing) return request(base, "/api/health", null);
          importing = true;
          imports += 1;
          try {
            return await request(base, `/api/plans?fileName=soak.xlsx&planId=${planId}`, admin, {
              method: "POST",
              body: revisions[imports % 2]?.bytes,
            });
          } finally {
            importing = false;
          }
        },
      ],
    ];
    const totalWeight = actions.reduce((sum, [, w]) => sum + w, 0);
    const pick = (r: Random): [string, Action] => {
      let x = r.next() * totalWeight;
      for (const [name, weight, action] of actions) {
        x -= weight;
        if (x < 0) return [name, action];
      }
      const last = actions.at(-1);
      if (last === undefined) throw new Error("no actions");
      return [last[0], last[2]];
    };

    const counts: Record<string, number> = {};
    const examples: string[] = [];
    let requests = 0;
    let serverErrors = 0;
    let unexpected = 0;
    const note = (line: string) => {
      if (examples.length < 10) examples.push(line);
    };
    const rss = sampleRss(server.pid, RSS_EVERY_MS);
    const deadline = Date.now() + seconds * 1000;
    let nextLog = Date.now() + 60_000;
    await Promise.all(
      clients.map(async (client) => {
        while (Date.now() < deadline) {
          const [name, action] = pick(random);
          counts[name] = (counts[name] ?? 0) + 1;
          requests += 1;
          try {
            const answer = await action(client, random);
            if (answer.status >= 500) {
              serverErrors += 1;
              note(`${name}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
            } else if (answer.status >= 400 && answer.status !== 409) {
              unexpected += 1;
              note(`${name}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
            }
          } catch (error) {
            // A 5xx inside a step (call) lands here too.
            const text = error instanceof Error ? error.message : String(error);
            if (/answered 5\d\d/.test(text)) serverErrors += 1;
            else unexpected += 1;
            note(`${name}: ${text.slice(0, 200)}`);
          }
          if (Date.now() > nextLog) {
            nextLog += 60_000;
            log(`soak [${dialect}]: ${requests} requests, ${serverErrors} 5xx`);
          }
        }
      }),
    );
    const samples = rss.stop();
    const warmupSeconds = Math.min(60, Math.round(seconds / 5));
    const figures = rssFigures(samples, warmupSeconds);
    const failures: string[] = [];
    if (serverErrors > 0) failures.push(`${serverErrors} answers were 5xx`);
    if (unexpected > 0) failures.push(`${unexpected} answers were unexpected`);
    if (seconds >= MEMORY_VERDICT_MIN_SECONDS && figures.growthBytes > RSS_GROWTH_LIMIT_BYTES) {
      failures.push(`RSS grew ${Math.round(figures.growthBytes / 2 ** 20)} MiB after the warm-up`);
    }
    server.assertRunning();
    return {
      dialect,
      seconds,
      clients: clients.length,
      requests,
      actions: counts,
      serverErrors,
      unexpected,
      examples,
      warmupSeconds,
      rss: figures,
      failures,
    };
  } finally {
    await server.stop();
  }
};
