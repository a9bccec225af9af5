import { expect, it } from "vitest";
import { readFixture } from "../support/fixtures.js";
import {
  describeEachDatabaseWorld,
  type AccountName,
  type World,
} from "../support/http-session.js";

/**
 * GET /api/plans/compare: every plan the caller sees side by side, each with
 * exactly the figures GET /api/plans/{id}/status gives the dashboard.
 */

interface Figures {
  readonly total: number;
  readonly counts: Record<string, number>;
  readonly lights: { readonly red: number; readonly yellow: number; readonly green: number };
  readonly onTime: number;
  readonly completionRate: number | null;
  readonly onTimeRate: number | null;
  readonly reportsThisMonth: number;
}

interface Comparison {
  readonly asOf: string;
  readonly items: readonly {
    readonly plan: { readonly id: number; readonly title: string; archivedAt: string | null };
    readonly figures: Figures;
  }[];
}

const PLAN_2023 = "2023年市政府重点工作任务分解表（市科技局牵头部分）";

/** The reference table again, as a 2023 plan beside the world's 2022 one. */
const importSecondPlan = async (w: World): Promise<number> => {
  const query = new URLSearchParams({
    fileName: "seed-2023-kjj.csv",
    year: "2023",
    title: PLAN_2023,
  });
  const created = await w.admin.call(
    "POST",
    `/api/plans?${query.toString()}`,
    readFixture("seed-2022-kjj.csv"),
  );
  expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
  return created.json<{ planId: number }>().planId;
};

const compare = async (w: World, who: AccountName | "admin", query = "") => {
  const response = await w.client(who).call("GET", `/api/plans/compare${query}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json<Comparison>();
};

/** The dashboard's status of one plan, as `who` sees it. */
const dashboardStatus = async (w: World, who: AccountName, planId: number) => {
  const response = await w
    .client(who)
    .call("GET", `/api/plans/${String(planId)}/status?milestones=none&tasks=none`);
  expect(response.statusCode).toBe(200);
  return response.json<Figures & { planId: number }>();
};

describeEachDatabaseWorld(
  "plans compared side by side",
  { accounts: ["supervisor", "leader", "auditStaff", "idleStaff"] },
  ({ world }) => {
    it("gives each plan the dashboard's very figures, for the office and for a unit", async () => {
      const w = world();
      const first = w.planId ?? 0;
      const second = await importSecondPlan(w);
      // A report today on the 2022 plan: this month's, on that plan alone.
      const listed = await w
        .client("leader")
        .call("GET", `/api/milestones?plan=${String(first)}&role=lead&pageSize=1`);
      const [milestone] = listed.json<{
        items: { id: number; workflow: { version: number } }[];
      }>().items;
      const reported = await w
        .client("leader")
        .call("POST", `/api/milestones/${String(milestone?.id)}/reports`, {
          version: milestone?.workflow.version,
          text: "已完成方案起草。",
        });
      expect(reported.statusCode, reported.body).toBe(201);

      const office = await compare(w, "supervisor");
      expect(office.items.map((item) => item.plan.id)).toEqual([second, first]);
      for (const who of ["supervisor", "leader", "auditStaff"] as const) {
        const seen = await compare(w, who);
        for (const item of seen.items) {
          // Every figure compared is the dashboard's, field by field.
          expect(
            await dashboardStatus(w, who, item.plan.id),
            `${who}, plan ${String(item.plan.id)}`,
          ).toMatchObject(item.figures);
        }
      }
      const byPlan = new Map(office.items.map((item) => [item.plan.id, item.figures]));
      expect(byPlan.get(first)?.reportsThisMonth).toBe(1);
      expect(byPlan.get(second)?.reportsThisMonth).toBe(0);
      const figures = byPlan.get(first);
      const { red = 0, yellow = 0, green = 0 } = figures?.lights ?? {};
      expect(red + yellow + green + (figures?.counts.done ?? 0)).toBe(figures?.total);

      // A cooperating unit sees its part of each plan only; a unit with no part, no plan.
      const audit = await compare(w, "auditStaff");
      const auditTotal = audit.items.find((item) => item.plan.id === first)?.figures.total ?? 0;
      expect(auditTotal).toBeGreaterThan(0);
      expect(auditTotal).toBeLessThan(figures?.total ?? 0);
      expect((await compare(w, "idleStaff")).items).toEqual([]);
    });

    it("leaves archived plans out unless asked, and refuses a bad day naming the field", async () => {
      const w = world();
      const [newest] = (await compare(w, "supervisor")).items;
      const archived = await w.admin.call("POST", `/api/plans/${String(newest?.plan.id)}/archive`);
      expect(archived.statusCode).toBe(200);
      const inUse = await compare(w, "supervisor");
      expect(inUse.items.map((item) => item.plan.id)).toEqual([w.planId]);
      const all = await compare(w, "supervisor", "?archived=true&asOf=2022-06-30");
      expect(all.asOf).toBe("2022-06-30");
      expect(all.items.map((item) => item.plan.archivedAt !== null)).toEqual([true, false]);
      const bad = await w.client("supervisor").call("GET", "/api/plans/compare?asOf=2022-13-01");
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { field: string } }>().error.field).toBe("querystring.asOf");
    });
  },
);
