import ExcelJS from "exceljs";
import type { Plan, Task } from "../domain/plan.js";
import { rowTexts, type RowTexts } from "./plan-cell-text.js";
import {
  PLAN_TABLE_HEADERS,
  planTableRows,
  type MergePart,
  type PlanTableRow,
} from "./plan-table-layout.js";
import { withMergeCells } from "./xlsx-merge-cells.js";
import { fitMergedCell, heightForLines, MIN_ROW_POINTS, wrappedLines } from "./xlsx-row-heights.js";
import { appendAll, largest } from "../domain/append-all.js";

/**
 * The plan as the office's Excel sheet: the title and subtitle merged across
 * the table, a header row printed on every page, and the same vertical merges
 * as the Word table. Widths, heights and fonts follow the reference workbook.
 */

/** 序号 | 工作任务 | 节点计划 | 责任单位 | 完成时限, in Excel character widths. */
const COLUMN_WIDTHS = [7.37, 35.03, 47.02, 19.36, 12.9] as const;
const LAST_COLUMN = String.fromCharCode(64 + COLUMN_WIDTHS.length);

type Style = Partial<ExcelJS.Style>;

const thin: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Built per workbook: exceljs keeps style objects by reference, so none is shared between files. */
const makeStyles = () => {
  const body = { name: "仿宋_GB2312", size: 12 };
  const centred: Style = {
    font: body,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  };
  const running: Style = {
    font: body,
    border: BORDER,
    alignment: { horizontal: "justify", vertical: "middle", wrapText: true },
  };
  return {
    title: {
      font: { name: "方正小标宋简体", size: 20 },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    } satisfies Style,
    subtitle: {
      font: { name: "楷体_GB2312", size: 14 },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    } satisfies Style,
    header: { ...centred, font: { name: "黑体", size: 12 } } satisfies Style,
    /** By column: short cells centred, running text justified. */
    columns: [
      centred,
      running,
      running,
      centred,
      // Text format, so a deadline retyped in Excel stays "12月15日" instead of turning into a date.
      { ...centred, numFmt: "@" },
    ] satisfies Style[],
  };
};

/** A numeric 序号 is stored as a number, as in the reference; "一" or "1.2" stay text. */
const serialValue = (task: Task, serial: string): number | string =>
  task.no !== null && serial === String(task.no) ? task.no : serial;

/** Empty strings would be written as empty shared strings; null leaves the cell blank. */
const blankAsNull = (text: string | null): string | null => (text === "" ? null : text);

/** "B5:B9": a cell range in one column; merges are written by `withMergeCells`, see there why. */
const columnRange = (column: string, top: number, merge: MergePart): string =>
  `${column}${top}:${column}${top + (merge.kind === "start" ? merge.span : 1) - 1}`;

/** A headline row merged across the whole table; returns its merged range. */
const addBanner = (sheet: ExcelJS.Worksheet, text: string, style: Style, height: number) => {
  const row = sheet.addRow([text]);
  row.height = height;
  row.getCell(1).style = style;
  return `A${row.number}:${LAST_COLUMN}${row.number}`;
};

const addHeader = (sheet: ExcelJS.Worksheet, style: Style): number => {
  const header = sheet.addRow([...PLAN_TABLE_HEADERS]);
  header.height = 28.35;
  header.eachCell((cell) => (cell.style = style));
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  return header.number;
};

/**
 * Row heights for the data rows: each row as tall as its own cells need, then
 * rows under a merged cell raised together until the merged text fits.
 */
const dataRowHeights = (rows: readonly PlanTableRow[], texts: readonly RowTexts[]): number[] => {
  const heights: number[] = [];
  const merged: [index: number, span: number, lines: number][] = [];
  rows.forEach(({ taskMerge, unitsMerge }, index) => {
    const t = texts[index];
    if (!t) return;
    const own = [
      wrappedLines(t.milestone, COLUMN_WIDTHS[2]),
      wrappedLines(t.deadline, COLUMN_WIDTHS[4]),
    ];
    const spanning: [text: string | null, width: number, merge: MergePart][] = [
      [t.task, COLUMN_WIDTHS[1], taskMerge],
      [t.units?.join("\n") ?? null, COLUMN_WIDTHS[3], unitsMerge],
    ];
    for (const [text, width, merge] of spanning) {
      if (text === null) continue;
      const lines = wrappedLines(text, width);
      if (merge.kind === "start") merged.push([index, merge.span, lines]);
      else own.push(lines);
    }
    heights.push(heightForLines(largest(own, 0)));
  });
  for (const [index, span, lines] of merged) fitMergedCell(heights, index, span, lines);
  return heights;
};

/** Adds the data rows below the header; returns their merged ranges. */
const addDataRows = (
  sheet: ExcelJS.Worksheet,
  plan: Plan,
  headerRow: number,
  columnStyles: readonly Style[],
): string[] => {
  const rows = planTableRows(plan);
  const texts = rows.map(rowTexts);
  const heights = dataRowHeights(rows, texts);
  const merges: string[] = [];
  rows.forEach(({ task, taskMerge, unitsMerge }, index) => {
    const t = texts[index];
    if (!t) return;
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [
      t.serial === null ? null : serialValue(task, t.serial),
      t.task,
      blankAsNull(t.milestone),
      blankAsNull(t.units?.join("\n") ?? null),
      blankAsNull(t.deadline),
    ];
    columnStyles.forEach((style, column) => (row.getCell(column + 1).style = style));
    row.height = heights[index] ?? MIN_ROW_POINTS;
    if (taskMerge.kind === "start") {
      merges.push(columnRange("A", row.number, taskMerge), columnRange("B", row.number, taskMerge));
    }
    if (unitsMerge.kind === "start") merges.push(columnRange("D", row.number, unitsMerge));
  });
  return merges;
};

/** The plan as an .xlsx file with one sheet, "Sheet1". */
export const planToXlsx = async (plan: Plan): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Duban";
  workbook.title = plan.title;
  const sheet = workbook.addWorksheet("Sheet1", {
    pageSetup: {
      // A4. exceljs declares paper sizes as an ambient const enum, which isolatedModules cannot
      // read, so the number is written out.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.59, right: 0.59, top: 0.71, bottom: 0.79, header: 0.3, footer: 0.39 },
    },
    headerFooter: { oddFooter: "&C— &P —" },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const styles = makeStyles();
  const merges = [addBanner(sheet, plan.title, styles.title, 36.85)];
  if (plan.subtitle !== null) merges.push(addBanner(sheet, plan.subtitle, styles.subtitle, 25.5));
  const headerRow = addHeader(sheet, styles.header);
  appendAll(merges, addDataRows(sheet, plan, headerRow, styles.columns));
  sheet.pageSetup.printArea = `A1:${LAST_COLUMN}${sheet.rowCount}`;

  // Stored uncompressed, since withMergeCells opens the archive again and compresses it once.
  // exceljs types its Buffer as an ArrayBuffer; at run time it is a Node Buffer, copied either way.
  const saved = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return withMergeCells(saved, "xl/worksheets/sheet1.xml", merges);
};
