import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { ImportFailure } from "../../src/importers/import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "../../src/importers/limits.js";
import type { ImportProgress } from "../../src/importers/progress.js";
import { readCsv } from "../../src/importers/blocks/read-csv.js";
import type { SourceDocument } from "../../src/importers/source-document.js";
import { tablesOf, type TableInContext } from "../../src/importers/shapes/tables-of.js";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const read = (bytes: Uint8Array, limits: Partial<ImportLimits> = {}): SourceDocument =>
  readCsv(bytes, "t.csv", { limits: { ...DEFAULT_LIMITS, ...limits } });

const texts = (document: SourceDocument): string[][] =>
  onlyTable(document).rows.map((row) => row.cells.map((cell) => cell.text));

const onlyTable = (document: SourceDocument): TableInContext => {
  expect(tablesOf(document)).toHaveLength(1);
  return tablesOf(document)[0] as TableInContext;
};

const failure = (read: () => unknown): Diagnostic => {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportFailure) return error.diagnostic;
    throw error;
  }
  throw new Error("expected an ImportFailure");
};

const UNITS_212 = "市科技局、各县（市、区）政府";

describe("readCsv on the seed CSV (UTF-8 with BOM, CRLF)", () => {
  const document = readCsv(fixture("seed-2022-kjj.csv"), "seed.csv", { limits: DEFAULT_LIMITS });

  it("reads every record into one table named after the file", () => {
    expect(document.fileName).toBe("seed.csv");
    expect(document.format).toBe("csv");
    expect(document.diagnostics).toEqual([]);
    const table = onlyTable(document);
    expect(table.name).toBe("seed.csv");
    expect(table.paragraphsBefore).toEqual([]);
    expect(table.rows).toHaveLength(39);
    expect(table.rows.every((row) => row.cells.length === 5)).toBe(true);
    expect(table.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      "序号",
      "工作任务",
      "节点计划",
      "责任单位",
      "完成时限",
    ]);
  });

  it("keeps a unit list with brackets in one cell, located by record and line", () => {
    const table = onlyTable(document);
    expect(table.rows[32]?.cells[3]).toEqual({
      text: UNITS_212,
      location: { file: "seed.csv", row: 33, line: 33, column: 4, text: UNITS_212 },
    });
    expect(table.rows[38]?.cells.map((cell) => cell.text)).toEqual([
      "228",
      "争创中央财政支持普惠金融发展示范区，推广“信易贷”、广东中小融、“邑科贷”，实施科技企业首贷风险补偿，开展金融支持中小微企业等专项行动。（牵头单位：市金融局）",
      "（4）升级邑科贷产品，探索分级为不同生命周期的科技型企业提供风险补偿。",
      "市科技局、市金融局、市国资委",
      "12月15日",
    ]);
    expect(table.rows[1]?.location).toEqual({ file: "seed.csv", row: 2, line: 2 });
    // A CSV cell is text: no number, even for the 序号.
    expect(table.rows[1]?.cells[0]).toEqual({
      text: "75",
      location: { file: "seed.csv", row: 2, line: 2, column: 1, text: "75" },
    });
  });

  it("reads the GB18030 copy to the same rows, noting the encoding", () => {
    const gbk = readCsv(fixture("seed-2022-kjj.gbk.csv"), "gbk.csv", { limits: DEFAULT_LIMITS });
    expect(texts(gbk)).toEqual(texts(document));
    expect(gbk.diagnostics).toEqual([
      {
        severity: "info",
        code: "text.decoded_gb18030",
        message: {
          zh: "文件不是 UTF-8 编码，已按 GB18030（GBK）解码",
          en: "The file is not UTF-8; decoded as GB18030 (GBK)",
        },
        location: { file: "gbk.csv" },
      },
    ]);
  });

  it("reports the records read", () => {
    const seen: ImportProgress[] = [];
    readCsv(fixture("seed-2022-kjj.csv"), "t.csv", {
      limits: DEFAULT_LIMITS,
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([{ phase: "read", done: 39, total: 39 }]);
  });
});

describe("readCsv delimiters and encodings", () => {
  it("detects tabs, ignoring commas inside quotes and in text", () => {
    const bytes = utf8('序号\t任务\n"1,2"\t"a,b,c"\n3\t甲,乙\n');
    expect(texts(read(bytes))).toEqual([
      ["序号", "任务"],
      ["1,2", "a,b,c"],
      ["3", "甲,乙"],
    ]);
  });

  it("detects semicolons but never the full-width ；of Chinese text", () => {
    expect(texts(read(utf8("a;b\n甲；乙;丙\n")))).toEqual([
      ["a", "b"],
      ["甲；乙", "丙"],
    ]);
    expect(texts(read(utf8("甲；乙\n丙；丁\n")))).toEqual([["甲；乙"], ["丙；丁"]]);
  });

  it("reads Excel's Unicode text: UTF-16LE with BOM, tab-separated", () => {
    const text = '序号\t责任单位\r\n202\t"市科技局\r\n市税务局"\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const document = read(bytes);
    expect(document.diagnostics).toEqual([]);
    expect(texts(document)).toEqual([
      ["序号", "责任单位"],
      ["202", "市科技局\n市税务局"],
    ]);
  });

  it("reads UTF-16BE with BOM", () => {
    const le = Buffer.from("甲,乙\n1,2\n", "utf16le");
    const be = new Uint8Array([0xfe, 0xff, ...le.swap16()]);
    expect(texts(read(be))).toEqual([
      ["甲", "乙"],
      ["1", "2"],
    ]);
  });

  it("reads UTF-8 without BOM as UTF-8, silently", () => {
    const document = read(utf8("序号,任务\n1,“双百工程”\n"));
    expect(document.diagnostics).toEqual([]);
    expect(texts(document)).toEqual([
      ["序号", "任务"],
      ["1", "“双百工程”"],
    ]);
  });
});

describe("readCsv records", () => {
  it("gives a record its starting line across quoted newlines and blank lines", () => {
    const table = onlyTable(read(utf8('标题\r\n\r\n序号,任务\r\n1,"第一行\r\n第二行"\r\n2,x\r\n')));
    expect(table.rows.map((row) => row.location)).toEqual([
      { file: "t.csv", row: 1, line: 1 },
      { file: "t.csv", row: 2, line: 3 },
      { file: "t.csv", row: 3, line: 4 },
      { file: "t.csv", row: 4, line: 6 },
    ]);
    expect(table.rows[2]?.cells[1]?.text).toBe("第一行\n第二行");
  });

  it("pads short records to the widest one and keeps title lines as rows", () => {
    const table = onlyTable(read(utf8("2022年分解表\n序号,任务\n1,x,多余\n")));
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["2022年分解表", "", ""],
      ["序号", "任务", ""],
      ["1", "x", "多余"],
    ]);
    expect(table.rows[0]?.cells[2]?.location).toEqual({
      file: "t.csv",
      row: 1,
      line: 1,
      column: 3,
    });
  });

  it("cleans cells but keeps a stray quote inside an unquoted field", () => {
    expect(texts(read(utf8('\u200b 序号\u3000,说明"甲"乙\n')))).toEqual([["序号", '说明"甲"乙']]);
  });

  it("gives no table for an empty file", () => {
    expect(read(utf8("\r\n\r\n"))).toEqual({
      fileName: "t.csv",
      format: "csv",
      blocks: [],
      diagnostics: [],
    });
  });
});

describe("readCsv refusals", () => {
  it("refuses an unclosed quote, naming the line where its record starts", () => {
    expect(failure(() => read(utf8('a,b\n\nc,"d\ne,f\n')))).toEqual({
      severity: "error",
      code: "csv.malformed",
      message: {
        zh: "第 3 行开始的记录格式有误（可能引号未闭合），无法解析",
        en: "The record starting at line 3 is malformed (an unclosed quote?) and cannot be parsed",
      },
      location: { file: "t.csv", line: 3 },
    });
  });

  it("refuses binary content", () => {
    expect(failure(() => read(fixture("seed-2022-kjj.xlsx")))).toEqual({
      severity: "error",
      code: "csv.binary",
      message: {
        zh: "文件含有二进制内容，不是文本文件（可能扩展名有误）",
        en: "The file holds binary content, not text (perhaps it is misnamed)",
      },
      location: { file: "t.csv" },
    });
    expect(failure(() => read(new Uint8Array([0x61, 0x2c, 0x00, 0x62]))).code).toBe("csv.binary");
  });

  it("refuses more records than maxRows", () => {
    const diagnostic = failure(() => read(fixture("seed-2022-kjj.csv"), { maxRows: 38 }));
    expect(diagnostic).toMatchObject({
      code: "table.too_many_rows",
      location: { file: "t.csv", row: 39, line: 39 },
    });
    expect(onlyTable(read(fixture("seed-2022-kjj.csv"), { maxRows: 39 })).rows).toHaveLength(39);
  });

  it("refuses a cell longer than maxCellChars", () => {
    const diagnostic = failure(() => read(utf8("a,bcdef\n"), { maxCellChars: 4 }));
    expect(diagnostic).toMatchObject({
      code: "table.cell_too_long",
      location: { file: "t.csv", row: 1, line: 1, column: 2, text: "bcdef" },
    });
  });
});
