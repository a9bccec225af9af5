import { shellActor } from "../../src/policies/actor.js";
import { expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { planToDocx } from "../../src/exporters/plan-docx.js";
import { DubanError } from "../../src/services/duban-error.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { sliceStoredPlan } from "../../src/services/slice-stored-plan.js";
import { describeEachDatabase } from "../support/databases.js";
import { expectedReference } from "../support/fixtures.js";
import { projectOnto } from "../support/project-onto.js";
import { referencePlan } from "../support/reference-plan.js";

const master = generateMasterPlan({
  tasks: 300,
  milestones: 1200,
  units: 60,
  seed: 11,
  includeReference: true,
});

describeEachDatabase("slicing a stored plan", ({ open }) => {
  it("gives back exactly the reference table, header line included, from a city-wide master", async () => {
    const db = await open();
    const imported = await importPlanFile(db, {
      bytes: await planToDocx(master),
      fileName: "2022-master.docx",
      actor: shellActor("cli:test"),
    });
    expect(imported).toMatchObject({ kind: "created" });
    const slice = await sliceStoredPlan(db, { planId: imported.planId, unit: "市科技局" });
    expect(slice.plan.subtitle).toBe("（牵头重点工作任务12项，牵头重点工作任务节点计划2项）");
    const expected = expectedReference();
    expect(projectOnto(expected, planToJson(slice.plan))).toEqual(expected);
    expect(planToJson(slice.plan)).toEqual(planToJson(referencePlan));
  });

  it("finds the unit by an alias, and refuses one it does not know", async () => {
    const db = await open();
    const imported = await importPlanFile(db, {
      bytes: await planToDocx(referencePlan),
      fileName: "2022-kjj.docx",
      actor: shellActor("cli:test"),
    });
    await db.kysely
      .insertInto("units")
      .values({ name: "江门市科学技术局", kind: "unit", created_at: "2022-01-01T00:00:00Z" })
      .execute();
    await mergeUnits(db, {
      keep: "市科技局",
      other: "江门市科学技术局",
      actor: shellActor("cli:test"),
    });
    const slice = await sliceStoredPlan(db, { planId: imported.planId, unit: "江门市科学技术局" });
    expect(slice.unit).toBe("市科技局");
    expect(slice.headerCounts).toEqual({ leadTasks: 12, leadMilestones: 2 });
    await expect(
      sliceStoredPlan(db, { planId: imported.planId, unit: "市科学局" }),
    ).rejects.toBeInstanceOf(DubanError);
    await expect(sliceStoredPlan(db, { planId: 999, unit: "市科技局" })).rejects.toMatchObject({
      code: "plan.not_found",
    });
  });
});
