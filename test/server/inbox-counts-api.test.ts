import { expect, it } from "vitest";
import {
  describeEachDatabaseWorld,
  LEAD_UNIT,
  send,
  type AccountName,
  type World,
} from "../support/http-session.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";

/**
 * GET /api/session/waiting: the bell's counts, on the reference table as
 * plan 1 (市科技局 leads all 38 milestones; 市审计局 cooperates on 203 and
 * 205). Each count is what the screen it links to lists.
 */
interface Counts {
  readonly acknowledge: number;
  readonly report: number;
  readonly answer: number;
  readonly review: number;
  readonly decide: number;
  readonly confirm: number;
}

const waiting = async (w: World, who: AccountName | "admin"): Promise<Counts> => {
  const response = await w.client(who).call("GET", "/api/session/waiting");
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Counts>();
};

const ok = async (w: World, who: AccountName, url: string, body: unknown): Promise<void> => {
  const response = await w.client(who).call("POST", url, body);
  expect(response.statusCode, response.body).toBeLessThan(300);
};

describeEachDatabaseWorld("what waits for a user", {}, ({ world }) => {
  it("counts, across plans, what the unit's and the office's screens list", async () => {
    const w = world();
    w.clock.now = new Date("2022-04-20T04:00:00Z");
    const ids = await milestoneIdsByNumber(w.admin);
    const id = (key: string): number => {
      const found = ids.get(key);
      if (found === undefined) throw new Error(`no milestone ${key}`);
      return found;
    };
    const unitId = w.unitIds[LEAD_UNIT] ?? -1;
    const led = (
      await w
        .client("leader")
        .call("GET", `/api/milestones?unit=${String(unitId)}&role=lead&pageSize=200`)
    ).json<{ items: { can: { acknowledge: boolean }; reportMissing: boolean }[] }>().items;
    const before = await waiting(w, "leader");
    expect(before.acknowledge).toBe(led.filter((m) => m.can.acknowledge).length);
    expect(before.acknowledge).toBeGreaterThan(0);
    expect(before.report).toBe(led.filter((m) => m.reportMissing).length);
    expect(await waiting(w, "supervisor")).toMatchObject({ review: 0, decide: 0, acknowledge: 0 });

    await ok(w, "leader", `/api/milestones/${String(id("202/1"))}/acknowledgement`, {
      version: 0,
    });
    expect((await waiting(w, "leader")).acknowledge).toBe(before.acknowledge - 1);
    // The unit's staff may acknowledge too: the same work waits for them.
    expect((await waiting(w, "staff")).acknowledge).toBe(before.acknowledge - 1);

    await ok(w, "supervisor", "/api/instructions", {
      targetType: "milestone",
      targetId: id("203/1"),
      text: "请加快推进。",
      issuedBy: "市长 张三",
    });
    expect((await waiting(w, "leader")).answer).toBe(before.answer + 1);
    expect((await waiting(w, "auditStaff")).answer).toBe(1);
    expect((await waiting(w, "idleStaff")).answer).toBe(0);

    await ok(w, "leader", `/api/milestones/${String(id("204/1"))}/completion`, {
      version: 0,
      completedOn: "2022-04-10",
      text: "已完成。",
      attachmentIds: [],
    });
    await ok(w, "leader", `/api/milestones/${String(id("206/1"))}/extension-requests`, {
      version: 0,
      newDue: "2022-12-31",
      reason: "需协调多个部门。",
    });
    for (const office of ["supervisor", "admin"] as const) {
      expect(await waiting(w, office)).toEqual({
        acknowledge: 0,
        report: 0,
        answer: 0,
        review: 1,
        decide: 1,
        confirm: 0,
      });
    }
    // The review queue, a milestone's history and instructions name people by display name.
    const queue = (await w.client("supervisor").call("GET", "/api/requests?state=pending")).json<{
      items: { requestedBy: string; requestedByName: string }[];
    }>().items;
    expect(queue.map((r) => [r.requestedBy, r.requestedByName])).toEqual([
      ["user:kjj.leader", `${LEAD_UNIT} unit_leader`],
      ["user:kjj.leader", `${LEAD_UNIT} unit_leader`],
    ]);
    const history = (
      await w.client("leader").call("GET", `/api/milestones/${String(id("202/1"))}/history`)
    ).json<{ entries: { actorName: string }[] }>().entries;
    expect(history.map((e) => e.actorName)).toEqual([`${LEAD_UNIT} unit_leader`]);
    const instructions = (await w.client("leader").call("GET", "/api/instructions")).json<{
      items: { enteredByName: string }[];
    }>().items;
    expect(instructions.map((i) => i.enteredByName)).toContain(`督查室 supervisor`);
    // A unit reviews nothing.
    expect(await waiting(w, "leader")).toMatchObject({ review: 0, decide: 0, confirm: 0 });

    // Staff draft; the leader, and only the leader, has a draft to confirm.
    await ok(w, "staff", `/api/milestones/${String(id("205/1"))}/drafts`, {
      kind: "completion",
      completedOn: "2022-04-15",
      text: "已完成。",
    });
    expect((await waiting(w, "leader")).confirm).toBe(1);
    expect((await waiting(w, "staff")).confirm).toBe(0);
    expect((await waiting(w, "supervisor")).confirm).toBe(0);
  });

  it("asks who is calling", async () => {
    const response = await send(world().app, { method: "GET", url: "/api/session/waiting" });
    expect(response.statusCode).toBe(401);
  });
});
