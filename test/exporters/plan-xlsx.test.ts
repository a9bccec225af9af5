import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";
import { planToXlsx, writePlanXlsx } from "../../src/exporters/plan-xlsx.js";
import {
  elementsNamed,
  packageProblems,
  readStream,
  xmlElements,
  zipTexts,
} from "../support/office-xml.js";
import { referencePlan } from "../support/reference-plan.js";

const load = async (bytes: Uint8Array): Promise<ExcelJS.Worksheet> => {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("Sheet1");
  if (!sheet) throw new Error("no Sheet1");
  return sheet;
};

const partsOf = async (plan: Plan, options?: Parameters<typeof planToXlsx>[1]) =>
  zipTexts(await planToXlsx(plan, options));

const mergesOf = (sheet: ExcelJS.Worksheet): string[] => [...sheet.model.merges].sort();

/** Every cell value of the five columns, merged cells read through their master. */
const valuesOf = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value));
  }
  return rows;
};

const milestone = (text: string, units: string[], seq: number | null = 1): Milestone => ({
  seq,
  text,
  responsibilities: units.map((unit, i) => ({ unit, role: i === 0 ? "lead" : "cooperating" })),
  persons: [],
  initialProgress: [],
  deadline: { kind: "period_end", text: "6月底前", period: "month", date: "2022-06-30" },
  remarks: {},
});

const task = (no: number | null, label: string, milestones: Milestone[]): Task => ({
  no,
  label,
  title: `任务${label}`,
  leadUnits: ["市财政局"],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  milestones,
  remarks: {},
});

describe("planToXlsx on the reference plan", () => {
  it("gives the reference workbook's cell values and merges", async () => {
    const ours = await load(await planToXlsx(referencePlan));
    const reference = await load(
      readFileSync(new URL("../fixtures/seed-2022-kjj.xlsx", import.meta.url)),
    );
    expect(ours.rowCount).toBe(41);
    expect(valuesOf(ours)).toEqual(valuesOf(reference));
    expect(mergesOf(ours)).toEqual(mergesOf(reference));
    expect(mergesOf(ours)).toHaveLength(32);
  });

  it("stores 序号 as a number, units on lines with wrap on, deadlines as text", async () => {
    const sheet = await load(await planToXlsx(referencePlan));
    expect(sheet.getCell("A5").value).toBe(202);
    expect(sheet.getCell("D5").value).toBe("市科技局\n市税务局");
    expect(sheet.getCell("D5").alignment.wrapText).toBe(true);
    expect(sheet.getCell("E5").value).toBe("7月31日");
    expect(sheet.getCell("E5").numFmt).toBe("@");
    expect(sheet.getCell("B4").value).toBe(
      `${referencePlan.tasks[0]?.title ?? ""}（牵头单位：市工业和信息化局）`,
    );
  });

  it("sets fonts Excel, WPS and LibreOffice all find or substitute, widths and row heights", async () => {
    const sheet = await load(await planToXlsx(referencePlan));
    expect(sheet.getCell("A1").font.name).toBe("方正小标宋简体");
    expect(sheet.getCell("A2").font.name).toBe("楷体");
    expect(sheet.getCell("C3").font.name).toBe("黑体");
    expect(sheet.getCell("C4").font.name).toBe("仿宋");
    const fonts = elementsNamed((await partsOf(referencePlan))["xl/styles.xml"] ?? "", "charset");
    expect(fonts.map((f) => f.attributes.val)).toEqual(Array(4).fill("134"));
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(2).width ?? 0);
    // Task 205's ten units are merged over its seven rows, which must together hold ten lines.
    let merged = 0;
    for (let r = 15; r <= 21; r += 1) merged += sheet.getRow(r).height;
    expect(merged).toBeGreaterThanOrEqual(10 * 16);
  });

  it("prints A4 landscape, fitted to the width, the header row on every page, “— n —” below", async () => {
    const parts = await partsOf(referencePlan);
    const sheet = parts["xl/worksheets/sheet1.xml"] ?? "";
    expect(elementsNamed(sheet, "pageSetup")[0]?.attributes).toEqual({
      paperSize: "9",
      orientation: "landscape",
      fitToWidth: "1",
      fitToHeight: "0",
    });
    expect(elementsNamed(sheet, "pageSetUpPr")[0]?.attributes.fitToPage).toBe("1");
    expect(elementsNamed(sheet, "oddFooter")[0]?.text).toBe("&C— &P —");
    const names = elementsNamed(parts["xl/workbook.xml"] ?? "", "definedName");
    expect(names.map((n) => [n.attributes.name, n.attributes.localSheetId, n.text])).toEqual([
      ["_xlnm.Print_Area", "0", "Sheet1!$A$1:$E$41"],
      ["_xlnm.Print_Titles", "0", "Sheet1!$3:$3"],
    ]);
    const loaded = await load(await planToXlsx(referencePlan));
    expect(loaded.pageSetup.printTitlesRow).toBe("3:3");
  });

  it("writes the sheet's elements in the order the schema requires", async () => {
    const sheet = (await partsOf(referencePlan))["xl/worksheets/sheet1.xml"] ?? "";
    expect(
      xmlElements(sheet)
        .filter((e) => e.depth === 1)
        .map((e) => e.name),
    ).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "mergeCells",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
    ]);
  });

  it("writes inline strings and one <mergeCells> list, in a complete package", async () => {
    const parts = await partsOf(referencePlan);
    const sheetXml = parts["xl/worksheets/sheet1.xml"] ?? "";
    expect(elementsNamed(sheetXml, "mergeCells")[0]?.attributes.count).toBe("32");
    expect(elementsNamed(sheetXml, "mergeCell")).toHaveLength(32);
    expect(parts["xl/sharedStrings.xml"]).toBeUndefined();
    expect(packageProblems(parts)).toEqual([]);
  });
});

describe("writePlanXlsx", () => {
  it("streams the same workbook planToXlsx gives, with another title if asked", async () => {
    const options = { title: "科技创新任务" };
    const { bytes } = await readStream(writePlanXlsx(referencePlan, options));
    const streamed = zipTexts(bytes);
    const whole = await partsOf(referencePlan, options);
    expect(streamed["xl/worksheets/sheet1.xml"]).toBe(whole["xl/worksheets/sheet1.xml"]);
    expect((await load(bytes)).getCell("A1").value).toBe("科技创新任务");
  });
});

describe("planToXlsx on other shapes", () => {
  it("puts the header on row 2 when there is no subtitle", async () => {
    const sheet = await load(await planToXlsx({ ...referencePlan, subtitle: null }));
    expect(sheet.getCell("A2").value).toBe("序号");
    expect(sheet.pageSetup.printTitlesRow).toBe("2:2");
    expect(mergesOf(sheet)).toContain("A1:E1");
    expect(mergesOf(sheet)).toContain("A4:A8");
    expect(mergesOf(sheet)).toHaveLength(31);
  });

  it("keeps a non-numeric 序号 as text and merges units only over equal lists", async () => {
    const plan: Plan = {
      ...referencePlan,
      subtitle: null,
      tasks: [
        task(1, "一", [
          milestone("甲", ["市财政局", "市税务局"], 1),
          milestone("乙", ["市财政局", "市税务局"], 2),
          milestone("丙", ["市财政局"], 3),
        ]),
        task(null, "1.2", []),
      ],
    };
    const sheet = await load(await planToXlsx(plan));
    expect(valuesOf(sheet).slice(2)).toEqual([
      ["一", "任务一（牵头单位：市财政局）", "（1）甲", "市财政局\n市税务局", "6月底前"],
      ["一", "任务一（牵头单位：市财政局）", "（2）乙", "市财政局\n市税务局", "6月底前"],
      ["一", "任务一（牵头单位：市财政局）", "（3）丙", "市财政局", "6月底前"],
      ["1.2", "任务1.2（牵头单位：市财政局）", null, null, null],
    ]);
    expect(mergesOf(sheet)).toEqual(["A1:E1", "A3:A5", "B3:B5", "D3:D4"]);
  });

  it("writes each outline heading a task enters as a row merged across the table", async () => {
    const plan: Plan = {
      ...referencePlan,
      subtitle: null,
      tasks: [
        {
          ...task(1, "1", [milestone("甲", ["市财政局"], 1)]),
          outline: [{ label: "二", title: "扩大有效投资", level: 1 }],
        },
        task(2, "2", [milestone("乙", ["市财政局"], 1)]),
      ],
    };
    const sheet = await load(await planToXlsx(plan));
    expect(
      valuesOf(sheet)
        .slice(2)
        .map((row) => row[0]),
    ).toEqual(["二、扩大有效投资", 1, 2]);
    expect(mergesOf(sheet)).toEqual(["A1:E1", "A3:E3"]);
    expect(sheet.getCell("A3").font.name).toBe("黑体");
  });
});
