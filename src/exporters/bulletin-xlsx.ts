import ExcelJS from "exceljs";
import type { ProgressBulletin } from "../domain/progress-bulletin.js";
import {
  bulletinTables,
  type BulletinSection,
  type BulletinTable,
  type TableCellText,
} from "./bulletin-tables.js";
import { XLSX_FACES } from "./xlsx-parts.js";
import { fitMergedCell, heightForLines, wrappedLines } from "./xlsx-row-heights.js";

/**
 * The progress bulletin as an Excel workbook: the summary on the first
 * sheet, each list on a sheet of its own, and the progress table last, with
 * the table export's fonts, merges, A4 pages, repeated header rows and
 * "— n —" page numbers. The bulletin is small, so exceljs merges directly.
 */

type Style = Partial<ExcelJS.Style>;

const thin: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const wrap = (horizontal: "center" | "justify" | "left"): Partial<ExcelJS.Alignment> => ({
  horizontal,
  vertical: "middle",
  wrapText: true,
});

/** The table export's faces, marked GB2312 (charset 134) so that a missing one becomes a Chinese face. */
const face = (name: string, size: number, family: 1 | 3): Partial<ExcelJS.Font> => ({
  name,
  size,
  family,
  charset: 134,
});
const TEXT_FONT = face(XLSX_FACES.body, 12, 3);

const TITLE: Style = { font: face(XLSX_FACES.title, 18, 1), alignment: wrap("center") };
const PERIOD: Style = { font: face(XLSX_FACES.subtitle, 14, 3), alignment: wrap("center") };
const HEADING: Style = { font: face(XLSX_FACES.header, 14, 3), alignment: wrap("left") };
const TEXT: Style = { font: face(XLSX_FACES.body, 14, 3), alignment: wrap("justify") };
const HEADER: Style = {
  font: face(XLSX_FACES.header, 12, 3),
  border: BORDER,
  alignment: wrap("center"),
};

/** Excel character widths the columns share: a portrait page, or a landscape one for the annex. */
const PORTRAIT_WIDTH = 92;
const LANDSCAPE_WIDTH = 150;

const addSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  orientation: "portrait" | "landscape",
): ExcelJS.Worksheet =>
  workbook.addWorksheet(name, {
    pageSetup: {
      // A4; exceljs's paper sizes are an ambient const enum, which isolatedModules cannot read.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.59, right: 0.59, top: 0.71, bottom: 0.79, header: 0.3, footer: 0.39 },
    },
    headerFooter: { oddFooter: "&C— &P —" },
  });

/** A line of text across all columns; the row grows with the text. */
const addBanner = (sheet: ExcelJS.Worksheet, text: string, style: Style, width: number) => {
  const row = sheet.addRow([text]);
  const size = style.font?.size ?? 12;
  row.height = Math.max(24, wrappedLines(text, (width * 12) / size) * size * 1.45 + 8);
  row.getCell(1).style = style;
  const span = sheet.columns.length;
  if (span > 1) sheet.mergeCells(row.number, 1, row.number, span);
};

/** A text-only sheet still gets a grid: LibreOffice does not fit one wide column to the page. */
const TEXT_GRID: BulletinTable = {
  columns: Array.from({ length: 6 }, () => ({ header: "", weight: 1, align: "justify" as const })),
  rows: [],
};

/** Column widths from the table's weights, shared out over the page's width. */
const setColumns = (
  sheet: ExcelJS.Worksheet,
  table: BulletinTable | undefined,
  total: number,
): number[] => {
  const { columns } = table ?? TEXT_GRID;
  const sum = columns.reduce((a, c) => a + c.weight, 0);
  const widths = columns.map((c) => Math.round((c.weight / sum) * total * 100) / 100);
  sheet.columns = widths.map((width) => ({ width }));
  return widths;
};

const cellValue = (text: TableCellText): string | null =>
  text.merge.kind === "continue" || text.lines.length === 0 ? null : text.lines.join("\n");

/** The table below what the sheet holds: a header row printed on every page, merges, heights. */
const addTable = (sheet: ExcelJS.Worksheet, table: BulletinTable, widths: readonly number[]) => {
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.height = 28;
  header.eachCell((c) => (c.style = HEADER));
  sheet.pageSetup.printTitlesRow = `${String(header.number)}:${String(header.number)}`;
  const styles = table.columns.map((c): Style => ({
    font: TEXT_FONT,
    border: BORDER,
    alignment: wrap(c.align),
  }));
  const heights: number[] = [];
  const merged: [index: number, span: number, lines: number][] = [];
  const ranges: [top: number, left: number, bottom: number, right: number][] = [];
  table.rows.forEach((cells, index) => {
    const row = sheet.addRow(cells.map(cellValue));
    styles.forEach((style, i) => (row.getCell(i + 1).style = style));
    let own = 1;
    cells.forEach((text, i) => {
      const lines = wrappedLines(text.lines.join("\n"), widths[i] ?? 10);
      if (text.merge.kind === "start") {
        merged.push([index, text.merge.span, lines]);
        ranges.push([row.number, i + 1, row.number + text.merge.span - 1, i + 1]);
      } else if (text.merge.kind === "single") own = Math.max(own, lines);
    });
    heights.push(heightForLines(own));
  });
  // Merged last: exceljs creates the rows a merge covers, and addRow would then append below them.
  for (const [top, left, bottom, right] of ranges) sheet.mergeCells(top, left, bottom, right);
  for (const [index, span, lines] of merged) fitMergedCell(heights, index, span, lines);
  heights.forEach((height, i) => (sheet.getRow(header.number + 1 + i).height = height));
};

/** "三、逾期节点计划" → "逾期节点计划": a sheet's name. */
const sheetName = (heading: string): string => heading.replace(/^[一二三四五六七八九十]+、/, "");

const addSection = (sheet: ExcelJS.Worksheet, section: BulletinSection, widths: number[]) => {
  addBanner(sheet, section.heading, HEADING, PORTRAIT_WIDTH);
  if (section.text !== undefined) addBanner(sheet, section.text, TEXT, PORTRAIT_WIDTH);
  if (section.table) addTable(sheet, section.table, widths);
};

/** The bulletin as an .xlsx file. */
export const bulletinToXlsx = async (bulletin: ProgressBulletin): Promise<Uint8Array> => {
  const layout = bulletinTables(bulletin);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Duban";
  workbook.title = bulletin.title;

  // The first sheet reads like the bulletin's first page: title, summary and the units' ranking.
  const [overview, ranking, ...lists] = layout.sections;
  const first = addSheet(workbook, "通报", "portrait");
  const rankingWidths = setColumns(first, ranking?.table, PORTRAIT_WIDTH);
  addBanner(first, bulletin.title, TITLE, PORTRAIT_WIDTH);
  if (bulletin.period !== null) addBanner(first, `（${bulletin.period}）`, PERIOD, PORTRAIT_WIDTH);
  for (const section of [overview, ranking]) {
    if (section) addSection(first, section, rankingWidths);
  }
  for (const section of lists) {
    const sheet = addSheet(workbook, sheetName(section.heading), "portrait");
    addSection(sheet, section, setColumns(sheet, section.table, PORTRAIT_WIDTH));
  }

  const annex = addSheet(workbook, layout.annex.title, "landscape");
  const widths = setColumns(annex, layout.annex.table, LANDSCAPE_WIDTH);
  addBanner(annex, `${layout.annex.label}  ${layout.annex.title}`, TITLE, LANDSCAPE_WIDTH);
  addTable(annex, layout.annex.table, widths);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
