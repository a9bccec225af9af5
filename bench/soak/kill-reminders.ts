import type { ServerResponse } from "node:http";
import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase } from "../../src/db/database.js";
import { insertContact, listDeliveries, type DeliveryRow } from "../../src/db/queries/reminders.js";
import { listUnits } from "../../src/db/queries/units.js";
import { shellActor } from "../../src/policies/actor.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { INTERRUPTED } from "../../src/services/reminders/run-reminders.js";
import { startHttpReceiver, type ReceivedRequest } from "../../test/support/http-receiver.js";
import { migrateFresh } from "../bench-database.js";
import { call, login, type Credentials } from "./api.js";
import { integrityProblems } from "./integrity.js";
import { between, since, type KillOptions, type KillSummary } from "./kill-run.js";
import { markedFile, soakPlan } from "./soak-plan.js";
import { startDuban } from "./soak-server.js";

/** Webhooks per unit: each digest goes to every one of them. */
const CONTACTS_PER_UNIT = 2;
/** How long the receiver takes to answer, so that sending takes a while. */
const RECEIVER_DELAY_MS = 20;
/** Overdue milestones of the 40 units: every unit gets a digest, and a plan imports fast. */
const PLAN_MILESTONES = 300;
const DRAIN_TIMEOUT_MS = 30_000;
const REMINDER_ENV = {
  DUBAN_REMINDERS: "on",
  DUBAN_REMINDER_INTERVAL_SECONDS: "1",
  DUBAN_REMINDER_HOUR: "0",
};

const answerLater = (_request: ReceivedRequest, response: ServerResponse): void => {
  setTimeout(() => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end("{}");
  }, RECEIVER_DELAY_MS);
};

/** Where a delivery went and what it carried: the contact's path and the digest's id. */
const receiptKey = (path: string, dedupeKey: string): string => `${path} ${dedupeKey}`;

const deliveryKey = (row: DeliveryRow): string => {
  const url = row.contact.kind === "webhook" ? new URL(row.contact.url).pathname : "?";
  const digest = (row.message as { dedupeKey: string }).dedupeKey;
  return receiptKey(url, digest);
};

/**
 * A live server marks a delivery interrupted just before it hands it over, so
 * such a row is either one a kill left behind or one on its way right now.
 */
const interrupted = (rows: readonly DeliveryRow[]): number =>
  rows.filter((r) => r.state === "failed" && r.lastResult === INTERRUPTED).length;

const deliveries = async (config: DatabaseConfig): Promise<DeliveryRow[]> => {
  const db = openDatabase(config);
  try {
    return await listDeliveries(db.kysely);
  } finally {
    await db.close();
  }
};

/** Imports the first plan here, so that its units exist, and gives each of them webhooks to `origin`. */
const prepare = async (
  config: DatabaseConfig,
  origin: string,
  milestones: number,
): Promise<void> => {
  const db = openDatabase(config);
  try {
    await migrateFresh(db);
    await importPlanFile(db, {
      bytes: (await markedFile(soakPlan(milestones), "reminders")).bytes,
      fileName: "soak.xlsx",
      actor: shellActor("soak"),
    });
    const now = new Date().toISOString();
    for (const unit of await listUnits(db.kysely)) {
      for (let k = 0; k < CONTACTS_PER_UNIT; k += 1) {
        await insertContact(
          db.kysely,
          {
            unitId: unit.id,
            label: `soak ${k}`,
            contact: { kind: "webhook", url: `${origin}/u${unit.id}/c${k}`, secret: "soak-secret" },
          },
          now,
        );
      }
    }
  } finally {
    await db.close();
  }
};

/** A new plan of the same units (so new overdue reminders for all of them) under another title. */
const importAnotherPlan = async (
  base: string,
  admin: Credentials,
  run: number,
  milestones: number,
) => {
  const plan = soakPlan(milestones);
  const bytes = (await markedFile({ ...plan, title: `2022年第${run}批重点工作任务分解表` }, "r"))
    .bytes;
  const outcome = await call<{ kind: string }>(
    base,
    `/api/plans?fileName=soak-${run}.xlsx&issuer=${encodeURIComponent(`第${run}批`)}`,
    admin,
    { method: "POST", body: bytes },
  );
  if (outcome.kind !== "created")
    throw new Error(`reminders: plan ${run} came out "${outcome.kind}"`);
};

/**
 * Kill -9 while the server's reminder scheduler sends digests to webhooks on
 * a local receiver. Each run imports a new plan (new overdue reminders), kills
 * the server at a random moment of the sending, restarts it and lets it
 * finish. Then the database check is clean, and the receiver and the
 * delivery log agree: every delivery logged as sent arrived exactly once,
 * nothing arrived that the log does not hold, nothing arrived twice.
 */
export const killDuringReminders = async ({
  dialect,
  config,
  runs,
  log,
  random,
  milestones = PLAN_MILESTONES,
}: KillOptions): Promise<KillSummary> => {
  const started = performance.now();
  const receiver = await startHttpReceiver(answerLater);
  const failures: string[] = [];
  let midWrite = 0;
  try {
    const size = Math.min(milestones, PLAN_MILESTONES);
    await prepare(config, receiver.origin, size);
    let server = await startDuban(config, REMINDER_ENV);
    let perRun = 0;
    let windowMs = 0;

    /** Interrupted deliveries the kills left; any more are on their way. */
    let leftByKills = 0;

    /** Waits until the log holds `expected` deliveries and none is still to send or on its way. */
    const drained = async (expected: number): Promise<DeliveryRow[]> => {
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      for (;;) {
        const rows = await deliveries(config);
        const open = rows.filter((r) => r.state === "pending" || r.state === "retrying");
        const settled = open.length === 0 && interrupted(rows) <= leftByKills;
        if ((rows.length >= expected && settled) || Date.now() > deadline) return rows;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    // The first plan's digests (sent at start-up) say how many a plan makes; the second,
    // imported like the killed runs' and not killed, how long they take to go out.
    perRun = (await drained(1)).length;
    if (perRun === 0) throw new Error("reminders: the first plan made no deliveries");
    const calibration = receiver.requests.length;
    const t0 = performance.now();
    await importAnotherPlan(server.url, await login(server.url), 0, size);
    await drained(perRun * 2);
    windowMs = since(t0);
    if (receiver.requests.length !== calibration + perRun)
      failures.push(
        `calibration: ${receiver.requests.length - calibration} received, ${perRun} sent`,
      );
    log(`reminder [${dialect}]: a plan makes ${perRun} deliveries, sent within ${windowMs} ms`);

    for (let run = 1; run <= runs; run += 1) {
      let admin = await login(server.url);
      const before = receiver.requests.length;
      await importAnotherPlan(server.url, admin, run, size);
      await new Promise((resolve) => setTimeout(resolve, between(random, 0, windowMs)));
      const got = receiver.requests.length - before;
      if (got > 0 && got < perRun) midWrite += 1;
      await server.kill();
      leftByKills = interrupted(await deliveries(config));

      for (const problem of await integrityProblems(config))
        failures.push(`run ${run}: ${problem}`);
      server = await startDuban(config, REMINDER_ENV);
      admin = await login(server.url);
      const rows = await drained(perRun * (run + 2));
      // Let an answer on its way still arrive before counting.
      await new Promise((resolve) => setTimeout(resolve, RECEIVER_DELAY_MS * 10));
      const received = new Map<string, number>();
      for (const r of receiver.requests) {
        const { id } = JSON.parse(r.body.toString("utf8")) as { id: string };
        const key = receiptKey(r.url, id);
        received.set(key, (received.get(key) ?? 0) + 1);
      }
      const logged = new Set<string>();
      for (const row of rows) {
        const key = deliveryKey(row);
        logged.add(key);
        const times = received.get(key) ?? 0;
        if (row.state === "sent" && times !== 1)
          failures.push(`run ${run}: ${row.key} logged sent, received ${times} times`);
        if (row.state !== "sent" && times > 1)
          failures.push(`run ${run}: ${row.key} logged ${row.state}, received ${times} times`);
        if (row.state === "pending" || row.state === "retrying")
          failures.push(`run ${run}: ${row.key} still ${row.state} after ${DRAIN_TIMEOUT_MS} ms`);
      }
      for (const key of received.keys()) {
        if (!logged.has(key)) failures.push(`run ${run}: ${key} received but not in the log`);
      }
      if (rows.length !== perRun * (run + 2))
        failures.push(
          `run ${run}: ${rows.length} deliveries logged, ${perRun * (run + 2)} expected`,
        );
      if (run % 10 === 0)
        log(`reminder [${dialect}]: ${run}/${runs} runs, ${failures.length} failures`);
    }
    await server.stop();
    return {
      kind: "reminder",
      dialect,
      runs,
      midWrite,
      accepted: receiver.requests.length,
      failures,
      ms: since(started),
    };
  } finally {
    await receiver.close();
  }
};
