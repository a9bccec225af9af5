import { describe, expect, it } from "vitest";
import { generateMasterPlan } from "../../bench/generate-master.js";
import type { Plan } from "../../src/domain/plan.js";
import { withoutSources } from "../../src/domain/plan-sources.js";
import { sliceOf } from "../../src/domain/slice.js";
import { planToDocx } from "../../src/exporters/plan-docx.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { referencePlan } from "../support/reference-plan.js";

const EXPORTS = { docx: planToDocx, xlsx: planToXlsx } as const;

const reimport = async (plan: Plan, format: keyof typeof EXPORTS): Promise<Plan> => {
  const result = await importPlanBytes(await EXPORTS[format](plan), `plan.${format}`);
  expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  if (!result.ok) throw new Error("re-import failed");
  return result.plan;
};

describe("a plan written as the office's table reads back as the same plan", () => {
  it.each(["docx", "xlsx"] as const)("the reference plan through .%s", async (format) => {
    const back = await reimport(referencePlan, format);
    expect(planToJson(withoutSources(back))).toEqual(planToJson(referencePlan));
  });

  it.each(["docx", "xlsx"] as const)(
    "a generated city-wide master through .%s, and 市科技局's slice of it is the reference",
    async (format) => {
      const master = generateMasterPlan({
        tasks: 240,
        milestones: 900,
        units: 60,
        seed: 7,
        includeReference: true,
      });
      const back = await reimport(master, format);
      expect(planToJson(withoutSources(back))).toEqual(planToJson(master));
      expect(planToJson(withoutSources(sliceOf(back, "市科技局").plan))).toEqual(
        planToJson(referencePlan),
      );
    },
  );
});
