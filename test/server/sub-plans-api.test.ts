import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import {
  describeEachDatabaseWorld,
  errorOf,
  logIn,
  PASSWORD,
  type Client,
  type World,
} from "../support/http-session.js";

/**
 * Cascading decomposition (任务再分解) over HTTP: 市科技局 splits its
 * milestone 202（2） (due 10月31日) between two of its sections. A section
 * reads and writes its own step and the parent's text, nothing else; a
 * sibling section sees nothing of the other's; the lead unit sees the whole
 * sub-plan and its roll-up; ids changed by hand are refused.
 */

const SECTION_A = "市科技局高新技术科";
const SECTION_B = "市科技局成果转化科";
const OTHER_SECTION = "市审计局审计一科";

interface MilestoneBody {
  readonly id: number;
  readonly planId: number;
  readonly seq: number | null;
  readonly text: string;
  readonly deadline: { readonly kind: string; readonly date?: string };
  readonly units: readonly { readonly unit: string; readonly role: string }[];
  readonly workflow: { readonly version: number };
}

interface SubPlanBody {
  readonly subPlan: {
    readonly planId: number;
    readonly rollup: {
      readonly total: number;
      readonly counts: { readonly done: number };
      readonly lights: Record<string, number>;
    };
    readonly latestReport: { readonly milestoneId: number; readonly text: string } | null;
    readonly steps: readonly MilestoneBody[];
  } | null;
  readonly decompose: { readonly units: readonly { id: number; name: string }[] } | null;
}

const expectStatus = (response: LightMyRequestResponse, status: number): LightMyRequestResponse => {
  expect(response.statusCode, response.body.slice(0, 400)).toBe(status);
  return response;
};

const csvOf = (rows: readonly (readonly string[])[]): Uint8Array =>
  new TextEncoder().encode(
    ["序号,工作任务,节点计划,责任单位,完成时限", ...rows.map((row) => row.join(","))].join("\n"),
  );

describeEachDatabaseWorld(
  "sub-plans (子计划) over HTTP",
  { accounts: ["supervisor", "leader", "staff", "auditStaff", "idleStaff"] },
  ({ world }) => {
    let parent: MilestoneBody;
    let sectionA: Client;
    let sectionB: Client;
    let outsider: Client;
    const unit: Record<string, number> = {};

    const addUnit = async (w: World, name: string, under: string): Promise<void> => {
      const created = expectStatus(await w.admin.call("POST", "/api/units", { name }), 201);
      unit[name] = created.json<{ id: number }>().id;
      const placed = await w.admin.call("PUT", `/api/units/${unit[name]}/parent`, {
        parentUnitId: w.unitIds[under],
      });
      expect(expectStatus(placed, 200).json<{ parentUnitId: number }>().parentUnitId).toBe(
        w.unitIds[under],
      );
    };

    const addUser = async (w: World, username: string, unitName: string): Promise<Client> => {
      const created = await w.admin.call("POST", "/api/users", {
        username,
        displayName: username,
        unitId: unit[unitName],
        role: "unit_staff",
        password: PASSWORD,
      });
      expectStatus(created, 201);
      return logIn(w.app, username);
    };

    const subPlanAs = async (client: Client): Promise<SubPlanBody> =>
      expectStatus(await client.call("GET", `/api/milestones/${parent.id}/sub-plan`), 200).json();

    const steps = (a: string, b: string) => [
      { text: "组织高新技术企业申报辅导", unitIds: [unit[SECTION_A]], dueDate: a },
      { text: "汇总申报材料并报送", unitIds: [unit[SECTION_B], unit[SECTION_A]], dueDate: b },
    ];

    beforeAll(async () => {
      const w = world();
      w.clock.now = new Date("2022-06-10T04:00:00Z");
      await addUnit(w, SECTION_A, "市科技局");
      await addUnit(w, SECTION_B, "市科技局");
      await addUnit(w, OTHER_SECTION, "市审计局");
      sectionA = await addUser(w, "kjj.gxk", SECTION_A);
      sectionB = await addUser(w, "kjj.cgk", SECTION_B);
      outsider = await addUser(w, "sjj.yk", OTHER_SECTION);
      const led = expectStatus(
        await w.client("leader").call("GET", "/api/milestones?pageSize=200&q=组织受理各批次"),
        200,
      ).json<{ items: MilestoneBody[] }>();
      const found = led.items.find((m) => m.text.includes("组织受理各批次的高新技术企业申报"));
      if (found === undefined) throw new Error("202（2） is not in the reference plan");
      parent = found;
    }, 60_000);

    it("refuses a step due after the parent, or naming a unit outside the lead unit, and stores nothing", async () => {
      const leader = world().client("leader");
      const late = await leader.call("POST", `/api/milestones/${parent.id}/sub-plan`, {
        steps: steps("2022-09-30", "2022-11-30"),
      });
      expectStatus(late, 400);
      expect(errorOf(late).field).toBe("body.steps[1].dueDate");
      expect(errorOf(late).message.zh).toContain("晚于上级节点计划的完成时限（2022-10-31）");
      const foreign = await leader.call("POST", `/api/milestones/${parent.id}/sub-plan`, {
        steps: [{ text: "审计", unitIds: [unit[OTHER_SECTION]], dueDate: "2022-09-30" }],
      });
      expectStatus(foreign, 400);
      expect(errorOf(foreign).field).toBe("body.steps[0].unitIds");
      expect((await subPlanAs(leader)).subPlan).toBeNull();
    });

    it("lets only the lead unit (or the office) split its milestone", async () => {
      const w = world();
      const body = { steps: steps("2022-09-30", "2022-10-31") };
      // Another unit does not learn the milestone exists; a cooperating one may not split it.
      expectStatus(
        await w.client("idleStaff").call("POST", `/api/milestones/${parent.id}/sub-plan`, body),
        404,
      );
      expectStatus(await outsider.call("POST", `/api/milestones/${parent.id}/sub-plan`, body), 404);
      const offered = await subPlanAs(w.client("leader"));
      expect(offered.decompose?.units.map((u) => u.name).sort()).toEqual(
        ["市科技局", SECTION_A, SECTION_B].sort(),
      );
      const created = await w
        .client("leader")
        .call("POST", `/api/milestones/${parent.id}/sub-plan`, body);
      expect(expectStatus(created, 201).json<{ kind: string }>().kind).toBe("created");
    });

    it("shows a section its own step and the parent's text, and nothing else", async () => {
      const view = (await subPlanAs(world().client("leader"))).subPlan;
      if (view === null) throw new Error("no sub-plan");
      const [stepA, stepB] = view.steps;
      if (stepA === undefined || stepB === undefined) throw new Error("two steps expected");
      expect(stepA.units.map((u) => u.unit)).toEqual([SECTION_A]);

      const plans = expectStatus(await sectionA.call("GET", "/api/plans"), 200).json<{
        items: { id: number }[];
      }>();
      expect(plans.items.map((p) => p.id)).toEqual([view.planId]);
      // Step B names section A as cooperating: A sees it; B does not see step A.
      const mineA = expectStatus(await sectionA.call("GET", "/api/milestones?pageSize=200"), 200)
        .json<{ items: MilestoneBody[] }>()
        .items.map((m) => m.id);
      expect(mineA.sort()).toEqual([stepA.id, stepB.id].sort());
      const mineB = expectStatus(await sectionB.call("GET", "/api/milestones?pageSize=200"), 200)
        .json<{ items: MilestoneBody[] }>()
        .items.map((m) => m.id);
      expect(mineB).toEqual([stepB.id]);
      expectStatus(await sectionB.call("GET", `/api/milestones/${stepA.id}`), 404);
      expectStatus(await sectionB.call("GET", `/api/milestones/${stepA.id}/history`), 404);
      // The city's plan and the parent milestone itself stay out of reach.
      expectStatus(await sectionA.call("GET", `/api/milestones/${parent.id}`), 404);
      expectStatus(await sectionA.call("GET", `/api/milestones/${parent.id}/sub-plan`), 404);
      expectStatus(await sectionA.call("GET", `/api/plans/${parent.planId}`), 404);
      const above = expectStatus(
        await sectionA.call("GET", `/api/plans/${view.planId}/parent-milestone`),
        200,
      ).json<{ parentMilestone: { milestoneId: number; text: string; leadUnit: string } }>();
      expect(above.parentMilestone).toMatchObject({
        milestoneId: parent.id,
        text: parent.text,
        leadUnit: "市科技局",
      });
      // A unit with no part in the sub-plan reads nothing of it, parent included.
      expectStatus(await outsider.call("GET", `/api/plans/${view.planId}/parent-milestone`), 404);
      expectStatus(await outsider.call("GET", `/api/milestones/${stepA.id}`), 404);
    });

    it("lets a section report on its step only, and rolls the report up to the parent", async () => {
      const leader = world().client("leader");
      const view = (await subPlanAs(leader)).subPlan;
      const [stepA, stepB] = view?.steps ?? [];
      if (stepA === undefined || stepB === undefined) throw new Error("two steps expected");
      const report = { version: stepA.workflow.version, text: "已完成两场申报辅导", percent: 60 };
      expectStatus(await sectionB.call("POST", `/api/milestones/${stepA.id}/reports`, report), 404);
      expectStatus(
        await sectionB.call("POST", `/api/milestones/${parent.id}/reports`, {
          ...report,
          version: parent.workflow.version,
        }),
        404,
      );
      expectStatus(await sectionA.call("POST", `/api/milestones/${stepA.id}/reports`, report), 201);
      // A section may not split the parent nor import a sub-plan for it.
      expectStatus(
        await sectionA.call("POST", `/api/milestones/${parent.id}/sub-plan`, {
          steps: steps("2022-09-30", "2022-10-31"),
        }),
        404,
      );
      const rolled = (await subPlanAs(leader)).subPlan;
      expect(rolled?.rollup.total).toBe(2);
      expect(rolled?.rollup.counts.done).toBe(0);
      expect(rolled?.latestReport).toMatchObject({
        milestoneId: stepA.id,
        text: "已完成两场申报辅导",
      });
      const office = (await subPlanAs(world().client("supervisor"))).subPlan;
      expect(office?.rollup.total).toBe(2);
      // The lead unit reads its sub-plan whole, as the table of a plan it leads.
      const table = expectStatus(
        await leader.call("GET", `/api/plans/${String(rolled?.planId)}`),
        200,
      ).json<{ plan: { parentMilestoneId: number }; ids: { milestones: number[] }[] }>();
      expect(table.plan.parentMilestoneId).toBe(parent.id);
      expect(table.ids.flatMap((t) => t.milestones)).toHaveLength(2);
    });

    it("imports a sub-plan table for the milestone all or nothing, deadlines checked on every row", async () => {
      const leader = world().client("leader");
      const table = (due: string) =>
        csvOf([
          ["1", "组织受理高新技术企业申报", "组织高新技术企业申报辅导", SECTION_A, "9月30日"],
          ["1", "组织受理高新技术企业申报", "汇总申报材料并报送", SECTION_B, due],
          ["1", "组织受理高新技术企业申报", "开展申报企业现场核查", "市科技局监督科", "10月20日"],
        ]);
      const late = await leader.call(
        "POST",
        `/api/plans?fileName=kjj-sub.csv&parentMilestoneId=${parent.id}`,
        table("11月15日"),
      );
      expectStatus(late, 422);
      expect(errorOf(late).code).toBe("import.invalid_file");
      const units = expectStatus(await leader.call("GET", "/api/units"), 200).json<{
        items: { name: string }[];
      }>();
      expect(units.items.map((u) => u.name)).not.toContain("市科技局监督科");
      expect((await subPlanAs(leader)).subPlan?.steps).toHaveLength(2);

      const imported = await leader.call(
        "POST",
        `/api/plans?fileName=kjj-sub.csv&parentMilestoneId=${parent.id}`,
        table("10月31日"),
      );
      expect(expectStatus(imported, 201).json<{ kind: string }>().kind).toBe("revised");
      const after = (await subPlanAs(leader)).subPlan;
      expect(after?.steps.map((s) => s.text)).toContain("开展申报企业现场核查");
      const created = expectStatus(await leader.call("GET", "/api/units"), 200)
        .json<{ items: { name: string; parentUnitId: number | null }[] }>()
        .items.find((u) => u.name === "市科技局监督科");
      expect(created?.parentUnitId).toBe(world().unitIds["市科技局"]);
      // Another unit's staff cannot import a sub-plan for it.
      expectStatus(
        await outsider.call(
          "POST",
          `/api/plans?fileName=kjj-sub.csv&parentMilestoneId=${parent.id}`,
          table("10月31日"),
        ),
        404,
      );
    });

    it("refuses to declare the parent complete over open steps unless the lead says why", async () => {
      const w = world();
      const leader = w.client("leader");
      const current = expectStatus(
        await leader.call("GET", `/api/milestones/${parent.id}`),
        200,
      ).json<MilestoneBody>();
      const declare = (extra: object) =>
        leader.call("POST", `/api/milestones/${parent.id}/completion`, {
          version: current.workflow.version,
          completedOn: "2022-06-10",
          text: "申报受理完成",
          ...extra,
        });
      const refused = await declare({});
      expectStatus(refused, 400);
      expect(errorOf(refused).field).toBe("body.openSubStepsReason");
      expectStatus(await declare({ openSubStepsReason: "剩余步骤已由省厅统一组织" }), 201);
      const history = expectStatus(
        await leader.call("GET", `/api/milestones/${parent.id}/history`),
        200,
      ).json<{
        entries: { entry: { kind: string; openSubSteps?: { count: number; reason: string } } }[];
      }>();
      const declared = history.entries.find((e) => e.entry.kind === "completion_declared");
      expect(declared?.entry.openSubSteps).toEqual({
        count: 3,
        reason: "剩余步骤已由省厅统一组织",
      });
    });
  },
);
