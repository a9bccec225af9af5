import type { Readable } from "node:stream";
import { largest } from "../domain/append-all.js";
import type { OutlineHeading, Plan, Task } from "../domain/plan.js";
import {
  headingCellText,
  headingLines,
  rowTexts,
  type RowTexts,
  type TableExportOptions,
} from "./plan-cell-text.js";
import {
  PLAN_TABLE_HEADERS,
  planTableRows,
  type MergePart,
  type PlanTableRow,
} from "./plan-table-layout.js";
import { CELL_STYLE, WORKSHEET_OPEN, xlsxParts, type PrintRanges } from "./xlsx-parts.js";
import { fitMergedCell, heightForLines, MIN_ROW_POINTS, wrappedLines } from "./xlsx-row-heights.js";
import { xmlText } from "./xml-text.js";
import { zipBytes, zipStream, type ZipPart } from "./zip-stream.js";

/**
 * The plan as the office's Excel sheet: the title and subtitle merged across
 * the table, a header row printed on every page, and the same vertical merges
 * as the Word table, A4 landscape fitted to the page's width. The sheet is
 * written row by row (inline strings, no shared-string table) into the zip
 * stream. Widths and heights follow the reference workbook.
 */

/** 序号 | 工作任务 | 节点计划 | 责任单位 | 完成时限, in Excel character widths. */
const COLUMN_WIDTHS = [7.37, 35.03, 47.02, 19.36, 12.9] as const;
const COLUMNS = ["A", "B", "C", "D", "E"] as const;
const LAST_COLUMN = "E";
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
const COLUMN_STYLES = [
  CELL_STYLE.centred,
  CELL_STYLE.running,
  CELL_STYLE.running,
  CELL_STYLE.centred,
  CELL_STYLE.deadline,
] as const;

const TITLE_POINTS = 36.85;
const SUBTITLE_POINTS = 25.5;
const HEADER_POINTS = 28.35;

/** A numeric 序号 is stored as a number, as in the reference; "一" or "1.2" stay text. */
const serialValue = (task: Task, serial: string): number | string =>
  task.no !== null && serial === String(task.no) ? task.no : serial;

/** A cell; an empty or covered one keeps its style (the borders) and holds nothing. */
const cellXml = (ref: string, style: number, value: string | number | null): string => {
  if (value === null || value === "") return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === "number") return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
};

const rowXml = (row: number, height: number, cells: string): string =>
  `<row r="${row}" spans="1:5" ht="${height}" customHeight="1">${cells}</row>`;

/** "B5:B9": the cells a merge starting at `top` covers in one column. */
const columnRange = (column: string, top: number, merge: MergePart): string =>
  `${column}${top}:${column}${top + (merge.kind === "start" ? merge.span : 1) - 1}`;

/**
 * Row heights for the data rows: each row as tall as its own cells need, then
 * rows under a merged cell raised together until the merged text fits.
 * Excel grows neither a wrapped row on opening nor ever a merged one.
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

/** 一、… or （一）… in the first cell of a row that is merged across the table. */
const outlineRowXml = (r: number, heading: OutlineHeading): string => {
  const text = headingCellText(heading);
  const cells = COLUMNS.map((column, i) =>
    cellXml(`${column}${r}`, CELL_STYLE.outline, i === 0 ? text : null),
  );
  return rowXml(r, heightForLines(wrappedLines(text, TABLE_WIDTH)), cells.join(""));
};

const dataRowXml = (r: number, row: PlanTableRow, t: RowTexts, height: number): string => {
  const values = [
    t.serial === null ? null : serialValue(row.task, t.serial),
    t.task,
    t.milestone,
    t.units?.join("\n") ?? null,
    t.deadline,
  ];
  const cells = values.map((value, i) =>
    cellXml(`${COLUMNS[i]}${r}`, COLUMN_STYLES[i] ?? 0, value),
  );
  return rowXml(r, height, cells.join(""));
};

interface SheetLayout {
  readonly title: string;
  readonly subtitle: string | null;
  readonly rows: readonly PlanTableRow[];
  readonly headerRow: number;
}

const layoutOf = (plan: Plan, options: TableExportOptions): SheetLayout => {
  const { title, subtitle } = headingLines(plan, options);
  return { title, subtitle, rows: planTableRows(plan), headerRow: subtitle === null ? 2 : 3 };
};

const printRanges = ({ rows, headerRow }: SheetLayout): PrintRanges => ({
  lastRow: headerRow + rows.reduce((sum, row) => sum + 1 + row.headings.length, 0),
  lastColumn: LAST_COLUMN,
  headerRow,
});

function* sheetXml(layout: SheetLayout): Generator<string> {
  const { title, subtitle, rows, headerRow } = layout;
  const { lastRow } = printRanges(layout);
  const firstData = `A${headerRow + 1}`;
  yield `${WORKSHEET_OPEN}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<dimension ref="A1:${LAST_COLUMN}${lastRow}"/>`;
  yield `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="${firstData}" activePane="bottomLeft" state="frozen"/>`;
  yield `<selection pane="bottomLeft" activeCell="${firstData}" sqref="${firstData}"/></sheetView></sheetViews>`;
  yield '<sheetFormatPr defaultRowHeight="15"/><cols>';
  yield COLUMN_WIDTHS.map(
    (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
  ).join("");
  yield "</cols><sheetData>";

  const merges = [`A1:${LAST_COLUMN}1`];
  yield rowXml(1, TITLE_POINTS, cellXml("A1", CELL_STYLE.title, title));
  if (subtitle !== null) {
    merges.push(`A2:${LAST_COLUMN}2`);
    yield rowXml(2, SUBTITLE_POINTS, cellXml("A2", CELL_STYLE.subtitle, subtitle));
  }
  yield rowXml(
    headerRow,
    HEADER_POINTS,
    PLAN_TABLE_HEADERS.map((h, i) =>
      cellXml(`${COLUMNS[i]}${headerRow}`, CELL_STYLE.header, h),
    ).join(""),
  );

  const texts = rows.map(rowTexts);
  const heights = dataRowHeights(rows, texts);
  let r = headerRow;
  for (const [index, row] of rows.entries()) {
    for (const heading of row.headings) {
      r += 1;
      merges.push(`A${r}:${LAST_COLUMN}${r}`);
      yield outlineRowXml(r, heading);
    }
    const t = texts[index];
    if (!t) continue;
    r += 1;
    if (row.taskMerge.kind === "start") {
      merges.push(columnRange("A", r, row.taskMerge), columnRange("B", r, row.taskMerge));
    }
    if (row.unitsMerge.kind === "start") merges.push(columnRange("D", r, row.unitsMerge));
    yield dataRowXml(r, row, t, heights[index] ?? MIN_ROW_POINTS);
  }
  yield "</sheetData>";
  yield `<mergeCells count="${merges.length}">`;
  yield merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  yield "</mergeCells>";
  yield '<printOptions horizontalCentered="1"/>';
  yield '<pageMargins left="0.59" right="0.59" top="0.71" bottom="0.79" header="0.3" footer="0.39"/>';
  yield '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  // "— n —" centred in the footer, as on the Word table's pages.
  yield "<headerFooter><oddFooter>&amp;C— &amp;P —</oddFooter></headerFooter>";
  yield "</worksheet>";
}

const workbookParts = (plan: Plan, options: TableExportOptions): ZipPart[] => {
  const layout = layoutOf(plan, options);
  return xlsxParts(layout.title, new Date(), printRanges(layout), sheetXml(layout));
};

/** The plan as an .xlsx with one sheet, "Sheet1", produced as the stream is read. */
export const writePlanXlsx = (plan: Plan, options: TableExportOptions = {}): Readable =>
  zipStream(workbookParts(plan, options));

/** The plan as an .xlsx file in memory. */
export const planToXlsx = (plan: Plan, options: TableExportOptions = {}): Promise<Uint8Array> =>
  Promise.resolve().then(() => zipBytes(workbookParts(plan, options)));
