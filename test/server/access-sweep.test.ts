import { afterAll, beforeAll, expect, it } from "vitest";
import {
  mayRead,
  methodOf,
  operationKey,
  SWEEP_TABLE,
  type Outcome,
} from "../support/access-sweep-routes.js";
import {
  buildSweepWorld,
  CANARIES,
  fingerprint,
  type CanaryName,
  type SweepWorld,
} from "../support/access-sweep-world.js";
import { describeEachDatabaseWorld } from "../support/http-session.js";

/**
 * The access sweep: every operation of the OpenAPI document, sent by every
 * actor (anonymous, five accounts of four units and the administrator, three
 * API tokens) at objects of every unit, on each database. A refusal must be
 * the expected one (401, 403, or 404 where the object must stay hidden), a
 * refused write must change nothing, and no answer may carry a canary string
 * the actor may not read. The table is in test/support/access-sweep-routes.ts;
 * an operation missing from it fails the sweep.
 *
 * Per database: 66 operations × 10 actors, less the 12 pairs not sent (a
 * session ending or re-keying itself) = 648 (operation, actor) pairs, 1,258
 * (operation, actor, object) cases, of which 437 refused writes are checked
 * against a fingerprint of the database.
 */

/** Statuses an allowed write may answer besides 2xx: the body was refused, not the caller. */
const ALLOWED_WRITE_REFUSALS = new Set([400, 404, 409, 413, 415, 422]);

const matches = (outcome: Outcome, method: string, status: number): boolean => {
  if (status >= 500) return false;
  if (outcome === "ok") {
    if (status === 401 || status === 403) return false;
    return status < 300 || (method !== "GET" && ALLOWED_WRITE_REFUSALS.has(status));
  }
  if (outcome === "refused") return status >= 400;
  return status === outcome;
};

interface Tally {
  pairs: number;
  cases: number;
  refusedWrites: number;
}

// Well over a thousand requests from one address within a minute: the rate limit would
// answer 429 where the sweep checks who may do what.
const UNLIMITED = {
  settings: { rateLimitPerMinute: 0, linkRateLimit: { perLink: 0, perAddress: 0 } },
};

describeEachDatabaseWorld("access sweep", UNLIMITED, ({ dialect, world }) => {
  let sweep: SweepWorld;
  const tally: Tally = { pairs: 0, cases: 0, refusedWrites: 0 };

  beforeAll(async () => {
    sweep = await buildSweepWorld(world());
  }, 60_000);

  afterAll(() => {
    console.log(
      `access sweep [${dialect}]: ${String(tally.pairs)} (operation, actor) pairs, ` +
        `${String(tally.cases)} cases, ${String(tally.refusedWrites)} refused writes fingerprinted`,
    );
  });

  it("has an expectation for every operation of the OpenAPI document, and no other", async () => {
    const response = await world().app.inject({ method: "GET", url: "/api/openapi.json" });
    const document = response.json<{ paths: Record<string, Record<string, unknown>> }>();
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => operationKey(method, path)),
    );
    expect(documented.length).toBeGreaterThan(50);
    expect([...documented].sort()).toEqual(Object.keys(SWEEP_TABLE).sort());
  });

  // Else the leak check would pass for want of anything to find.
  it("plants every canary where the actors who may read it find it", async () => {
    const { ids } = sweep;
    const admin = world().admin;
    const bodies = await Promise.all(
      [
        `/api/milestones/${String(ids.m202)}/history`,
        `/api/milestones/${String(ids.auditMilestone)}/history`,
        `/api/attachments/${String(ids.leadAttachment)}`,
        `/api/attachments/${String(ids.coopAttachment)}`,
        "/api/instructions",
        "/api/requests",
        `/api/units/${String(ids.units.coop)}/contacts`,
      ].map(async (url) => (await admin.call("GET", url)).body),
    );
    for (const canary of Object.values(CANARIES)) {
      expect(
        bodies.some((body) => body.includes(canary)),
        canary,
      ).toBe(true);
    }
  });

  // Else the search's leak check would pass for want of anything it finds.
  it("finds by search the canaries of reports, instructions and file names", async () => {
    const found = (await world().admin.call("GET", "/api/search?q=canary&limit=100")).body;
    for (const name of [
      "leadReport",
      "coopReport",
      "leadInstruction",
      "coopInstruction",
      "leadEvidence",
      "coopEvidence",
    ] as const) {
      expect(found.includes(CANARIES[name]), name).toBe(true);
    }
  });

  it.each(Object.keys(SWEEP_TABLE))("%s", async (key) => {
    const method = methodOf(key);
    const targets = SWEEP_TABLE[key]?.(sweep) ?? [];
    const problems: string[] = [];
    for (const actor of sweep.actors) {
      let sent = false;
      for (const target of targets) {
        const expected = target.expect(actor);
        if (expected === "skip") continue;
        sent = true;
        tally.cases += 1;
        const refusedWrite = method !== "GET" && expected !== "ok";
        const before = refusedWrite ? await fingerprint(world().db) : "";
        const response = await actor.call(method, target.url, target.body, target.headers);
        const found: string[] = [];
        if (!matches(expected, method, response.statusCode)) {
          found.push(`answered ${String(response.statusCode)}, expected ${String(expected)}`);
        }
        for (const [name, canary] of Object.entries(CANARIES)) {
          if (!mayRead(actor, name as CanaryName) && response.body.includes(canary)) {
            found.push(`leaked ${name}`);
          }
        }
        if (refusedWrite) {
          tally.refusedWrites += 1;
          if ((await fingerprint(world().db)) !== before) found.push("changed the database");
        }
        if (found.length === 0) continue;
        const line = `${actor.name} → ${target.label}: ${found.join("; ")} ${response.body.slice(0, 160)}`;
        problems.push(line);
      }
      if (sent) tally.pairs += 1;
    }
    expect(problems).toEqual([]);
  });
});
