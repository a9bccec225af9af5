import { openDatabase } from "../../src/db/database.js";
import { migrateFresh } from "../bench-database.js";
import { call, login, request, unitToken } from "./api.js";
import { integrityProblems } from "./integrity.js";
import { between, since, type KillOptions, type KillSummary } from "./kill-run.js";
import { markedFile, soakPlan } from "./soak-plan.js";
import { reportableMilestones } from "./reportable-milestones.js";
import { startDuban } from "./soak-server.js";

/** Clients reporting at once, each on a milestone of its own unit. */
const CLIENTS = 4;
/** The kill comes this long after the clients start, at random. */
const WINDOW_MS: readonly [number, number] = [50, 1_500];
/** A report long enough that a torn write would show. */
const PADDING = "进展顺利，按计划推进。".repeat(200);

type Entry = { entry: { kind: string; text?: string } };

/**
 * Kill -9 while several units report progress at once. After each kill:
 * the database check is clean; every report answered 201 is in its
 * milestone's history; every report there is one that was sent, whole and
 * once.
 */
export const killDuringReports = async ({
  dialect,
  config,
  runs,
  log,
  random,
  milestones,
}: KillOptions): Promise<KillSummary> => {
  const started = performance.now();
  const db = openDatabase(config);
  await migrateFresh(db);
  await db.close();
  let server = await startDuban(config);
  let admin = await login(server.url);
  const { planId } = await call<{ planId: number }>(
    server.url,
    "/api/plans?fileName=soak.xlsx",
    admin,
    {
      method: "POST",
      body: (await markedFile(soakPlan(milestones), "reports")).bytes,
    },
  );
  const reporters = await Promise.all(
    (await reportableMilestones(server.url, admin, planId, CLIENTS)).map(
      async ({ milestoneId, unitId }) => ({
        milestoneId,
        who: await unitToken(server.url, admin, unitId),
      }),
    ),
  );
  const sent = new Set<string>();
  const accepted = new Set<string>();
  const failures: string[] = [];
  let midWrite = 0;

  for (let run = 1; run <= runs; run += 1) {
    let inFlight = 0;
    let stopped = false;
    const clients = reporters.map(async ({ milestoneId, who }, client) => {
      const read = await request(server.url, `/api/milestones/${milestoneId}`, who).catch(
        () => null,
      );
      if (read === null) return;
      let version = (read.body as { workflow: { version: number } }).workflow.version;
      for (let n = 0; !stopped; n += 1) {
        const text = `soak ${run}.${client}.${n} ${PADDING}`;
        sent.add(text);
        inFlight += 1;
        const answer = await request(server.url, `/api/milestones/${milestoneId}/reports`, who, {
          method: "POST",
          body: { version, text, percent: n % 100 },
        }).catch(() => null);
        inFlight -= 1;
        if (answer === null) return;
        if (answer.status !== 201) {
          failures.push(
            `run ${run}: a report answered ${answer.status}: ${JSON.stringify(answer.body)}`,
          );
          return;
        }
        accepted.add(text);
        version = (answer.body as { workflow: { version: number } }).workflow.version;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, between(random, ...WINDOW_MS)));
    if (inFlight > 0) midWrite += 1;
    stopped = true;
    await server.kill();
    await Promise.all(clients);

    for (const problem of await integrityProblems(config)) failures.push(`run ${run}: ${problem}`);
    server = await startDuban(config);
    admin = await login(server.url);
    const stored = new Map<string, number>();
    for (const { milestoneId } of reporters) {
      const { entries } = await call<{ entries: Entry[] }>(
        server.url,
        `/api/milestones/${milestoneId}/history`,
        admin,
      );
      for (const { entry } of entries) {
        if (entry.text === undefined) continue;
        stored.set(entry.text, (stored.get(entry.text) ?? 0) + 1);
      }
    }
    for (const text of accepted) {
      if (!stored.has(text))
        failures.push(`run ${run}: accepted report "${text.slice(0, 16)}" is lost`);
    }
    for (const [text, times] of stored) {
      if (!sent.has(text)) failures.push(`run ${run}: a stored report is no report sent (torn?)`);
      if (times > 1)
        failures.push(`run ${run}: report "${text.slice(0, 16)}" stored ${times} times`);
    }
    if (run % 10 === 0)
      log(`report [${dialect}]: ${run}/${runs} runs, ${failures.length} failures`);
  }
  await server.stop();
  return {
    kind: "report",
    dialect,
    runs,
    midWrite,
    accepted: accepted.size,
    failures,
    ms: since(started),
  };
};
