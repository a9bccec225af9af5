import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { ImportFailure } from "../../src/importers/import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "../../src/importers/limits.js";
import { readCsv } from "../../src/importers/blocks/read-csv.js";
import { readTxt } from "../../src/importers/blocks/read-txt.js";
import {
  paragraphBlock,
  type SourceDocument,
  type SourceTable,
} from "../../src/importers/source-document.js";
import { tablesOf, type TableInContext } from "../../src/importers/shapes/tables-of.js";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const read = (text: string, limits: Partial<ImportLimits> = {}): SourceDocument =>
  readTxt(new TextEncoder().encode(text), "t.txt", { limits: { ...DEFAULT_LIMITS, ...limits } });

const onlyTable = (document: SourceDocument): TableInContext => {
  expect(tablesOf(document)).toHaveLength(1);
  return tablesOf(document)[0] as TableInContext;
};

const texts = (table: SourceTable): string[][] =>
  table.rows.map((row) => row.cells.map((cell) => cell.text));

const failure = (read: () => unknown): Diagnostic => {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportFailure) return error.diagnostic;
    throw error;
  }
  throw new Error("expected an ImportFailure");
};

describe("readTxt on the seed text", () => {
  const document = readTxt(fixture("seed-2022-kjj.txt"), "seed.txt", { limits: DEFAULT_LIMITS });
  const table = onlyTable(document);

  it("reads the title and subtitle as paragraphs, without the bookmark artefact", () => {
    expect(document).toMatchObject({ fileName: "seed.txt", format: "txt", diagnostics: [] });
    expect(table.name).toBe("表1");
    expect(table.paragraphsBefore).toEqual([
      "2022年市政府重点工作任务分解表（市科技局牵头部分）",
      "（牵头重点工作任务12项，牵头重点工作任务节点计划2项）",
    ]);
  });

  it("reads 39 rows of 5 cells, the header first", () => {
    expect(table.rows).toHaveLength(39);
    expect(table.rows.every((row) => row.cells.length === 5)).toBe(true);
    expect(table.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      "序号",
      "工作任务",
      "节点计划",
      "责任单位",
      "完成时限",
    ]);
    expect(table.rows[0]?.location).toEqual({ file: "seed.txt", row: 1, line: 4 });
  });

  it("joins the untabbed unit lines into the 责任单位 cell", () => {
    expect(table.rows[2]?.cells[3]).toEqual({
      text: "市科技局\n市税务局",
      location: { file: "seed.txt", row: 3, line: 19, column: 4, text: "市科技局\n市税务局" },
    });
    // The next cell starts two lines further down, after the continuation line.
    expect(table.rows[2]?.cells[4]?.location).toEqual({
      file: "seed.txt",
      row: 3,
      line: 21,
      column: 5,
      text: "7月31日",
    });
    expect(table.rows[38]?.cells[3]?.text).toBe("市科技局\n市金融局\n市国资委");
  });

  it("leaves 序号, 工作任务 and 责任单位 empty on the rows that continue a task", () => {
    expect(table.rows[3]?.cells).toEqual([
      { text: "", location: { file: "seed.txt", row: 4, line: 23, column: 1 } },
      { text: "", location: { file: "seed.txt", row: 4, line: 24, column: 2 } },
      {
        text: "（2）组织受理各批次的高新技术企业申报。",
        location: {
          file: "seed.txt",
          row: 4,
          line: 25,
          column: 3,
          text: "（2）组织受理各批次的高新技术企业申报。",
        },
      },
      { text: "", location: { file: "seed.txt", row: 4, line: 26, column: 4 } },
      {
        text: "10月31日",
        location: { file: "seed.txt", row: 4, line: 27, column: 5, text: "10月31日" },
      },
    ]);
  });

  it("agrees with the CSV on every 节点计划 and 完成时限", () => {
    const csv = onlyTable(
      readCsv(fixture("seed-2022-kjj.csv"), "seed.csv", { limits: DEFAULT_LIMITS }),
    );
    const columns = (t: SourceTable): string[][] =>
      texts(t).map((row) => [row[2] ?? "", row[4] ?? ""]);
    expect(columns(table)).toEqual(columns(csv));
  });
});

describe("readTxt on other texts", () => {
  it("gives paragraphs and no table for text without tab-indented lines", () => {
    expect(read("[bookmark: _GoBack]标题\n\n正文一段。\n")).toEqual({
      fileName: "t.txt",
      format: "txt",
      blocks: [
        paragraphBlock("标题", { file: "t.txt", line: 1 }),
        paragraphBlock("正文一段。", { file: "t.txt", line: 3 }),
      ],
      diagnostics: [],
    });
  });

  it("ignores notes after the table, saying so", () => {
    const document = read("\t序号\n\t任务\n\n\t1\n\t甲\n\n注：以上为节选。\n\t不是表格\n\n");
    expect(texts(onlyTable(document))).toEqual([
      ["序号", "任务"],
      ["1", "甲"],
    ]);
    expect(document.diagnostics).toEqual([
      {
        severity: "info",
        code: "txt.text_after_table",
        message: {
          zh: "表格后从第 7 行起的文字（如备注）不属于表格，已忽略",
          en: "The text after the table, from line 7 on (notes?), is not part of it and was ignored",
        },
        location: { file: "t.txt", line: 7 },
      },
    ]);
  });

  it("strips bookmark artefacts anywhere and reads CRLF text", () => {
    const table = onlyTable(read("标题[bookmark: _Toc1]\r\n\t[bookmark: a]序号\r\n\t任务\r\n"));
    expect(table.paragraphsBefore).toEqual(["标题"]);
    expect(texts(table)).toEqual([["序号", "任务"]]);
  });

  it("starts the table at the first tab line even without a blank line before it", () => {
    const table = onlyTable(read("标题\n\t序号\n\t任务\n"));
    expect(table.paragraphsBefore).toEqual(["标题"]);
    expect(table.rows[0]?.location).toEqual({ file: "t.txt", row: 1, line: 2 });
  });

  it("pads short rows to the widest, at the row's first line", () => {
    const table = onlyTable(read("\ta\n\tb\n\tc\n\n\n\td\n"));
    expect(texts(table)).toEqual([
      ["a", "b", "c"],
      ["d", "", ""],
    ]);
    expect(table.rows[1]?.cells[2]?.location).toEqual({
      file: "t.txt",
      row: 2,
      line: 6,
      column: 3,
    });
  });

  it("decodes GB18030 text, noting it", () => {
    const gb = new Uint8Array([0x09, 0xd0, 0xf2, 0xba, 0xc5, 0x0a]); // "\t序号\n" in GBK
    const document = readTxt(gb, "t.txt", { limits: DEFAULT_LIMITS });
    expect(texts(onlyTable(document))).toEqual([["序号"]]);
    expect(document.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["info", "text.decoded_gb18030"],
    ]);
  });

  it("refuses binary content", () => {
    expect(
      failure(() => readTxt(fixture("seed-2022-kjj.docx"), "t.txt", { limits: DEFAULT_LIMITS })),
    ).toMatchObject({
      severity: "error",
      code: "txt.binary",
      location: { file: "t.txt" },
    });
  });

  it("enforces maxRows and maxCellChars", () => {
    expect(failure(() => read("\ta\n\n\tb\n\n\tc\n", { maxRows: 2 }))).toMatchObject({
      code: "table.too_many_rows",
      location: { file: "t.txt", row: 3, line: 5 },
    });
    expect(failure(() => read("\tab\n\tcd\nef\n", { maxCellChars: 4 }))).toMatchObject({
      code: "table.cell_too_long",
      location: { file: "t.txt", row: 1, line: 2, column: 2, text: "cd\nef" },
    });
  });
});
