import { openDatabase } from "../../src/db/database.js";
import { migrateFresh } from "../bench-database.js";
import { call, login, request, type Credentials } from "./api.js";
import { integrityProblems } from "./integrity.js";
import { between, since, type KillOptions, type KillSummary } from "./kill-run.js";
import { markedFile, milestonesIn, SOAK_MILESTONES, soakPlan, type SoakFile } from "./soak-plan.js";
import { startDuban } from "./soak-server.js";

/** Imports a run sends back to back until the kill; the kill lands within the first two. */
const IMPORTS_PER_RUN = 2;

interface Revision {
  number: number;
  file: { sha256: string };
}

const importPath = (planId: number | null) =>
  `/api/plans?fileName=soak.xlsx${planId === null ? "" : `&planId=${planId}`}`;

/**
 * Kill -9 while the server imports tables as revisions of one plan. After
 * each kill: the database check is clean; every revision is one of the
 * files sent, stored whole (the current one holds every milestone); every
 * import answered 201 before the kill is a revision.
 */
export const killDuringImports = async ({
  dialect,
  config,
  runs,
  log,
  random,
  milestones = SOAK_MILESTONES,
}: KillOptions): Promise<KillSummary> => {
  const started = performance.now();
  const db = openDatabase(config);
  await migrateFresh(db);
  await db.close();
  const plan = soakPlan(milestones);
  const failures: string[] = [];
  const sent = new Set<string>();
  const accepted = new Set<string>();
  let midWrite = 0;

  let server = await startDuban(config);
  let admin: Credentials = await login(server.url);
  const first = await markedFile(plan, "soak 0");
  sent.add(first.sha256);
  const t0 = performance.now();
  const created = await call<{ planId: number }>(server.url, importPath(null), admin, {
    method: "POST",
    body: first.bytes,
  });
  const importMs = since(t0);
  accepted.add(first.sha256);
  const planId = created.planId;
  log(`import [${dialect}]: one import takes ${importMs} ms`);

  for (let run = 1; run <= runs; run += 1) {
    const files: SoakFile[] = [];
    for (let k = 0; k < IMPORTS_PER_RUN; k += 1)
      files.push(await markedFile(plan, `soak ${run}.${k}`));
    const delay = between(random, 0, importMs * 1.5);
    const writing = { now: false };
    const sending = (async () => {
      for (const file of files) {
        sent.add(file.sha256);
        writing.now = true;
        // No answer at all: the kill cut the request off.
        const answer = await request(server.url, importPath(planId), admin, {
          method: "POST",
          body: file.bytes,
        }).catch(() => null);
        writing.now = false;
        if (answer === null) return;
        if (answer.status !== 201) {
          failures.push(`run ${run}: an import answered ${answer.status}`);
          return;
        }
        accepted.add(file.sha256);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (writing.now) midWrite += 1;
    await server.kill();
    await sending;

    for (const problem of await integrityProblems(config)) failures.push(`run ${run}: ${problem}`);
    server = await startDuban(config);
    admin = await login(server.url);
    const { items } = await call<{ items: Revision[] }>(
      server.url,
      `/api/plans/${planId}/revisions`,
      admin,
    );
    const stored = new Set(items.map((r) => r.file.sha256));
    for (const sha of accepted) {
      if (!stored.has(sha))
        failures.push(`run ${run}: an accepted import (${sha.slice(0, 12)}) is lost`);
    }
    for (const r of items) {
      if (!sent.has(r.file.sha256))
        failures.push(`run ${run}: revision ${r.number} is no file sent`);
    }
    if (stored.size !== items.length) failures.push(`run ${run}: one file stored as two revisions`);
    const current = await call<{
      revision: number;
      content: { tasks: { milestones: unknown[] }[] };
    }>(server.url, `/api/plans/${planId}`, admin);
    const count = milestonesIn(current.content);
    if (count !== milestones || current.revision !== items.length) {
      failures.push(
        `run ${run}: revision ${current.revision} of ${items.length} holds ${count} milestones`,
      );
    }
    if (run % 10 === 0)
      log(`import [${dialect}]: ${run}/${runs} runs, ${failures.length} failures`);
  }
  await server.stop();
  return {
    kind: "import",
    dialect,
    runs,
    midWrite,
    accepted: accepted.size - 1,
    failures,
    ms: since(started),
  };
};
