import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { PropertyFilter } from "../../src/importers/blocks/docx-property-filter.js";
import { ImportFailure } from "../../src/importers/import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "../../src/importers/limits.js";
import type { ImportProgress } from "../../src/importers/progress.js";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import type {
  SourceCell,
  SourceDocument,
  SourceTable,
} from "../../src/importers/source-document.js";
import {
  buildDocx,
  type CellSpec,
  documentXml,
  paragraphXml,
  rowXml,
  tableXml,
} from "../support/docx-builder.js";
import { tablesOf, type TableInContext } from "../../src/importers/shapes/tables-of.js";

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

const read = (bytes: Uint8Array, limits: Partial<ImportLimits> = {}): SourceDocument =>
  readDocx(bytes, "test.docx", { limits: { ...DEFAULT_LIMITS, ...limits } });

const readBody = (bodyXml: string): SourceDocument => read(buildDocx(bodyXml));

const onlyTable = (doc: SourceDocument): TableInContext => {
  expect(tablesOf(doc)).toHaveLength(1);
  const table = tablesOf(doc)[0];
  if (!table) throw new Error("no table");
  return table;
};

/** The table as text, a continuation shown as "^" (vertical) or "<" (horizontal). */
const grid = (table: SourceTable): string[][] =>
  table.rows.map((row) =>
    row.cells.map((cell) =>
      cell.continuation === "vertical" ? "^" : cell.continuation === "horizontal" ? "<" : cell.text,
    ),
  );

const cell = (table: SourceTable, row: number, column: number): SourceCell => {
  const found = table.rows[row - 1]?.cells[column - 1];
  if (!found) throw new Error(`no cell at row ${row}, column ${column}`);
  return found;
};

const failureOf = (action: () => unknown): Diagnostic => {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportFailure) return error.diagnostic;
    throw error;
  }
  throw new Error("expected an ImportFailure");
};

const expectBilingual = (diagnostic: Diagnostic): void => {
  expect(diagnostic.severity).toBe("error");
  expect(diagnostic.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(diagnostic.message.en).toMatch(/[a-z]{3}/);
  expect(diagnostic.location.file).toBe("test.docx");
};

describe("readDocx on the reference fixture", () => {
  const bytes = fixture("seed-2022-kjj.docx");
  const doc = readDocx(bytes, "seed-2022-kjj.docx", { limits: DEFAULT_LIMITS });
  const table = onlyTable(doc);

  it("finds the one table and the title and subtitle above it", () => {
    expect(doc).toMatchObject({ fileName: "seed-2022-kjj.docx", format: "docx", diagnostics: [] });
    expect(table.name).toBe("表1");
    expect(table.paragraphsBefore).toEqual([
      "2022年市政府重点工作任务分解表（市科技局牵头部分）",
      "（牵头重点工作任务12项，牵头重点工作任务节点计划2项）",
    ]);
  });

  it("reads 39 rows of 5 columns under the header", () => {
    expect(table.rows).toHaveLength(39);
    for (const row of table.rows) expect(row.cells).toHaveLength(5);
    expect(grid(table)[0]).toEqual(["序号", "工作任务", "节点计划", "责任单位", "完成时限"]);
    expect(table.rows[38]?.location).toEqual({ file: "seed-2022-kjj.docx", table: 1, row: 39 });
  });

  it("resolves the vertical merges of task 202", () => {
    // Row 3 opens the merges (w:vMerge restart), row 4 continues them (bare w:vMerge).
    expect(grid(table)[2]).toEqual([
      "202",
      "深入实施科技“双百工程”，高新技术企业突破2300家。（牵头单位：市科技局）",
      "（1）组织高新技术企业政策宣讲及实务培训。",
      "市科技局\n市税务局",
      "7月31日",
    ]);
    expect(grid(table)[3]).toEqual([
      "^",
      "^",
      "（2）组织受理各批次的高新技术企业申报。",
      "^",
      "10月31日",
    ]);
    expect(cell(table, 4, 1)).toEqual({
      text: "",
      continuation: "vertical",
      location: { file: "seed-2022-kjj.docx", table: 1, row: 4, column: 1 },
    });
  });

  it("keeps each responsible unit on its own line and locates the cell", () => {
    expect(cell(table, 3, 4)).toEqual({
      text: "市科技局\n市税务局",
      location: {
        file: "seed-2022-kjj.docx",
        table: 1,
        row: 3,
        column: 4,
        text: "市科技局\n市税务局",
      },
    });
    expect(cell(table, 2, 1).text).toBe("75");
    expect(cell(table, 2, 5).text).toBe("12月15日");
    expect(cell(table, 39, 1).text).toBe("228");
    expect(cell(table, 39, 3).text).toBe(
      "（4）升级邑科贷产品，探索分级为不同生命周期的科技型企业提供风险补偿。",
    );
  });

  it("agrees with the CSV export once merges are filled down and units joined with 、", () => {
    const csv = readFileSync(new URL("../fixtures/seed-2022-kjj.csv", import.meta.url), "utf8")
      .replace(/^\ufeff/, "")
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(","));
    let above: string[] = [];
    const filled = table.rows.map((row) => {
      above = row.cells.map((c, i) => (c.continuation === "vertical" ? (above[i] ?? "") : c.text));
      return above.map((text) => text.replace(/\n/g, "、"));
    });
    expect(filled).toEqual(csv);
  });

  it("reports progress through the XML", () => {
    const progress: ImportProgress[] = [];
    readDocx(bytes, "seed-2022-kjj.docx", {
      limits: DEFAULT_LIMITS,
      onProgress: (p) => progress.push(p),
    });
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1);
    expect(last?.phase).toBe("read");
    expect(last?.done).toBe(last?.total);
  });
});

describe("readDocx grid building", () => {
  it("gives a w:gridSpan cell horizontal continuations", () => {
    const table = onlyTable(
      readBody(
        tableXml(3, [
          rowXml(["a", "b", "c"]),
          rowXml([{ text: "wide", span: 2 }, "d"]),
          rowXml(["e", { text: "f", span: 2 }]),
        ]),
      ),
    );
    expect(grid(table)).toEqual([
      ["a", "b", "c"],
      ["wide", "<", "d"],
      ["e", "f", "<"],
    ]);
    expect(cell(table, 2, 2).location).toEqual({ file: "test.docx", table: 1, row: 2, column: 2 });
    expect(cell(table, 2, 3).location.column).toBe(3);
  });

  it("continues a vertical merge for val=continue and bare w:vMerge, hiding what they hold", () => {
    const table = onlyTable(
      readBody(
        tableXml(2, [
          rowXml([{ text: "merged", vMerge: "restart" }, "1"]),
          rowXml([{ vMerge: "continue" }, "2"]),
          rowXml([{ text: "hidden", vMerge: "bare" }, "3"]),
          rowXml(["next", "4"]),
        ]),
      ),
    );
    expect(grid(table)).toEqual([
      ["merged", "1"],
      ["^", "2"],
      ["^", "3"],
      ["next", "4"],
    ]);
  });

  it("starts a merge at a w:vMerge continuation with nothing open above, as Word does", () => {
    const table = onlyTable(
      readBody(
        tableXml(1, [
          rowXml([{ text: "orphan", vMerge: "continue" }]),
          rowXml([{ vMerge: "continue" }]),
        ]),
      ),
    );
    expect(grid(table)).toEqual([["orphan"], ["^"]]);
  });

  it("does not continue a merge through a row too short to reach it", () => {
    const table = onlyTable(
      readBody(
        tableXml(2, [
          rowXml(["a", { text: "top", vMerge: "restart" }]),
          rowXml(["b"]),
          rowXml(["c", { text: "own", vMerge: "continue" }]),
        ]),
      ),
    );
    expect(grid(table)).toEqual([
      ["a", "top"],
      ["b", ""],
      ["c", "own"],
    ]);
  });

  it("keeps columns aligned across w:gridBefore and w:gridAfter and pads short rows", () => {
    const table = onlyTable(
      readBody(
        tableXml(4, [
          rowXml(["a", "b", "c", "d"]),
          rowXml(["x", "y"], { gridBefore: 1, gridAfter: 1 }),
          rowXml(["only"]),
        ]),
      ),
    );
    expect(grid(table)).toEqual([
      ["a", "b", "c", "d"],
      ["", "x", "y", ""],
      ["only", "", "", ""],
    ]);
    expect(cell(table, 2, 1)).toEqual({
      text: "",
      location: { file: "test.docx", table: 1, row: 2, column: 1 },
    });
    expect(cell(table, 2, 2).location).toMatchObject({ column: 2, text: "x" });
  });

  it("widens the grid to the widest row when w:tblGrid is short or missing", () => {
    const noGrid = `<w:tbl>${rowXml(["a"])}${rowXml(["b", "c", "d"])}</w:tbl>`;
    expect(grid(onlyTable(readBody(noGrid)))).toEqual([
      ["a", "", ""],
      ["b", "c", "d"],
    ]);
  });

  it("ignores the earlier properties kept by tracked changes (w:tcPrChange)", () => {
    const changed: CellSpec = {
      text: "a",
      tcPr:
        '<w:tcPrChange w:id="1" w:author="x"><w:tcPr><w:gridSpan w:val="2"/>' +
        '<w:vMerge w:val="restart"/></w:tcPr></w:tcPrChange>',
    };
    expect(grid(onlyTable(readBody(tableXml(2, [rowXml([changed, "b"])]))))).toEqual([["a", "b"]]);
  });

  it("refuses a span no Word table can have", () => {
    const failure = failureOf(() =>
      readBody(tableXml(1, [rowXml([{ text: "x", span: 1_000_000_000 }])])),
    );
    expect(failure.code).toBe("table.too_many_columns");
    expect(failure.location).toMatchObject({ table: 1, row: 1 });
    expectBilingual(failure);
  });
});

describe("readDocx text", () => {
  const cellText = (cellContent: string): string =>
    cell(onlyTable(readBody(tableXml(1, [rowXml([{ xml: cellContent }])]))), 1, 1).text;

  it("turns w:br and w:cr into line breaks, w:tab into a tab and w:noBreakHyphen into -", () => {
    expect(
      cellText(
        "<w:p><w:r><w:t>市科技局</w:t><w:br/><w:t>市税务局</w:t><w:cr/><w:t>A</w:t><w:tab/>" +
          "<w:t>B</w:t><w:noBreakHyphen/><w:t>C</w:t></w:r></w:p>",
      ),
    ).toBe("市科技局\n市税务局\nA\tB-C");
  });

  it("joins a cell's paragraphs with line breaks, cleaned, without the empty ones", () => {
    expect(
      cellText(
        `${paragraphXml("  第一段\u3000")}<w:p/>${paragraphXml("   ")}${paragraphXml("第\u200b二段")}`,
      ),
    ).toBe("第一段\n第二段");
  });

  it("reads runs split across w:r, w:ins, hyperlinks and fields, not deleted or moved-away text", () => {
    expect(
      cellText(
        "<w:p><w:r><w:t>12</w:t></w:r><w:r><w:t>月</w:t></w:r>" +
          '<w:del w:id="1" w:author="x"><w:r><w:delText>30</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="x"><w:r><w:t>31</w:t></w:r></w:ins>' +
          '<w:moveFrom w:id="3" w:author="x"><w:r><w:t>旧</w:t></w:r></w:moveFrom>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:t>前</w:t></w:r></w:hyperlink></w:p>',
      ),
    ).toBe("12月31日前");
  });

  it("reads mc:AlternateContent once, skipping its fallback", () => {
    expect(
      cellText(
        '<w:p><w:r><w:t>正文</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps">' +
          "<w:r><w:t>甲</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>乙</w:t></w:r></mc:Fallback>" +
          "</mc:AlternateContent></w:p>",
      ),
    ).toBe("正文甲");
  });

  it("drops run formatting, including nested tracked formatting, and tab stops", () => {
    expect(
      cellText(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr>' +
          '<w:pPrChange w:id="4" w:author="x"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr>' +
          '<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="x"><w:rPr><w:i/></w:rPr></w:rPrChange>' +
          "</w:rPr><w:t>加粗</w:t></w:r><w:r><w:rPr/><w:t>文字</w:t></w:r></w:p>",
      ),
    ).toBe("加粗文字");
  });

  it("appends a nested table's text to its cell, row by row, leaving the outer grid alone", () => {
    const nested = tableXml(2, [
      rowXml([{ text: "甲", span: 2 }]),
      rowXml(["乙", { text: "丙", vMerge: "restart" }]),
    ]);
    const table = onlyTable(
      readBody(
        tableXml(2, [
          rowXml([{ xml: `${paragraphXml("外")}${nested}<w:p/>` }, "右"]),
          rowXml(["下", "右下"]),
        ]),
      ),
    );
    expect(grid(table)).toEqual([
      ["外\n甲\n乙\n丙", "右"],
      ["下", "右下"],
    ]);
  });
});

describe("readDocx paragraphs and tables", () => {
  it("numbers tables and gives each the paragraphs since the previous one", () => {
    const doc = readBody(
      paragraphXml("标题") +
        paragraphXml("  ") +
        tableXml(1, [rowXml(["一"])]) +
        paragraphXml("中间") +
        `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${paragraphXml("控件内")}</w:sdtContent></w:sdt>` +
        tableXml(1, [rowXml(["二"]), rowXml(["三"])]) +
        paragraphXml("结尾"),
    );
    expect(tablesOf(doc).map((t) => [t.name, t.paragraphsBefore, grid(t)])).toEqual([
      ["表1", ["标题"], [["一"]]],
      ["表2", ["中间", "控件内"], [["二"], ["三"]]],
    ]);
    expect(tablesOf(doc)[1]?.rows[1]?.location).toEqual({ file: "test.docx", table: 2, row: 2 });
    expect(tablesOf(doc)[1]?.rows[1]?.cells[0]?.location).toEqual({
      file: "test.docx",
      table: 2,
      row: 2,
      column: 1,
      text: "三",
    });
  });

  it("returns no table for a document without one, and skips a table without rows", () => {
    expect(tablesOf(readBody(paragraphXml("只有文字")))).toEqual([]);
    const doc = readBody(
      `${paragraphXml("前")}<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid></w:tbl>${paragraphXml("后")}` +
        tableXml(1, [rowXml(["x"])]),
    );
    expect(tablesOf(doc).map((t) => [t.name, t.paragraphsBefore])).toEqual([["表1", ["前", "后"]]]);
  });

  it("reads a document of several megabytes the same however the chunks fall", () => {
    // Cells formatted as Word writes them, so that the dropped formatting falls across chunks.
    const formatted = (text: string): CellSpec => ({
      tcPr:
        '<w:tcW w:w="850" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="4"/>' +
        '</w:tcBorders><w:vAlign w:val="center"/>',
      xml:
        '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:rFonts w:ascii="仿宋"/></w:rPr></w:pPr>' +
        '<w:r><w:rPr><w:rFonts w:ascii="仿宋"/><w:sz w:val="28"/></w:rPr>' +
        `<w:t>${text}</w:t></w:r></w:p>`,
    });
    const rows = Array.from({ length: 3000 }, (_, i) =>
      rowXml([formatted(String(i + 1)), formatted(`任务${i + 1}`.repeat(20))]),
    );
    const bytes = buildDocx(tableXml(2, rows));
    const progress: ImportProgress[] = [];
    const doc = readDocx(bytes, "test.docx", {
      limits: DEFAULT_LIMITS,
      onProgress: (p) => progress.push(p),
    });
    const table = onlyTable(doc);
    expect(table.rows).toHaveLength(3000);
    table.rows.forEach((row, i) => {
      expect(row.cells.map((c) => c.text)).toEqual([String(i + 1), `任务${i + 1}`.repeat(20)]);
    });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p, i) => i === 0 || p.done > (progress[i - 1]?.done ?? 0))).toBe(true);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });
});

describe("PropertyFilter", () => {
  const numPr = '<w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>';
  const xml =
    `<?xml version="1.0"?>\n<w:p><w:pPr>${numPr}<w:spacing w:line="560" w:lineRule="exact"/>` +
    '<w:ind w:firstLine="640"/><w:jc w:val="both"/><w:tabs>\n<w:tab w:val="left" w:pos="420"/></w:tabs>' +
    "\n<w:rPr><w:b/></w:rPr><w:pPrChange><w:pPr/></w:pPrChange></w:pPr>" +
    "<w:r><w:rPr><w:rPrChange><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>文字</w:t></w:r>" +
    '<w:tc><w:tcPr><w:tcW w:w="1" w:type="dxa"/><w:gridSpan w:val="2"/><w:tcBorders>\n</w:tcBorders>' +
    '<w:vAlign w:val="center"/></w:tcPr></w:tc><w:rPr/></w:p>';
  // The paragraph's style and list number stay; tracked changes are the walker's to skip.
  const expected =
    `<?xml version="1.0"?>\n<w:p><w:pPr>${numPr}\n\n<w:pPrChange><w:pPr/></w:pPrChange></w:pPr>` +
    "<w:r><w:t>文字</w:t></w:r>" +
    '<w:tc><w:tcPr><w:gridSpan w:val="2"/>\n</w:tcPr></w:tc></w:p>';

  it("drops formatting, keeping what the reader needs and the line breaks", () => {
    const filter = new PropertyFilter();
    expect(new TextDecoder().decode(filter.push(strToU8(xml), true))).toBe(expected);
  });

  it("gives the same result whatever the chunk size", () => {
    const bytes = strToU8(xml);
    for (const size of [1, 2, 3, 5, 7, 16, 17, 64]) {
      const filter = new PropertyFilter();
      const decoder = new TextDecoder();
      let out = "";
      for (let at = 0; at < bytes.length; at += size) {
        const end = Math.min(at + size, bytes.length);
        const final = end === bytes.length;
        out += decoder.decode(filter.push(bytes.subarray(at, end), final), { stream: !final });
      }
      expect(out, `chunks of ${size}`).toBe(expected);
    }
  });
});

describe("readDocx refuses unreadable files", () => {
  it("refuses what is not a zip", () => {
    const failure = failureOf(() => read(strToU8("hello")));
    expect(failure.code).toBe("archive.not_zip");
    expectBilingual(failure);
  });

  it("refuses a truncated file", () => {
    const bytes = fixture("seed-2022-kjj.docx");
    const failure = failureOf(() => read(bytes.subarray(0, bytes.length >> 1)));
    expect(failure.code).toMatch(/^archive\.(corrupt|truncated)$/);
    expectBilingual(failure);
  });

  it("refuses a zip without word/document.xml", () => {
    const failure = failureOf(() => read(buildDocx("", { omitDocument: true })));
    expect(failure.code).toBe("docx.no_document");
    expect(failure.message.en).toContain("word/document.xml");
    expectBilingual(failure);
  });

  it("refuses malformed XML, naming the part and the line", () => {
    const broken = documentXml(`\n${paragraphXml("一")}\n<w:p><w:r><w:t>二</w:r></w:p>`);
    const failure = failureOf(() => read(buildDocx("", { documentXml: broken })));
    expect(failure.code).toBe("docx.malformed_xml");
    expect(failure.message.zh).toContain("word/document.xml 第 3 行");
    expect(failure.message.en).toContain("word/document.xml");
    expect(failure.message.en).toContain("line 3");
    expectBilingual(failure);
  });

  it("stops a zip bomb at the inflated-size limit, whatever its ratio", () => {
    const bomb = zipSync(
      { "word/document.xml": strToU8(documentXml(" ".repeat(50 * 1024 * 1024))) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(200 * 1024);
    const failure = failureOf(() =>
      read(bomb, { maxInflatedBytes: 10 * 1024 * 1024, maxCompressionRatio: 10_000 }),
    );
    expect(failure.code).toBe("archive.too_large_inflated");
    expectBilingual(failure);
  });

  it("refuses more rows than the limit, counted across tables", () => {
    const body =
      tableXml(1, [rowXml(["a"]), rowXml(["b"])]) +
      paragraphXml("中间") +
      tableXml(1, [rowXml(["c"]), rowXml(["d"])]);
    expect(tablesOf(read(buildDocx(body), { maxRows: 4 }))).toHaveLength(2);
    const failure = failureOf(() => read(buildDocx(body), { maxRows: 3 }));
    expect(failure.code).toBe("table.too_many_rows");
    expect(failure.location).toEqual({ file: "test.docx", table: 2, row: 2 });
    expectBilingual(failure);
  });

  it("refuses a cell longer than the limit", () => {
    const body = tableXml(2, [rowXml(["short", "长".repeat(101)])]);
    expect(tablesOf(read(buildDocx(body), { maxCellChars: 101 }))).toHaveLength(1);
    const failure = failureOf(() => read(buildDocx(body), { maxCellChars: 100 }));
    expect(failure.code).toBe("table.cell_too_long");
    expect(failure.location).toEqual({
      file: "test.docx",
      table: 1,
      row: 1,
      column: 2,
      text: `${"长".repeat(40)}…`,
    });
    expectBilingual(failure);
  });
});
