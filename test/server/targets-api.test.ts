import type { LightMyRequestResponse } from "fastify";
import { expect, it } from "vitest";
import {
  describeEachDatabaseWorld,
  errorOf,
  type AccountName,
  type World,
} from "../support/http-session.js";

/**
 * Quantitative targets over HTTP (src/server/routes/targets.ts) on the
 * reference plan: 市科技局 leads everything, 市审计局 shares 203 and 205
 * (which state no number), 市档案馆 has no part. The tests share the world
 * and run in order.
 */

type Who = "admin" | AccountName;

interface TargetBody {
  readonly id: number;
  readonly planId: number;
  readonly taskId: number;
  readonly taskNo: number | null;
  readonly milestoneId: number | null;
  readonly milestoneSeq: number | null;
  readonly subject: string;
  readonly comparison: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unitOfMeasure: string;
  readonly span: { start: number; end: number; text: string } | null;
  readonly origin: string;
  readonly state: string;
  readonly baseline: number | null;
  readonly deadline: string | null;
  readonly latestActual: { value: number; asOf: string; source: string } | null;
  readonly progress: {
    ratio: number | null;
    projected: number | null;
    met: boolean;
    light: string | null;
  };
  readonly can: { edit: boolean; report: boolean };
}

const setToday = (w: World, day: string): void => {
  w.clock.now = new Date(`${day}T04:00:00Z`);
};

const status = (response: LightMyRequestResponse, expected: number): LightMyRequestResponse => {
  expect(response.statusCode, response.body.slice(0, 400)).toBe(expected);
  return response;
};

describeEachDatabaseWorld("targets over HTTP", {}, ({ world }) => {
  const call = (who: Who, method: "GET" | "POST" | "PATCH", url: string, body?: unknown) =>
    world().client(who).call(method, url, body);
  const list = async (who: Who, query = ""): Promise<TargetBody[]> =>
    status(await call(who, "GET", `/api/plans/1/targets${query}`), 200).json<{
      items: TargetBody[];
    }>().items;
  const firmsOf = (targets: readonly TargetBody[]): TargetBody => {
    const found = targets.find((t) => t.taskNo === 202 && t.milestoneId === null);
    if (!found) throw new Error("no target of task 202");
    return found;
  };

  it("lists the proposals read at import with the API's fields", async () => {
    setToday(world(), "2022-06-30");
    const targets = await list("supervisor");
    expect(targets.length).toBeGreaterThanOrEqual(10);
    const firms = firmsOf(targets);
    expect(firms).toMatchObject({
      planId: 1,
      subject: "高新技术企业",
      comparison: "more_than",
      value: 2300,
      low: null,
      high: null,
      unitOfMeasure: "家",
      origin: "extracted",
      state: "proposed",
      baseline: null,
      latestActual: null,
      progress: { ratio: null, projected: null, met: false, light: null },
      can: { edit: true, report: false },
    });
    expect(firms.span?.text).toContain("2300家");
    const share = targets.find((t) => t.taskNo === 204);
    expect(share?.value).toBe(2.7);
    expect(await list("auditStaff")).toEqual([]);
    expect(await list("staff", "?state=proposed")).toHaveLength(targets.length);
    expect(await list("supervisor", "?state=confirmed")).toEqual([]);
    const idle = await call("idleStaff", "GET", "/api/plans/1/targets");
    status(idle, 404);
    expect(errorOf(idle).code).toBe("plan.not_found");
    status(await call("supervisor", "GET", "/api/plans/1/targets?asOf=2022-13-01"), 400);
  });

  it("lets the office confirm and edit, and refuses units", async () => {
    const firms = firmsOf(await list("supervisor"));
    const refused = await call("leader", "PATCH", `/api/targets/${firms.id}`, {
      state: "confirmed",
    });
    status(refused, 403);
    const confirmed = status(
      await call("supervisor", "PATCH", `/api/targets/${firms.id}`, {
        state: "confirmed",
        baseline: 1800,
      }),
      200,
    ).json<TargetBody>();
    expect(confirmed).toMatchObject({ state: "confirmed", baseline: 1800 });
    const bad = await call("supervisor", "PATCH", `/api/targets/${firms.id}`, { low: 3 });
    status(bad, 400);
    expect(errorOf(bad)).toMatchObject({ code: "target.invalid_input", field: "body.low" });
    const badState = await call("supervisor", "PATCH", `/api/targets/${firms.id}`, {
      state: "proposed",
    });
    status(badState, 400);
  });

  it("adds a target the office states itself", async () => {
    const plan = status(await call("supervisor", "GET", "/api/plans/1"), 200).json<{
      ids: { task: number; milestones: number[] }[];
    }>();
    const task207 = plan.ids.find((_, i) => i === 6);
    const added = status(
      await call("supervisor", "POST", "/api/plans/1/targets", {
        milestoneId: task207?.milestones[1],
        subject: "配套基建工程验收",
        comparison: "range",
        low: 1,
        high: 2,
        unitOfMeasure: "项",
      }),
      201,
    ).json<TargetBody>();
    expect(added).toMatchObject({
      taskNo: 207,
      milestoneSeq: 2,
      origin: "added",
      state: "confirmed",
      span: null,
      comparison: "range",
      low: 1,
      high: 2,
      value: null,
    });
    const noPlace = await call("supervisor", "POST", "/api/plans/1/targets", {
      subject: "x",
      comparison: "reach",
      value: 1,
      unitOfMeasure: "家",
    });
    status(noPlace, 400);
    expect(errorOf(noPlace).field).toBe("body.taskId");
    status(
      await call("leader", "POST", "/api/plans/1/targets", {
        taskId: added.taskId,
        subject: "x",
        comparison: "reach",
        value: 1,
        unitOfMeasure: "家",
      }),
      403,
    );
  });

  it("takes actuals from the lead unit with a day and a source, and shows them", async () => {
    const firms = firmsOf(await list("staff"));
    expect(firms.can).toEqual({ edit: false, report: true });
    setToday(world(), "2022-07-05");
    const future = await call("staff", "POST", `/api/targets/${firms.id}/actuals`, {
      value: 2000,
      asOf: "2022-07-06",
      source: "统计快报",
    });
    status(future, 400);
    expect(errorOf(future)).toMatchObject({ code: "target.invalid_input", field: "body.asOf" });
    const noSource = await call("staff", "POST", `/api/targets/${firms.id}/actuals`, {
      value: 2000,
      asOf: "2022-06-30",
      source: "",
    });
    status(noSource, 400);
    expect(errorOf(noSource).field).toBe("body.source");
    status(
      await call("staff", "POST", `/api/targets/${firms.id}/actuals`, {
        value: 2000,
        asOf: "2022-06-30",
        source: "x".repeat(501),
      }),
      400,
    );
    status(
      await call("supervisor", "POST", `/api/targets/${firms.id}/actuals`, {
        value: 2000,
        asOf: "2022-06-30",
        source: "统计快报",
      }),
      403,
    );
    status(
      await call("idleStaff", "POST", `/api/targets/${firms.id}/actuals`, {
        value: 2000,
        asOf: "2022-06-30",
        source: "统计快报",
      }),
      404,
    );
    const reported = status(
      await call("staff", "POST", `/api/targets/${firms.id}/actuals`, {
        value: 2100,
        asOf: "2022-06-30",
        source: "统计快报",
      }),
      201,
    ).json<TargetBody>();
    expect(reported.latestActual).toEqual({ value: 2100, asOf: "2022-06-30", source: "统计快报" });
    expect(reported.progress.light).not.toBeNull();
    const actuals = status(
      await call("leader", "GET", `/api/targets/${firms.id}/actuals`),
      200,
    ).json<{
      items: { value: number; asOf: string; source: string; unit: string; reportedBy: string }[];
    }>().items;
    expect(actuals).toEqual([
      expect.objectContaining({
        value: 2100,
        asOf: "2022-06-30",
        source: "统计快报",
        unit: "市科技局",
      }),
    ]);
    status(await call("auditStaff", "GET", `/api/targets/${firms.id}/actuals`), 404);
    // As of a day before it, the actual is not known yet.
    const earlier = firmsOf(await list("supervisor", "?asOf=2022-06-29"));
    expect(earlier.latestActual).toBeNull();
  });

  it("writes every change to the audit log", async () => {
    const entries = status(
      await call("supervisor", "GET", "/api/audit-events?objectType=target"),
      200,
    ).json<{ items: { action: string }[] }>().items;
    expect(entries.map((e) => e.action).sort()).toEqual(
      ["target.actual_reported", "target.added", "target.changed"].sort(),
    );
  });
});
