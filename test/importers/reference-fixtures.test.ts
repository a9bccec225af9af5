import { describe, expect, it } from "vitest";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanFile } from "../../src/importers/import-plan.js";
import { expectedReference, fixturePath, REFERENCE_FORMATS } from "../support/fixtures.js";
import { projectOnto } from "../support/project-onto.js";

describe("the reference table reads exactly in every form it is issued", () => {
  const expected = expectedReference();

  it.each(REFERENCE_FORMATS)("seed-2022-kjj.%s equals the expected JSON", async (format) => {
    const result = await importPlanFile(fixturePath(`seed-2022-kjj.${format}`));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    if (!result.ok) throw new Error("import failed");
    const json = planToJson(result.plan);
    expect(projectOnto(expected, json)).toEqual(expected);
    // The projection keeps arrays whole, so extra tasks or milestones would show above;
    // the counts are checked against the content as well.
    expect(json.tasks.flatMap((t) => t.milestones)).toHaveLength(json.milestoneCount);
  });

  it("keeps the deadline as written beside its date", async () => {
    const result = await importPlanFile(fixturePath("seed-2022-kjj.excel-dates.xlsx"));
    if (!result.ok) throw new Error("import failed");
    const first = result.plan.tasks[0]?.milestones[0];
    expect(first?.deadline).toEqual({ kind: "date", text: "12月15日", date: "2022-12-15" });
  });

  it("says so when it composes the title of a CSV, which carries none", async () => {
    const result = await importPlanFile(fixturePath("seed-2022-kjj.csv"));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["plan.title_composed"]);
  });

  it("reads the Word, Excel, text and web page forms without a single remark", async () => {
    for (const format of ["docx", "xlsx", "txt", "excel-dates.xlsx", "htm"]) {
      const result = await importPlanFile(fixturePath(`seed-2022-kjj.${format}`));
      expect(result.diagnostics).toEqual([]);
    }
  });
});
