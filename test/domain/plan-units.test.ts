import { describe, expect, it } from "vitest";
import { renameUnits, unitNamesIn } from "../../src/domain/plan-units.js";
import { testMilestone, testPlan, testTask } from "../support/plan-builder.js";

const plan = testPlan([
  testTask({
    leadUnits: ["市政数局"],
    cooperatingUnits: ["市财政局"],
    otherRoles: [{ label: "数据提供单位", units: ["市统计局", "江门市统计局"] }],
    persons: [{ name: "张三", role: "责任领导" }],
    milestones: [
      testMilestone({
        text: "汇总数据。",
        responsibilities: [{ unit: "市税务局", role: "other", roleLabel: "数据提供单位" }],
      }),
    ],
  }),
]);

describe("the units a plan names", () => {
  it("include those under other roles, and never persons", () => {
    expect(unitNamesIn(plan)).toEqual([
      "市政数局",
      "市财政局",
      "市统计局",
      "江门市统计局",
      "市税务局",
    ]);
  });

  it("are renamed in other roles too, a name kept once per role", () => {
    const renamed = renameUnits(plan, (name) => (name === "江门市统计局" ? "市统计局" : name));
    expect(renamed.tasks[0]?.otherRoles).toEqual([{ label: "数据提供单位", units: ["市统计局"] }]);
    expect(renamed.tasks[0]?.persons).toEqual(plan.tasks[0]?.persons);
  });
});
