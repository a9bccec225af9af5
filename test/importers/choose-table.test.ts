import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { sourceDocument, sourceTable } from "../support/source-builder.js";

const HEADER = ["序号", "工作任务", "节点计划", "责任单位", "完成时限"];
const TITLE = ["2022年市政府重点工作任务分解表"];
const row = (no: string): string[] => [no, `任务${no}`, "（1）步骤", "市科技局", "6月30日"];

describe("choosing the tables that make up the plan", () => {
  it("joins a Word table split across pages, with or without its header repeated", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1")], { paragraphsBefore: TITLE }),
        sourceTable([HEADER, row("2")], { name: "表2" }),
        sourceTable([row("3")], { name: "表3" }),
      ]),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.tasks.map((t) => t.no)).toEqual([1, 2, 3]);
  });

  it("leaves out a table of another kind after the plan, and says so", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1")], { paragraphsBefore: TITLE }),
        sourceTable(
          [
            ["联系人", "电话"],
            ["张三", "123"],
          ],
          { name: "表2", paragraphsBefore: ["附：联系人"] },
        ),
      ]),
    );
    expect(result.plan?.tasks).toHaveLength(1);
    expect(result.diagnostics.map((d) => [d.code, d.location.sheet])).toEqual([
      ["table.ignored", "表2"],
    ]);
  });

  it("reads the sheet that holds the table when a workbook has several, and says which", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("填表说明").addRow(["请按要求填写各项任务"]);
    const sheet = workbook.addWorksheet("任务表");
    sheet.addRow(TITLE);
    sheet.addRow(HEADER);
    sheet.addRow(row("1"));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importPlanBytes(bytes, "plan.xlsx");
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.location.sheet])).toEqual([
      ["table.ignored", "填表说明"],
      ["sheet.chosen", "任务表"],
    ]);
  });
});
