import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { buildDocx, paragraphXml, rowXml, tableXml } from "../support/docx-builder.js";

describe("tables of other column sets, read from the files offices send", () => {
  it("reads a Word document with a table per section, a two-row header and a merged group column", async () => {
    const header = [
      rowXml([
        { text: "类别", vMerge: "restart" },
        { text: "重点工作", vMerge: "restart" },
        { text: "责任单位", span: 2 },
        { text: "完成\n时限", vMerge: "restart" },
        { text: "一季度进展", vMerge: "restart" },
      ]),
      rowXml([
        { vMerge: "continue" },
        { vMerge: "continue" },
        "牵头",
        "配合",
        { vMerge: "continue" },
        { vMerge: "continue" },
      ]),
    ];
    const body =
      paragraphXml("2023年市政府重点工作任务分解表") +
      paragraphXml("一、经济发展") +
      tableXml(6, [
        ...header,
        rowXml([
          { text: "（一）科技创新", vMerge: "restart" },
          "建成孵化器",
          "市科技局",
          "市财政局",
          "6月底前",
          "已完成选址",
        ]),
        rowXml([{ vMerge: "continue" }, "培育企业", "市科技局", "", "年底前", ""]),
      ]) +
      paragraphXml("二、社会民生") +
      tableXml(6, [
        ...header,
        rowXml(["（一）教育", "新建学校", "市教育局", "市住房城乡建设局", "9月底前", ""]),
      ]);
    const result = await importPlanBytes(buildDocx(body), "plan.docx");
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error("import failed");
    const json = planToJson(result.plan);
    expect(
      json.tasks.map((t) => [t.title, t.leadUnits, t.cooperatingUnits, t.parent?.title]),
    ).toEqual([
      ["建成孵化器", ["市科技局"], ["市财政局"], "科技创新"],
      ["培育企业", ["市科技局"], [], "科技创新"],
      ["新建学校", ["市教育局"], ["市住房城乡建设局"], "教育"],
    ]);
    expect(json.tasks.map((t) => t.outline.map((h) => h.title))).toEqual([
      ["经济发展", "科技创新"],
      ["经济发展", "科技创新"],
      ["社会民生", "教育"],
    ]);
    expect(json.tasks[0]?.milestones[0]).toMatchObject({
      due: "2023-06-30",
      initialProgress: [{ header: "一季度进展", text: "已完成选址" }],
    });
  });

  it("reads every sheet of a workbook with the same header as a section", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [name, unit] of [
      ["张三副市长分管", "市发展改革委"],
      ["李四副市长分管", "市民政局"],
    ] as const) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(["2023年市政府重点工作任务分解表"]);
      sheet.addRow(["序号", "工作任务", "责任单位", "牵头市领导", "完成时限"]);
      sheet.addRow([1, `${unit}的任务`, unit, name.slice(0, 2), "年底前"]);
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importPlanBytes(bytes, "plan.xlsx");
    if (!result.ok) throw new Error("import failed");
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "table.section_from_sheet",
      "table.section_from_sheet",
    ]);
    const json = planToJson(result.plan);
    expect(json.tasks.map((t) => [t.no, t.parent?.title, t.persons])).toEqual([
      [1, "张三副市长分管", [{ name: "张三", role: "牵头市领导" }]],
      [1, "李四副市长分管", [{ name: "李四", role: "牵头市领导" }]],
    ]);
  });
});
