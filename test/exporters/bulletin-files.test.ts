import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { bulletinToDocx } from "../../src/exporters/bulletin-docx.js";
import { bulletinToXlsx } from "../../src/exporters/bulletin-xlsx.js";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import { readXlsx } from "../../src/importers/blocks/read-xlsx.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
import type { SourceDocument, SourceTable } from "../../src/importers/source-document.js";
import { BULLETIN } from "../support/bulletin-fixture.js";

const tablesOf = (document: SourceDocument): SourceTable[] =>
  document.blocks.filter((block): block is SourceTable => block.kind === "table");

/** A table's texts by row; merged positions read as "". */
const grid = (table: SourceTable | undefined): string[][] =>
  (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));

/** Rows after the header that starts with `header`, up to the end. */
const rowsUnder = (rows: string[][], header: string): string[][] =>
  rows.slice(rows.findIndex((row) => row[0] === header) + 1);

const TARGET_ROWS = [
  ["202", "高新技术企业", "超过2300家", "2350家（6月30日）", "102.2%", "绿灯"],
  ["202（5）", "创新联合体", "20～30家", "尚未报送", "—", "—"],
];

const ANNEX_ROWS = [
  [
    "202",
    "高新技术企业突破2300家。（牵头单位：市科技局）",
    "（1）制定工作方案。",
    "市科技局\n市税务局",
    "3月31日",
    "逾期91天",
    "方案已起草。（3月24日报送）",
  ],
  ["", "", "（2）组织企业申报。", "", "6月30日", "已完成（5月19日）", ""],
  [
    "210",
    "推动公共技术服务平台建设。",
    "建成公共服务平台。",
    "市工业和信息化局",
    "12月15日",
    "未启动",
    "",
  ],
];

describe("the progress bulletin in Word", async () => {
  const bytes = await bulletinToDocx(BULLETIN);
  const document = readDocx(bytes, "bulletin.docx", { limits: DEFAULT_LIMITS });
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts["word/document.xml"] ?? new Uint8Array());

  it("opens with the title, the period, the headings and the summary", () => {
    const paragraphs = document.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paragraphs.slice(0, 5)).toEqual([
      BULLETIN.title,
      "（2022年第二季度）",
      "一、总体情况",
      BULLETIN.summary,
      "二、各单位推进情况",
    ]);
    expect(paragraphs).toEqual(
      expect.arrayContaining(["无即将到期节点计划。", "附件", "重点工作任务进展情况表"]),
    );
  });

  it("ranks the units as the model does, and lists the overdue, the instructions and the targets", () => {
    const [units, overdue, instructions, targets] = tablesOf(document).map(grid);
    expect(units).toEqual([
      ["排名", "责任单位", "牵头节点", "已完成", "按时完成", "逾期", "完成率"],
      ["1", "市审计局", "2", "2", "1", "0", "100%"],
      ["2", "市科技局", "2", "1", "1", "1", "50%"],
      ["3", "市工业和信息化局", "1", "0", "0", "0", "0%"],
    ]);
    expect(rowsUnder(overdue ?? [], "节点")).toEqual([
      ["202（1）", "制定工作方案。", "市科技局", "3月31日", "91天"],
    ]);
    expect(rowsUnder(instructions ?? [], "批示领导")).toEqual([
      ["市长", "请加快推进。", "202（1） 制定工作方案。", "6月20日", "7月5日", "市科技局"],
    ]);
    expect(targets).toEqual([
      ["序号", "指标", "目标", "最新实际值（日期）", "完成进度", "灯"],
      ...TARGET_ROWS,
    ]);
  });

  it("annexes the decomposition table, merged as the table export merges it, with status and latest progress", () => {
    const annex = tablesOf(document).at(-1);
    expect(grid(annex)).toEqual([
      ["序号", "工作任务", "节点计划", "责任单位", "完成时限", "状态", "最新进展"],
      ...ANNEX_ROWS,
    ]);
    expect(annex?.rows[2]?.cells[1]?.continuation).toBe("vertical");
    expect(annex?.rows[2]?.cells[3]?.continuation).toBe("vertical");
  });

  it("prints the text on portrait A4 and the annex on landscape, in the documents' fonts, numbered — n —", () => {
    expect([...xml.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0])).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    ]);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain("<w:tblHeader/>");
    expect(strFromU8(parts["word/styles.xml"] ?? new Uint8Array())).toContain(
      'w:eastAsia="仿宋_GB2312"',
    );
    // The table export's font table, with the substitutes Word, WPS and LibreOffice use.
    const fontTable = strFromU8(parts["word/fontTable.xml"] ?? new Uint8Array());
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      const text = strFromU8(parts[footer] ?? new Uint8Array());
      expect(text).toMatch(/— <\/w:t>.*PAGE.*<w:t[^>]*> —/s);
    }
  });
});

describe("the progress bulletin in Excel", async () => {
  const bytes = await bulletinToXlsx(BULLETIN);
  const document = await readXlsx(bytes, "bulletin.xlsx", { limits: DEFAULT_LIMITS });
  const sheets = new Map(tablesOf(document).map((table) => [table.name, grid(table)]));
  const parts = unzipSync(bytes);

  it("puts the title, summary and ranking on the first sheet and each list on one of its own", () => {
    expect([...sheets.keys()]).toEqual([
      "通报",
      "逾期节点计划",
      "即将到期节点计划",
      "领导批示办理情况",
      "量化指标完成情况",
      "重点工作任务进展情况表",
    ]);
    const first = sheets.get("通报") ?? [];
    expect(first.map((row) => row[0])).toEqual([
      BULLETIN.title,
      "（2022年第二季度）",
      "一、总体情况",
      BULLETIN.summary,
      "二、各单位推进情况",
      "排名",
      "1",
      "2",
      "3",
    ]);
    expect(rowsUnder(first, "排名").map((row) => row[1])).toEqual([
      "市审计局",
      "市科技局",
      "市工业和信息化局",
    ]);
    expect(rowsUnder(sheets.get("逾期节点计划") ?? [], "节点")).toEqual([
      ["202（1）", "制定工作方案。", "市科技局", "3月31日", "91天"],
    ]);
    expect(sheets.get("即将到期节点计划")?.map((row) => row[0])).toEqual([
      "四、即将到期节点计划",
      "无即将到期节点计划。",
    ]);
    expect(rowsUnder(sheets.get("量化指标完成情况") ?? [], "序号")).toEqual(TARGET_ROWS);
  });

  it("annexes the decomposition table with its merges, header printed on every page, landscape A4", () => {
    expect(rowsUnder(sheets.get("重点工作任务进展情况表") ?? [], "序号")).toEqual(ANNEX_ROWS);
    const sheet = strFromU8(parts["xl/worksheets/sheet6.xml"] ?? new Uint8Array());
    const merges = [...sheet.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(merges).toEqual(["A1:G1", "A3:A4", "B3:B4", "D3:D4"]);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheet).toContain("<oddFooter>&amp;C— &amp;P —</oddFooter>");
    const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
    expect(workbook).toMatch(/_xlnm\.Print_Titles[^>]*localSheetId="5"[^>]*>[^<]*\$2:\$2/);
    const styles = strFromU8(parts["xl/styles.xml"] ?? new Uint8Array());
    // The table export's faces, each marked GB2312 so that a missing one becomes a Chinese face.
    const fonts = [...styles.matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
    for (const face of ["方正小标宋简体", "黑体", "楷体", "仿宋"]) {
      expect(fonts.find((f) => f.includes(`val="${face}"`))).toContain('<charset val="134"/>');
    }
  });
});
