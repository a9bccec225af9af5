import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { ImportFailure } from "../../src/importers/import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "../../src/importers/limits.js";
import type { ImportProgress } from "../../src/importers/progress.js";
import { readXlsx } from "../../src/importers/blocks/read-xlsx.js";
import type {
  SourceCell,
  SourceDocument,
  SourceTable,
} from "../../src/importers/source-document.js";
import { tablesOf, type TableInContext } from "../../src/importers/shapes/tables-of.js";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const read = (bytes: Uint8Array, limits: Partial<ImportLimits> = {}): Promise<SourceDocument> =>
  readXlsx(bytes, "t.xlsx", { limits: { ...DEFAULT_LIMITS, ...limits } });

const build = async (fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const failure = async (pending: Promise<unknown>): Promise<Diagnostic> => {
  try {
    await pending;
  } catch (error) {
    if (error instanceof ImportFailure) return error.diagnostic;
    throw error;
  }
  throw new Error("expected an ImportFailure");
};

const onlyTable = (document: SourceDocument): TableInContext => {
  expect(tablesOf(document)).toHaveLength(1);
  return tablesOf(document)[0] as TableInContext;
};

/** The cell at an Excel row and column, both 1-based. */
const cellAt = (table: SourceTable, row: number, column: number): SourceCell => {
  const cell = table.rows[row - 1]?.cells[column - 1];
  if (cell === undefined) throw new Error(`no cell at row ${row}, column ${column}`);
  return cell;
};

const column = (table: SourceTable, index: number): string[] =>
  table.rows.map((row) => row.cells[index - 1]?.text ?? "?");

describe("readXlsx on a list pasted into column A", () => {
  it("gives one row per line of numbered prose, for the prose reader to take up", async () => {
    const lines = [
      "2024年重点工作分工方案",
      "一、推进科技创新",
      "1. 实施高新技术企业培育行动。（牵头单位：市科技局）",
      "2. 建设创新平台。（牵头单位：市科技局；配合单位：市财政局）",
    ];
    const bytes = await build((workbook) => {
      const sheet = workbook.addWorksheet("Sheet1");
      for (const line of lines) sheet.addRow([line]);
    });
    const table = onlyTable(await read(bytes));
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual(
      lines.map((line) => [line]),
    );
  });
});

describe("readXlsx on the seed workbook", () => {
  it("reads Sheet1 whole: 41 rows of 5 cells, title rows included", async () => {
    const document = await readXlsx(fixture("seed-2022-kjj.xlsx"), "seed.xlsx", {
      limits: DEFAULT_LIMITS,
    });
    expect(document.fileName).toBe("seed.xlsx");
    expect(document.format).toBe("xlsx");
    expect(document.diagnostics).toEqual([]);
    const table = onlyTable(document);
    expect(table.name).toBe("Sheet1");
    expect(table.paragraphsBefore).toEqual([]);
    expect(table.rows).toHaveLength(41);
    expect(table.rows.every((row) => row.cells.length === 5)).toBe(true);
    expect(table.rows[4]?.location).toEqual({ file: "seed.xlsx", sheet: "Sheet1", row: 5 });

    expect(cellAt(table, 1, 1).text).toBe("2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(cellAt(table, 2, 1).text).toBe("（牵头重点工作任务12项，牵头重点工作任务节点计划2项）");
    expect(table.rows[2]?.cells.map((cell) => cell.text)).toEqual([
      "序号",
      "工作任务",
      "节点计划",
      "责任单位",
      "完成时限",
    ]);
  });

  it("keeps numbers, text deadlines and multi-line units as written", async () => {
    const table = onlyTable(await read(fixture("seed-2022-kjj.xlsx")));
    expect(cellAt(table, 4, 1)).toEqual({
      text: "75",
      number: 75,
      location: { file: "t.xlsx", sheet: "Sheet1", row: 4, column: 1, cell: "A4", text: "75" },
    });
    expect(cellAt(table, 4, 5)).toEqual({
      text: "12月15日",
      location: {
        file: "t.xlsx",
        sheet: "Sheet1",
        row: 4,
        column: 5,
        cell: "E4",
        text: "12月15日",
      },
    });
    expect(cellAt(table, 5, 4)).toEqual({
      text: "市科技局\n市税务局",
      location: {
        file: "t.xlsx",
        sheet: "Sheet1",
        row: 5,
        column: 4,
        cell: "D5",
        text: "市科技局\n市税务局",
      },
    });
    expect(cellAt(table, 41, 4).text).toBe("市科技局\n市金融局\n市国资委");
  });

  it("turns the 32 merges into continuations: 8 horizontal (title rows), 72 vertical", async () => {
    const table = onlyTable(await read(fixture("seed-2022-kjj.xlsx")));
    expect(table.rows[0]?.cells.map((cell) => cell.continuation)).toEqual([
      undefined,
      "horizontal",
      "horizontal",
      "horizontal",
      "horizontal",
    ]);
    // Row 6 continues task 202 (rows 5–9) in 序号, 工作任务 and 责任单位.
    expect(table.rows[5]?.cells.map((cell) => [cell.text, cell.continuation])).toEqual([
      ["", "vertical"],
      ["", "vertical"],
      ["（2）组织受理各批次的高新技术企业申报。", undefined],
      ["", "vertical"],
      ["10月31日", undefined],
    ]);
    expect(cellAt(table, 6, 1).location).toEqual({
      file: "t.xlsx",
      sheet: "Sheet1",
      row: 6,
      column: 1,
      cell: "A6",
    });
    const all = table.rows.flatMap((row) => row.cells);
    expect(all.filter((cell) => cell.continuation === "horizontal")).toHaveLength(8);
    expect(all.filter((cell) => cell.continuation === "vertical")).toHaveLength(72);
    expect(all.filter((cell) => cell.continuation !== undefined && cell.text !== "")).toEqual([]);
  });

  it("reports progress: the unzip, then the rows read", async () => {
    const seen: ImportProgress[] = [];
    await readXlsx(fixture("seed-2022-kjj.xlsx"), "t.xlsx", {
      limits: DEFAULT_LIMITS,
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([
      { phase: "unzip", done: 1, total: 1 },
      { phase: "read", done: 41, total: 41 },
    ]);
  });
});

describe("readXlsx on the workbook whose deadlines became dates", () => {
  it("recovers the 序号 75 that the row-wide date format turned into 1900-03-15", async () => {
    const table = onlyTable(await read(fixture("seed-2022-kjj.excel-dates.xlsx")));
    expect(cellAt(table, 4, 1)).toEqual({
      text: "3月15日",
      number: 75,
      date: "1900-03-15",
      location: { file: "t.xlsx", sheet: "Sheet1", row: 4, column: 1, cell: "A4", text: "3月15日" },
    });
    const plain = onlyTable(await read(fixture("seed-2022-kjj.xlsx")));
    const numbers = (t: SourceTable): (number | undefined)[] =>
      t.rows.map((r) => r.cells[0]?.number);
    expect(numbers(table)).toEqual(numbers(plain));
  });

  it("reads a deadline as its serial, its day and the text Excel shows", async () => {
    const table = onlyTable(await read(fixture("seed-2022-kjj.excel-dates.xlsx")));
    expect(cellAt(table, 4, 5)).toEqual({
      text: "12月15日",
      number: 44910,
      date: "2022-12-15",
      location: {
        file: "t.xlsx",
        sheet: "Sheet1",
        row: 4,
        column: 5,
        cell: "E4",
        text: "12月15日",
      },
    });
    expect(cellAt(table, 5, 5)).toMatchObject({
      text: "7月31日",
      number: 44773,
      date: "2022-07-31",
    });
    const plain = onlyTable(await read(fixture("seed-2022-kjj.xlsx")));
    expect(column(table, 5)).toEqual(column(plain, 5));
    expect(table.rows.slice(3).every((row) => row.cells[4]?.date?.startsWith("2022-"))).toBe(true);
  });
});

describe("readXlsx on built workbooks", () => {
  it("tells vertical from horizontal continuations, a block merge included", async () => {
    const bytes = await build((workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = "down";
      sheet.mergeCells("A1:A3");
      sheet.getCell("B1").value = "across";
      sheet.mergeCells("B1:D1");
      sheet.getCell("B2").value = "block";
      sheet.mergeCells("B2:C3");
      sheet.getCell("D3").value = "x";
    });
    const table = onlyTable(await read(bytes));
    expect(table.rows.map((row) => row.cells.map((c) => c.continuation ?? c.text))).toEqual([
      ["down", "across", "horizontal", "horizontal"],
      ["vertical", "block", "horizontal", ""],
      ["vertical", "vertical", "vertical", "x"],
    ]);
  });

  it("flattens rich text, formulas, hyperlinks, booleans and errors to plain text", async () => {
    const bytes = await build((workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = {
        richText: [{ text: "市科技局", font: { bold: true } }, { text: "\r\n市税务局" }],
      };
      sheet.getCell("B1").value = { formula: "1+1", result: 2 };
      sheet.getCell("C1").value = { formula: 'A1&""', result: "  文字  " };
      sheet.getCell("D1").value = { text: "链接", hyperlink: "https://example.org/" };
      sheet.getCell("E1").value = true;
      sheet.getCell("F1").value = { error: "#N/A" };
      sheet.getCell("G1").value = 0.1 + 0.2;
      sheet.getCell("H1").value = { formula: "NOW()" };
      sheet.getCell("I1").value = "末";
    });
    const table = onlyTable(await read(bytes));
    expect(table.rows[0]?.cells.map(({ text, number }) => ({ text, number }))).toEqual([
      { text: "市科技局\n市税务局", number: undefined },
      { text: "2", number: 2 },
      { text: "文字", number: undefined },
      { text: "链接", number: undefined },
      { text: "TRUE", number: undefined },
      { text: "#N/A", number: undefined },
      { text: "0.3", number: 0.30000000000000004 },
      { text: "", number: undefined },
      { text: "末", number: undefined },
    ]);
  });

  it("renders dates as their format shows them, falling back to the ISO day", async () => {
    const day = new Date(Date.UTC(2022, 11, 15));
    const formats = [
      'm"月"d"日"',
      'yyyy"年"m"月"d"日"',
      '[$-804]yyyy"年"mm"月"dd"日";@',
      "yyyy/m/d",
      "yyyy-mm-dd",
      "mm-dd-yy",
      "d-mmm-yy",
      "yyyy/m/d h:mm",
    ];
    const bytes = await build((workbook) => {
      const sheet = workbook.addWorksheet("S");
      formats.forEach((format, i) => {
        const cell = sheet.getCell(i + 1, 1);
        cell.value = day;
        cell.numFmt = format;
      });
      const noon = sheet.getCell(formats.length + 1, 1);
      noon.value = new Date(Date.UTC(2022, 11, 15, 12));
      noon.numFmt = "yyyy/m/d h:mm";
    });
    const table = onlyTable(await read(bytes));
    expect(column(table, 1)).toEqual([
      "12月15日",
      "2022年12月15日",
      "2022年12月15日",
      "2022/12/15",
      "2022-12-15",
      "2022-12-15",
      "2022-12-15",
      "2022-12-15",
      "2022-12-15",
    ]);
    expect(table.rows.map((row) => row.cells[0]?.date)).toEqual(
      Array<string>(9).fill("2022-12-15"),
    );
    expect(table.rows.map((row) => row.cells[0]?.number)).toEqual([
      ...Array<number>(8).fill(44910),
      44910.5,
    ]);
  });

  it("dates serials below 60 as Excel shows them, past its phantom 1900-02-29", async () => {
    const bytes = await build((workbook) => {
      const sheet = workbook.addWorksheet("S");
      [1, 5, 59, 61].forEach((serial, i) => {
        const cell = sheet.getCell(i + 1, 1);
        cell.value = serial;
        cell.numFmt = 'm"月"d"日"';
      });
    });
    const table = onlyTable(await read(bytes));
    expect(table.rows.map(({ cells: [cell] }) => [cell?.number, cell?.date, cell?.text])).toEqual([
      [1, "1900-01-01", "1月1日"],
      [5, "1900-01-05", "1月5日"],
      [59, "1900-02-28", "2月28日"],
      [61, "1900-03-01", "3月1日"],
    ]);
  });

  it("counts serials from 1904 in a workbook set to the 1904 date system", async () => {
    const bytes = await build((workbook) => {
      workbook.properties.date1904 = true;
      const cell = workbook.addWorksheet("S").getCell("A1");
      cell.value = new Date(Date.UTC(2022, 11, 15));
      cell.numFmt = 'm"月"d"日"';
    });
    const table = onlyTable(await read(bytes));
    expect(cellAt(table, 1, 1)).toMatchObject({
      text: "12月15日",
      number: 43448,
      date: "2022-12-15",
    });
  });

  it("reads sheets in workbook order, skipping empty ones and hidden ones (with a note)", async () => {
    const bytes = await build((workbook) => {
      workbook.addWorksheet("一").getCell("A1").value = "first";
      workbook.addWorksheet("空").getCell("C3").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFF0000" },
      };
      workbook.addWorksheet("藏", { state: "hidden" }).getCell("A1").value = "hidden";
      workbook.addWorksheet("二").getCell("B2").value = "second";
    });
    const document = await read(bytes);
    expect(tablesOf(document).map((table) => table.name)).toEqual(["一", "二"]);
    expect(tablesOf(document)[1]?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["", ""],
      ["", "second"],
    ]);
    expect(document.diagnostics).toEqual([
      {
        severity: "info",
        code: "xlsx.hidden_sheet",
        message: {
          zh: "工作表“藏”已隐藏，未读取",
          en: 'The worksheet "藏" is hidden and was not read',
        },
        location: { file: "t.xlsx", sheet: "藏" },
      },
    ]);
  });

  it("leaves out trailing rows and columns that only carry formatting", async () => {
    const bytes = await build((workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = "a";
      sheet.getCell("B2").value = 2;
      sheet.getCell("F9").border = { top: { style: "thin" } };
    });
    const table = onlyTable(await read(bytes));
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["a", ""],
      ["", "2"],
    ]);
  });

  it("gives no table for a workbook without content", async () => {
    const bytes = await build((workbook) => workbook.addWorksheet("S"));
    expect(await read(bytes)).toEqual({
      fileName: "t.xlsx",
      format: "xlsx",
      blocks: [],
      diagnostics: [],
    });
  });
});

describe("readXlsx limits", () => {
  const twoSheets = (): Promise<Uint8Array> =>
    build((workbook) => {
      for (const name of ["A", "B"]) {
        const sheet = workbook.addWorksheet(name);
        sheet.getCell("A1").value = "r1";
        sheet.getCell("A2").value = "r2";
      }
    });

  it("counts rows across sheets against maxRows", async () => {
    const diagnostic = await failure(read(await twoSheets(), { maxRows: 3 }));
    expect(diagnostic).toMatchObject({
      severity: "error",
      code: "table.too_many_rows",
      location: { file: "t.xlsx", sheet: "B", row: 2 },
    });
    expect(tablesOf(await read(await twoSheets(), { maxRows: 4 }))).toHaveLength(2);
  });

  it("refuses a cell longer than maxCellChars, quoting its start", async () => {
    const bytes = await build((workbook) => {
      workbook.addWorksheet("S").getCell("B3").value = "x".repeat(50);
    });
    expect(await failure(read(bytes, { maxCellChars: 49 }))).toEqual({
      severity: "error",
      code: "table.cell_too_long",
      message: {
        zh: "单元格超过 49 个字符的上限，已拒绝",
        en: "A cell exceeds the limit of 49 characters; refused",
      },
      location: {
        file: "t.xlsx",
        sheet: "S",
        row: 3,
        column: 2,
        cell: "B3",
        text: `${"x".repeat(40)}…`,
      },
    });
    expect(onlyTable(await read(bytes, { maxCellChars: 50 })).rows).toHaveLength(3);
  });
});

describe("readXlsx on unreadable files", () => {
  it("refuses bytes that are not a zip", async () => {
    const diagnostic = await failure(read(new TextEncoder().encode("序号,工作任务\n75,x\n")));
    expect(diagnostic).toMatchObject({ code: "archive.not_zip", location: { file: "t.xlsx" } });
  });

  it("refuses a truncated workbook", async () => {
    const bytes = fixture("seed-2022-kjj.xlsx");
    const diagnostic = await failure(read(bytes.subarray(0, bytes.length >> 1)));
    expect(diagnostic).toMatchObject({ code: "archive.corrupt", location: { file: "t.xlsx" } });
  });

  it("refuses a workbook whose compressed data is damaged", async () => {
    const bytes = new Uint8Array(fixture("seed-2022-kjj.xlsx"));
    for (let i = 2000; i < 2400; i += 1) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    const diagnostic = await failure(read(bytes));
    expect(diagnostic).toMatchObject({ code: "archive.corrupt", severity: "error" });
  });

  it("refuses a sound zip that is no workbook", async () => {
    const diagnostic = await failure(
      read(zipSync({ "word/document.xml": strToU8("<w:document/>") })),
    );
    expect(diagnostic).toEqual({
      severity: "error",
      code: "xlsx.unreadable",
      message: {
        zh: "无法读取该 Excel 工作簿（文件可能已损坏，或不是 .xlsx 格式）",
        en: "The Excel workbook cannot be read (it may be corrupt, or not in .xlsx format)",
      },
      location: { file: "t.xlsx" },
    });
  });

  it("refuses a workbook whose sheet XML exceljs cannot parse", async () => {
    const parts = unzipSync(fixture("seed-2022-kjj.xlsx"));
    parts["xl/worksheets/sheet1.xml"] = strToU8("<worksheet><sheetData><row");
    const diagnostic = await failure(read(zipSync(parts)));
    expect(diagnostic.code).toBe("xlsx.unreadable");
  });
});

const SPREADSHEET_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface HandmadeSheet {
  readonly name: string;
  readonly state?: string;
  /** The relationship target; worksheets/sheetN.xml unless given. */
  readonly target?: string;
  /** The whole part; a worksheet around `sheetData` and `after` unless given. */
  readonly xml?: string;
  readonly sheetData?: string;
  readonly after?: string;
}

/** A workbook written by hand, as programs other than Excel and exceljs write them. */
const handmade = (
  sheets: readonly HandmadeSheet[],
  extra: { sharedStrings?: string; styles?: string } = {},
): Uint8Array => {
  const parts: Record<string, Uint8Array> = {};
  const relationships: string[] = [];
  const entries = sheets.map((sheet, i) => {
    const target = sheet.target ?? `worksheets/sheet${i + 1}.xml`;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    parts[path] = strToU8(
      sheet.xml ??
        `<worksheet ${SPREADSHEET_NS}><sheetData>${sheet.sheetData ?? ""}</sheetData>${sheet.after ?? ""}</worksheet>`,
    );
    relationships.push(
      `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIP}/worksheet" Target="${target}"/>`,
    );
    const state = sheet.state === undefined ? "" : ` state="${sheet.state}"`;
    return `<sheet name="${sheet.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
  });
  if (extra.sharedStrings !== undefined) {
    parts["xl/sharedStrings.xml"] = strToU8(extra.sharedStrings);
    relationships.push(
      `<Relationship Id="rIdS" Type="${RELATIONSHIP}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  }
  if (extra.styles !== undefined) {
    parts["xl/styles.xml"] = strToU8(extra.styles);
    relationships.push(
      `<Relationship Id="rIdY" Type="${RELATIONSHIP}/styles" Target="styles.xml"/>`,
    );
  }
  parts["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${SPREADSHEET_NS}><sheets>${entries.join("")}</sheets></workbook>`,
  );
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`,
  );
  return zipSync(parts);
};

const inline = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

const grid = (table: SourceTable): string[][] =>
  table.rows.map((row) => row.cells.map((cell) => cell.continuation ?? cell.text));

describe("readXlsx on SpreadsheetML written by hand", () => {
  it("reads each cell type by its cached value, rich and phonetic text included", async () => {
    const sharedStrings =
      `<sst ${SPREADSHEET_NS}>` +
      '<si><r><t>市科技局</t></r><r><rPr><b/></rPr><t xml:space="preserve">_x000D_\n市税务局</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      "</sst>";
    const styles =
      `<styleSheet ${SPREADSHEET_NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const sheetData =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
      inline("C1", "内联") +
      '<c r="D1" t="str"><f>A1&amp;""</f><v>公式</v></c><c r="E1" t="b"><v>0</v></c>' +
      '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1"><f>1+1</f><v>2</v></c>' +
      '<c r="H1" t="n"><v>1.5E-3</v></c><c r="I1" t="d" s="1"><v>2022-12-15T00:00:00</v></c>' +
      '<c r="J1" t="str"><f>NOW()</f></c></row>';
    const table = onlyTable(
      await read(handmade([{ name: "S", sheetData }], { sharedStrings, styles })),
    );
    expect(table.rows[0]?.cells.map(({ text, number, date }) => ({ text, number, date }))).toEqual([
      { text: "市科技局\n市税务局", number: undefined, date: undefined },
      { text: "東京", number: undefined, date: undefined },
      { text: "内联", number: undefined, date: undefined },
      { text: "公式", number: undefined, date: undefined },
      { text: "FALSE", number: undefined, date: undefined },
      { text: "#DIV/0!", number: undefined, date: undefined },
      { text: "2", number: 2, date: undefined },
      { text: "0.0015", number: 0.0015, date: undefined },
      { text: "12月15日", number: 44910, date: "2022-12-15" },
    ]);
  });

  it("dates numbers under the built-in date formats a workbook names only by id", async () => {
    const ids = [0, 14, 22, 31, 58, 57];
    const styles = `<styleSheet ${SPREADSHEET_NS}><cellXfs>${ids.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`;
    const sheetData = ids
      .map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${i}"><v>44910</v></c></row>`)
      .join("");
    const table = onlyTable(await read(handmade([{ name: "S", sheetData }], { styles })));
    expect(table.rows.map(({ cells: [cell] }) => [cell?.text, cell?.date])).toEqual([
      ["44910", undefined],
      ["2022-12-15", "2022-12-15"],
      ["2022-12-15", "2022-12-15"],
      ["2022年12月15日", "2022-12-15"],
      ["12月15日", "2022-12-15"],
      ["2022年12月", "2022-12-15"],
    ]);
  });

  it("follows absolute targets, places cells without r, and reads prefixed elements", async () => {
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    const document = await read(
      handmade([
        {
          name: "甲",
          target: "/xl/worksheets/sheet1.xml",
          sheetData: `<row>${inline("A1", "a")}<c t="inlineStr"><is><t>b</t></is></c>${inline("D1", "d")}<c t="inlineStr"><is><t>e</t></is></c></row><row><c t="inlineStr"><is><t>a2</t></is></c></row>`,
        },
        { name: "乙", state: "veryHidden", sheetData: `<row r="1">${inline("A1", "x")}</row>` },
        { name: "丙", xml: prefixed },
      ]),
    );
    expect(tablesOf(document).map((table) => [table.name, grid(table)])).toEqual([
      [
        "甲",
        [
          ["a", "b", "", "d", "e"],
          ["a2", "", "", "", ""],
        ],
      ],
      [
        "丙",
        [
          ["", ""],
          ["", "前缀"],
        ],
      ],
    ]);
    expect(document.diagnostics.map((d) => [d.code, d.location.sheet])).toEqual([
      ["xlsx.hidden_sheet", "乙"],
    ]);
  });

  it("cuts a merge of the whole sheet to the cells the sheet has", async () => {
    const sheetData =
      `<row r="1">${inline("A1", "title")}</row>` +
      '<row r="3"><c r="A3" s="1"/><c r="B3" s="1"/></row>';
    const merges = '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>';
    const table = onlyTable(await read(handmade([{ name: "S", sheetData, after: merges }])));
    expect(grid(table)).toEqual([
      ["title", "horizontal"],
      ["vertical", "vertical"],
      ["vertical", "vertical"],
    ]);
  });

  it("resolves overlapping merges, which Excel never writes, instead of refusing the file", async () => {
    const sheetData =
      `<row r="1">${inline("A1", "a")}</row><row r="2">${inline("B2", "b")}</row>` +
      '<row r="3"><c r="C3" s="1"/></row>';
    const merges = '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>';
    const table = onlyTable(await read(handmade([{ name: "S", sheetData, after: merges }])));
    expect(grid(table)).toEqual([
      ["a", "horizontal", ""],
      ["vertical", "vertical", "horizontal"],
      ["", "vertical", "vertical"],
    ]);
  });

  it("reads 20,000 rows with 10,000 merges in one pass, reporting progress as it goes", async () => {
    const rows: string[] = [];
    const mergeCells: string[] = [];
    for (let r = 1; r <= 20_000; r += 1) {
      const first = r % 2 === 1;
      rows.push(
        `<row r="${r}">${first ? inline(`A${r}`, `任务${r}`) : `<c r="A${r}" s="1"/>`}${inline(`B${r}`, `节点${r}`)}</row>`,
      );
      if (first) mergeCells.push(`<mergeCell ref="A${r}:A${r + 1}"/>`);
    }
    const bytes = handmade([
      {
        name: "S",
        sheetData: rows.join(""),
        after: `<mergeCells count="${mergeCells.length}">${mergeCells.join("")}</mergeCells>`,
      },
    ]);
    const seen: ImportProgress[] = [];
    const document = await readXlsx(bytes, "t.xlsx", {
      limits: DEFAULT_LIMITS,
      onProgress: (progress) => seen.push(progress),
    });
    const table = onlyTable(document);
    expect(table.rows).toHaveLength(20_000);
    expect(column(table, 1).filter((text) => text === "")).toHaveLength(10_000);
    expect(table.rows.filter((row) => row.cells[0]?.continuation === "vertical")).toHaveLength(
      10_000,
    );
    expect(cellAt(table, 20_000, 2).text).toBe("节点20000");

    expect(seen[0]).toEqual({ phase: "unzip", done: 1, total: 1 });
    expect(seen.at(-1)).toEqual({ phase: "read", done: 20_000, total: 20_000 });
    const reads = seen.slice(1);
    expect(reads.length).toBeGreaterThan(2);
    expect(reads.every(({ phase, done, total }) => phase === "read" && done <= total)).toBe(true);
  });

  it("names the part whose XML is malformed", async () => {
    const diagnostic = await failure(
      read(
        handmade([{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], {
          sharedStrings: `<sst ${SPREADSHEET_NS}><si><t>a</si></sst>`,
        }),
      ),
    );
    expect(diagnostic).toMatchObject({ code: "xlsx.unreadable", location: { file: "t.xlsx" } });
    expect(diagnostic.message.en).toContain("xl/sharedStrings.xml");
    expect(diagnostic.message.zh).toContain("xl/sharedStrings.xml");
  });
});
