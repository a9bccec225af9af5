import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { reachOfUnit, visibleVersionIds } from "../../src/db/queries/access.js";
import { findUnitByName } from "../../src/db/queries/units.js";
import { userActor } from "../../src/policies/actor.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { listMilestones } from "../../src/services/milestones.js";
import { plansVisibleTo } from "../../src/services/plans.js";
import { decomposeMilestone } from "../../src/services/sub-plans/decompose-milestone.js";
import { subPlanOf } from "../../src/services/sub-plans/sub-plan-view.js";
import { createUnit, getUnit, setUnitParent } from "../../src/services/units.js";
import { draftRequest } from "../../src/services/workflow/draft-request.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { SHELL, at, referenceWorkflow, refusal } from "../support/reference-workflow.js";

const NOW = () => new Date("2022-06-01T02:00:00Z");

/** A unit placed under another by the shell, and its leader as an API actor. */
const unitUnder = async (db: Database, name: string, parentUnitId: number, userId: number) => {
  const unit = await createUnit(db, SHELL, { name, kind: "unit" }, NOW());
  await setUnitParent(db, SHELL, { unitId: unit.id, parentUnitId }, NOW());
  return {
    id: unit.id,
    leader: userActor({ id: userId, username: `u${userId}`, unitId: unit.id, role: "unit_leader" }),
  };
};

/**
 * The city's table imported from its CSV, with what these tests need of it: a unit's
 * leader, 202（2） (组织受理各批次…, 市科技局 leading), and a revision made by editing the CSV.
 */
const cityTable = async (db: Database) => {
  const city = new TextDecoder().decode(readFixture("seed-2022-kjj.csv"));
  const { planId } = await importPlanFile(db, {
    bytes: new TextEncoder().encode(city),
    fileName: "2022.csv",
    actor: SHELL,
    year: 2022,
  });
  const leader = async (name: string, userId: number) => {
    const unit = await findUnitByName(db.kysely, name);
    if (unit === undefined) throw new Error(`no ${name}`);
    return userActor({ id: userId, username: `u${userId}`, unitId: unit.id, role: "unit_leader" });
  };
  const all = await listMilestones(db, SHELL, {
    asOf: "2022-06-01",
    sort: "position",
    page: 1,
    pageSize: 200,
  });
  const parent = all.items.find((m) => m.text.startsWith("组织受理各批次"));
  if (parent === undefined) throw new Error("no 202（2）");
  const revise = (from: string, to: string, fileName: string) =>
    importPlanFile(db, {
      bytes: new TextEncoder().encode(city.replace(from, to)),
      fileName,
      planId,
      actor: SHELL,
      year: 2022,
    });
  return { leader, parentId: parent.id, revise };
};

describeEachDatabase("sub-plans (子计划)", ({ open }) => {
  it("are looked up before a unit's lists are read: a unit that owns none reads no statement about them", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const bureau = (await w.unitId("市科技局")) ?? 0;
    const section = await unitUnder(db, "市科技局高新技术科", bureau, 11);
    const before = await reachOfUnit(db.kysely, bureau);
    expect(before.subPlanIds).toEqual([]);
    // A subquery for sub-plans nobody owns made PostgreSQL count a whole plan into every unit's rows.
    expect(visibleVersionIds(db.kysely, before).compile().sql).not.toMatch(/"plans"/);
    const { planId } = await decomposeMilestone(
      db,
      w.leader,
      {
        milestoneId: w.milestoneId(202, 2),
        steps: [{ text: "组织申报辅导", unitIds: [section.id], dueDate: "2022-09-30" }],
      },
      NOW,
    );
    const after = await reachOfUnit(db.kysely, bureau);
    expect(after).toEqual({ unitIds: before.unitIds, subPlanIds: [planId] });
    expect((await reachOfUnit(db.kysely, section.id)).subPlanIds).toEqual([]);
    const steps = await db.kysely
      .selectFrom(visibleVersionIds(db.kysely, after).as("v"))
      .innerJoin("milestone_versions as mv", "mv.id", "v.id")
      .select("mv.plan_id")
      .where("mv.plan_id", "=", planId)
      .execute();
    expect(steps).toHaveLength(1);
  });

  it("splits a step again, any depth: each sub-plan its owner's whole, each section its own step", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const bureau = (await w.unitId("市科技局")) ?? 0;
    const section = await unitUnder(db, "市科技局高新技术科", bureau, 11);
    const desk = await unitUnder(db, "高新技术科申报组", section.id, 12);
    const first = await decomposeMilestone(
      db,
      w.leader,
      {
        milestoneId: w.milestoneId(202, 2),
        steps: [{ text: "组织申报辅导", unitIds: [section.id], dueDate: "2022-09-30" }],
      },
      NOW,
    );
    const [step] =
      (await subPlanOf(db, w.leader, w.milestoneId(202, 2), "2022-06-01"))?.steps ?? [];
    if (step === undefined) throw new Error("no step");
    // The section leads its step, so it splits it in turn; not past the step's own day.
    expect(
      await refusal(
        decomposeMilestone(
          db,
          section.leader,
          {
            milestoneId: step.id,
            steps: [{ text: "受理", unitIds: [desk.id], dueDate: "2022-10-31" }],
          },
          NOW,
        ),
      ),
    ).toBe("milestone.invalid_input");
    const second = await decomposeMilestone(
      db,
      section.leader,
      {
        milestoneId: step.id,
        steps: [{ text: "受理", unitIds: [desk.id], dueDate: "2022-09-15" }],
      },
      NOW,
    );
    const plansOf = async (actor: typeof w.leader) =>
      (await plansVisibleTo(db, actor, "in_use")).map((p) => p.id).sort();
    expect(await plansOf(section.leader)).toEqual([first.planId, second.planId].sort());
    expect(await plansOf(desk.leader)).toEqual([second.planId]);
    // The bureau owns its own sub-plan, not the one its section made of a step.
    expect(await plansOf(w.leader)).toEqual([w.planId, first.planId].sort());
    const deskSees = await listMilestones(db, desk.leader, {
      asOf: "2022-06-01",
      sort: "position",
      page: 1,
      pageSize: 50,
    });
    expect(deskSees.items.map((m) => m.text)).toEqual(["受理"]);
  });

  it("keeps a step's identity when the steps are sent again", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const bureau = (await w.unitId("市科技局")) ?? 0;
    const section = await unitUnder(db, "市科技局成果转化科", bureau, 11);
    const milestoneId = w.milestoneId(202, 2);
    const steps = [{ text: "组织申报辅导", unitIds: [section.id], dueDate: "2022-09-30" }];
    await decomposeMilestone(db, w.leader, { milestoneId, steps }, NOW);
    const before = (await subPlanOf(db, w.leader, milestoneId, "2022-06-01"))?.steps[0]?.id;
    const again = await decomposeMilestone(
      db,
      w.office,
      {
        milestoneId,
        steps: [...steps, { text: "汇总报送", unitIds: [bureau], dueDate: "2022-10-31" }],
      },
      NOW,
    );
    expect(again.kind).toBe("revised");
    const after = (await subPlanOf(db, w.leader, milestoneId, "2022-06-01"))?.steps ?? [];
    expect(after.map((s) => s.id)[0]).toBe(before);
    expect(after).toHaveLength(2);
  });

  it("refuses a staff draft of the parent's completion while a step is open", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const bureau = (await w.unitId("市科技局")) ?? 0;
    const section = await unitUnder(db, "市科技局成果转化科", bureau, 11);
    const milestoneId = w.milestoneId(202, 1);
    await decomposeMilestone(
      db,
      w.leader,
      { milestoneId, steps: [{ text: "宣讲", unitIds: [section.id], dueDate: "2022-07-31" }] },
      NOW,
    );
    const draft = draftRequest(
      db,
      w.staff,
      {
        milestoneId,
        payload: { kind: "completion", completedOn: "2022-06-01", text: "", attachmentIds: [] },
      },
      at("2022-06-01"),
    );
    expect(await refusal(draft)).toBe("milestone.invalid_state");
  });

  it("places units under units without cycles, and a merge keeps the sections", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const bureau = (await w.unitId("市科技局")) ?? 0;
    const section = await unitUnder(db, "市科技局高新技术科", bureau, 11);
    expect(
      await refusal(setUnitParent(db, SHELL, { unitId: bureau, parentUnitId: section.id }, NOW())),
    ).toBe("unit.invalid_input");
    expect(
      await refusal(setUnitParent(db, SHELL, { unitId: bureau, parentUnitId: bureau }, NOW())),
    ).toBe("unit.invalid_input");
    expect(
      await refusal(setUnitParent(db, w.leader, { unitId: section.id, parentUnitId: null }, NOW())),
    ).toBe("auth.forbidden");
    await createUnit(db, SHELL, { name: "江门市科学技术局", kind: "unit" }, NOW());
    await mergeUnits(db, { keep: "江门市科学技术局", other: "市科技局", actor: SHELL });
    const kept = await w.unitId("江门市科学技术局");
    expect((await getUnit(db, SHELL, section.id)).parentUnitId).toBe(kept);
  });

  it("warns, not refuses, when the city's revision moves a milestone earlier than its steps", async () => {
    const db = await open();
    const city = await cityTable(db);
    const kjj = await city.leader("市科技局", 31);
    const section = await unitUnder(db, "市科技局高新技术科", kjj.unitId, 32);
    await decomposeMilestone(
      db,
      kjj,
      {
        milestoneId: city.parentId,
        steps: [
          { text: "受理申报", unitIds: [section.id], dueDate: "2022-09-30" },
          { text: "材料初审", unitIds: [section.id], dueDate: "2022-10-31" },
        ],
      },
      NOW,
    );
    const revise = (deadline: string, fileName: string) =>
      city.revise(
        "申报。,市科技局、市税务局,10月31日",
        `申报。,市科技局、市税务局,${deadline}`,
        fileName,
      );
    const earlier = await revise("9月15日", "2022-revised.csv");
    expect(earlier.kind).toBe("revised");
    const warned = earlier.diagnostics.filter((d) => d.code === "sub_plan.steps_after_parent");
    expect(warned.map((d) => [d.severity, d.location.text, d.message.en])).toEqual([
      [
        "warning",
        "202（2）",
        "Milestone 202（2） is now due by 2022-09-15, but 2 steps of its sub-plan are due later (the latest 2022-10-31); its lead unit should move them",
      ],
    ]);
    // Moved back to a day every step keeps: nothing to say.
    const later = await revise("11月30日", "2022-revised-again.csv");
    expect(later.diagnostics.map((d) => d.code)).not.toContain("sub_plan.steps_after_parent");
  });

  it("moves the sub-plan to the milestone's new lead unit with the city's revision", async () => {
    const db = await open();
    const city = await cityTable(db);
    const kjj = await city.leader("市科技局", 21);
    const tax = await city.leader("市税务局", 22);
    const step = (unitId: number) => [
      { text: "受理申报", unitIds: [unitId], dueDate: "2022-10-31" },
    ];
    const section = await unitUnder(db, "市科技局高新技术科", kjj.unitId, 23);
    const first = await decomposeMilestone(
      db,
      kjj,
      { milestoneId: city.parentId, steps: step(section.id) },
      NOW,
    );
    // The city's revision makes 市税务局 the lead of 202（2）.
    await city.revise(
      "（2）组织受理各批次的高新技术企业申报。,市科技局、市税务局",
      "（2）组织受理各批次的高新技术企业申报。,市税务局、市科技局",
      "2022-revised.csv",
    );
    // The sub-plan is the new lead's at once: the old lead neither sees nor splits it any more.
    const seen = async (actor: typeof kjj) =>
      (await plansVisibleTo(db, actor, "in_use")).some((p) => p.id === first.planId);
    expect(await seen(tax)).toBe(true);
    expect(await seen(kjj)).toBe(false);
    expect(
      await refusal(
        decomposeMilestone(db, kjj, { milestoneId: city.parentId, steps: step(kjj.unitId) }, NOW),
      ),
    ).toBe("auth.forbidden");
    const again = await decomposeMilestone(
      db,
      tax,
      { milestoneId: city.parentId, steps: step(tax.unitId) },
      NOW,
    );
    expect(again.planId).toBe(first.planId);
    const owner = (await plansVisibleTo(db, SHELL, "in_use")).find((p) => p.id === first.planId);
    expect(owner?.ownerUnit).toBe("市税务局");
  });
});
