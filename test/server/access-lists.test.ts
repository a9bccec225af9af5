import { beforeAll, expect, it } from "vitest";
import {
  buildSweepWorld,
  type SweepActor,
  type SweepWorld,
} from "../support/access-sweep-world.js";
import { describeEachDatabaseWorld } from "../support/http-session.js";

/**
 * Every list narrowed by the access module, checked against the one-object
 * reads (which decide by the relation query, another path): a signed-in
 * actor's list holds nothing its own read of the object would refuse. And
 * `can` on instructions, requests and tasks matches what the write then
 * allows: true succeeds, false is refused (403, or 409 for a closed one).
 */

interface Listed {
  readonly id: number;
  readonly milestoneId?: number;
  readonly can?: Readonly<Record<string, boolean>>;
}

/** Each list and, for one of its rows, the read that must let the same actor see it. */
const LISTS: readonly (readonly [string, (row: Listed) => string])[] = [
  ["/api/milestones?pageSize=200", (row) => `/api/milestones/${String(row.id)}`],
  ["/api/tasks?pageSize=200", (row) => `/api/tasks/${String(row.id)}`],
  ["/api/instructions", (row) => `/api/instructions/${String(row.id)}`],
  ["/api/requests", (row) => `/api/milestones/${String(row.milestoneId)}`],
  ["/api/drafts", (row) => `/api/milestones/${String(row.milestoneId)}`],
  ["/api/plans", (row) => `/api/plans/${String(row.id)}`],
];

const itemsOf = async (actor: SweepActor, url: string): Promise<Listed[]> => {
  const response = await actor.call("GET", url);
  expect(response.statusCode, `${actor.name} GET ${url}`).toBe(200);
  return response.json<{ items: Listed[] }>().items;
};

const REFUSED = new Set([403, 404, 409]);

const UNLIMITED = { settings: { rateLimitPerMinute: 0 } };

describeEachDatabaseWorld("lists and can", UNLIMITED, ({ world }) => {
  let sweep: SweepWorld;
  let signedIn: SweepActor[];
  let office: SweepActor;

  beforeAll(async () => {
    sweep = await buildSweepWorld(world());
    signedIn = sweep.actors.filter((a) => a.role !== null);
    const supervisor = signedIn.find((a) => a.role === "supervisor" && a.via === "session");
    if (!supervisor) throw new Error("no supervisor in the sweep world");
    office = supervisor;
  }, 60_000);

  it("lists to no one a row that its own read of the row refuses", async () => {
    const leaks: string[] = [];
    for (const actor of signedIn) {
      for (const [list, readOf] of LISTS) {
        const checked = new Set<string>();
        for (const row of await itemsOf(actor, list)) {
          const read = readOf(row);
          if (checked.has(read)) continue;
          checked.add(read);
          const status = (await actor.call("GET", read)).statusCode;
          if (status !== 200)
            leaks.push(`${actor.name}: ${list} lists ${read} (${String(status)})`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("lists a unit what it stands in, and the office all of it", async () => {
    const { ids } = sweep;
    const idsIn = async (actor: SweepActor, list: string) =>
      (await itemsOf(actor, list)).map((row) => row.id).sort((a, b) => a - b);
    const lead = signedIn.find((a) => a.unit === "lead" && a.role === "unit_staff");
    const coop = signedIn.find((a) => a.unit === "coop" && a.via === "session");
    const idle = signedIn.find((a) => a.unit === "idle" && a.via === "session");
    if (!lead || !coop || !idle) throw new Error("the sweep world lacks a unit's actor");
    const both = [ids.leadInstruction, ids.coopInstruction].sort((a, b) => a - b);
    expect(await idsIn(office, "/api/instructions")).toEqual(both);
    expect(await idsIn(lead, "/api/instructions")).toEqual([ids.leadInstruction]);
    expect(await idsIn(coop, "/api/instructions")).toEqual([ids.coopInstruction]);
    expect(await idsIn(idle, "/api/instructions")).toEqual([]);
    const requests = [ids.leadRequest, ids.coopRequest].sort((a, b) => a - b);
    expect(await idsIn(office, "/api/requests")).toEqual(requests);
    expect(await idsIn(lead, "/api/requests")).toEqual([ids.leadRequest]);
    // The lead request is on m203, which 市审计局 shares.
    expect(await idsIn(coop, "/api/requests")).toEqual(requests);
    expect(await idsIn(idle, "/api/requests")).toEqual([]);
    expect(await idsIn(idle, "/api/tasks?pageSize=200")).toEqual([]);
  });

  it("offers a request's decision to those whose decision the server takes", async () => {
    const { ids } = sweep;
    const versionOf = async (milestoneId: number) =>
      (await office.call("GET", `/api/milestones/${String(milestoneId)}`)).json<{
        workflow: { version: number };
      }>().workflow.version;
    const decide = async (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/requests/${String(row.id)}/decision`, {
        version: await versionOf(row.milestoneId ?? -1),
        decision: "reject",
        comment: "can",
      });
    const problems: string[] = [];
    for (const actor of signedIn.filter((a) => a !== office)) {
      for (const row of await itemsOf(actor, "/api/requests")) {
        if (row.can?.decide === true) continue;
        const status = (await decide(actor, row)).statusCode;
        if (!REFUSED.has(status)) problems.push(`${actor.name} decided ${String(row.id)}`);
      }
    }
    expect(problems).toEqual([]);
    const pending = (await itemsOf(office, "/api/requests")).find((r) => r.id === ids.leadRequest);
    expect(pending?.can).toEqual({ decide: true });
    expect((await decide(office, pending ?? { id: -1 })).statusCode).toBe(200);
    const decided = (await itemsOf(office, "/api/requests")).find((r) => r.id === ids.leadRequest);
    expect(decided?.can).toEqual({ decide: false });
    expect(REFUSED.has((await decide(office, decided ?? { id: -1 })).statusCode)).toBe(true);
  });

  it("offers an instruction's answer and close to those whose write the server takes", async () => {
    const problems: string[] = [];
    const answer = (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/instructions/${String(row.id)}/responses`, { text: "can" });
    const close = (actor: SweepActor, row: Listed) =>
      actor.call("POST", `/api/instructions/${String(row.id)}/close`, {});
    for (const actor of signedIn) {
      for (const row of await itemsOf(actor, "/api/instructions")) {
        const answered = (await answer(actor, row)).statusCode;
        if (row.can?.answer === true ? answered !== 201 : !REFUSED.has(answered))
          problems.push(
            `${actor.name} answer ${String(row.id)}: can ${String(row.can?.answer)}, ${String(answered)}`,
          );
        if (row.can?.close === true) continue;
        const closed = (await close(actor, row)).statusCode;
        if (!REFUSED.has(closed)) problems.push(`${actor.name} closed ${String(row.id)}`);
      }
    }
    expect(problems).toEqual([]);
    const [first] = await itemsOf(office, "/api/instructions");
    expect(first?.can).toMatchObject({ close: true });
    expect((await close(office, first ?? { id: -1 })).statusCode).toBe(200);
    for (const actor of signedIn) {
      const row = (await itemsOf(actor, "/api/instructions")).find((r) => r.id === first?.id);
      if (row === undefined) continue;
      expect(row.can, actor.name).toEqual({ answer: false, close: false });
      expect(REFUSED.has((await answer(actor, row)).statusCode), actor.name).toBe(true);
    }
  });

  it("offers a task's focus mark to those whose mark the server takes", async () => {
    const problems: string[] = [];
    for (const actor of signedIn) {
      const [row] = await itemsOf(actor, "/api/tasks?pageSize=1");
      if (row === undefined) continue;
      const status = (
        await actor.call("PUT", `/api/tasks/${String(row.id)}/focus`, { focus: true })
      ).statusCode;
      if (row.can?.setFocus === true ? status !== 200 : !REFUSED.has(status))
        problems.push(`${actor.name}: can ${String(row.can?.setFocus)}, ${String(status)}`);
    }
    expect(problems).toEqual([]);
  });
});
