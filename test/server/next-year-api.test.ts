import { expect, it } from "vitest";
import { describeEachDatabaseWorld, errorOf } from "../support/http-session.js";

/** Next year's plan (结转) and a plan's filing over HTTP: the office's alone, on both databases. */

interface Proposal {
  readonly candidates: readonly { readonly milestoneId: number; readonly ref: string }[];
  readonly holidaysLoaded: boolean;
}

interface Created {
  readonly planId: number;
  readonly carried: readonly { readonly id: number; readonly from: number }[];
}

describeEachDatabaseWorld(
  "next year's plan API",
  { accounts: ["supervisor", "leader", "staff", "idleStaff"] },
  ({ world }) => {
    it("proposes and creates for the office; a unit gets 403 and nothing is created", async () => {
      const w = world();
      const path = `/api/plans/${String(w.planId)}/next-year`;
      for (const name of ["leader", "staff", "idleStaff"] as const) {
        const read = await w.client(name).call("GET", `${path}?year=2023`);
        expect(read.statusCode, name).toBe(403);
        const write = await w.client(name).call("POST", path, { year: 2023, milestoneIds: [] });
        expect(write.statusCode, name).toBe(403);
        expect(errorOf(write).code).toBe("auth.forbidden");
      }
      const plans = await w.admin.call("GET", "/api/plans");
      expect(plans.json<{ items: unknown[] }>().items).toHaveLength(1);

      const proposal = await w.client("supervisor").call("GET", `${path}?year=2023`);
      expect(proposal.statusCode).toBe(200);
      const { candidates, holidaysLoaded } = proposal.json<Proposal>();
      expect(holidaysLoaded).toBe(true);
      expect(candidates.length).toBeGreaterThan(3);
      const picked = candidates.slice(0, 3).map((c) => c.milestoneId);
      const created = await w
        .client("supervisor")
        .call("POST", path, { year: 2023, milestoneIds: picked });
      expect(created.statusCode).toBe(201);
      const body = created.json<Created>();
      expect(body.carried.map((c) => c.from)).toEqual(picked);

      // The carried milestone names where it came from, to the office and to its unit.
      for (const name of ["supervisor", "leader"] as const) {
        const detail = await w
          .client(name)
          .call("GET", `/api/milestones/${String(body.carried[0]?.id)}`);
        expect(detail.statusCode, name).toBe(200);
        expect(detail.json<{ carriedFrom: unknown }>().carriedFrom, name).toMatchObject({
          milestoneId: picked[0],
          planYear: 2022,
        });
      }
      const again = await w
        .client("supervisor")
        .call("POST", path, { year: 2024, milestoneIds: [picked[0]] });
      expect(again.statusCode).toBe(409);
      expect(errorOf(again).code).toBe("plan.conflict");
    });

    it("refuses bad input with 400 naming the field, and a year without holidays carries a warning", async () => {
      const w = world();
      const path = `/api/plans/${String(w.planId)}/next-year`;
      const office = w.client("supervisor");
      const early = await office.call("POST", path, { year: 2022, milestoneIds: [] });
      expect(early.statusCode).toBe(400);
      expect(errorOf(early)).toMatchObject({ code: "plan.invalid_input", field: "query.year" });
      const stranger = await office.call("POST", path, { year: 2023, milestoneIds: [987654] });
      expect(errorOf(stranger)).toMatchObject({
        code: "plan.invalid_input",
        field: "body.milestoneIds",
      });
      const noList = await office.call("POST", path, { year: 2023 });
      expect(noList.statusCode).toBe(400);
      expect((await office.call("GET", "/api/plans/999/next-year?year=2023")).statusCode).toBe(404);

      const in2027 = await office.call("GET", `${path}?year=2027`);
      expect(in2027.json<Proposal>().holidaysLoaded).toBe(false);
      const created = await office.call("POST", path, { year: 2027, milestoneIds: [] });
      expect(created.json<Created & { holidaysLoaded: boolean }>()).toMatchObject({
        carried: [],
        holidaysLoaded: false,
      });
      const listed = await office.call("GET", "/api/plans");
      const years = new Map(
        listed
          .json<{ items: { year: number; holidaysLoaded: boolean }[] }>()
          .items.map((p) => [p.year, p.holidaysLoaded]),
      );
      expect([years.get(2027), years.get(2022)]).toEqual([false, true]);
    });

    it("files a plan under a year and category: the office's; a unit gets 403", async () => {
      const w = world();
      const path = `/api/plans/${String(w.planId)}`;
      const refused = await w.client("leader").call("PATCH", path, { category: "民生实事" });
      expect(refused.statusCode).toBe(403);
      const bad = await w.client("supervisor").call("PATCH", path, { category: " " });
      expect(errorOf(bad)).toMatchObject({ code: "plan.invalid_input", field: "body.category" });
      const filed = await w
        .client("supervisor")
        .call("PATCH", path, { category: "民生实事", year: 2022 });
      expect(filed.statusCode).toBe(200);
      expect(filed.json()).toMatchObject({ category: "民生实事", year: 2022 });
      const seen = await w.client("staff").call("GET", "/api/plans");
      const items = seen.json<{ items: { id: number; category: string }[] }>().items;
      expect(items.find((p) => p.id === w.planId)?.category).toBe("民生实事");
    });
  },
);
