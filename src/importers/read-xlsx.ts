import ExcelJS from "exceljs";
import type { Diagnostic, SourceLocation } from "../domain/diagnostic.js";
import { isoDate } from "../domain/iso-date.js";
import { message } from "../domain/message.js";
import { checkRowCount, textCell } from "./check-limits.js";
import { ImportFailure } from "./import-failure.js";
import type { ImportLimits } from "./limits.js";
import type { ProgressListener } from "./progress.js";
import { readZip } from "./read-zip.js";
import type { SourceCell, SourceDocument, SourceRow, SourceTable } from "./source-document.js";

const PROGRESS_EVERY = 1000;
const DAY_MS = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system; 1904 serials are 1462 smaller. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1462;

/**
 * Reads every visible worksheet with content into a table, all rows from the
 * first (title rows included: the shared code finds the header). Cells keep
 * what Excel holds: a number or date keeps its value next to its text.
 */
export const readXlsx = async (
  bytes: Uint8Array,
  fileName: string,
  options: { limits: ImportLimits; onProgress?: ProgressListener },
): Promise<SourceDocument> => {
  const { limits, onProgress } = options;
  // exceljs trusts the sizes the archive declares; readZip does not, so it
  // goes first and turns a zip bomb or a truncated file into a clear failure.
  // Only the answer is kept, so the inflated parts can be freed while exceljs loads.
  const isWorkbook = readZip(bytes, fileName, limits).has("xl/workbook.xml");
  onProgress?.({ phase: "unzip", done: 1, total: 1 });
  // exceljs "loads" any zip, a .docx included, into a workbook without properties.
  if (!isWorkbook) throw unreadable(fileName);
  const { workbook, date1904 } = await loadWorkbook(bytes, fileName);

  const diagnostics: Diagnostic[] = [];
  const sheets = workbook.worksheets.filter((sheet) => {
    if (sheet.state === "visible") return true;
    diagnostics.push(hiddenNote(fileName, sheet.name));
    return false;
  });
  const total = sheets.reduce((n, sheet) => n + sheet.rowCount, 0);
  const progress = { done: 0, total };
  const report = (): void => onProgress?.({ phase: "read", ...progress });

  const context: Context = { file: fileName, limits, date1904, dateFormats: new Map() };
  const tables: SourceTable[] = [];
  let rowsSoFar = 0;
  for (const sheet of sheets) {
    const rows = readSheet(sheet, context, rowsSoFar, () => {
      progress.done += 1;
      if (progress.done % PROGRESS_EVERY === 0) report();
    });
    rowsSoFar += rows.length;
    if (rows.length > 0) tables.push({ rows, paragraphsBefore: [], name: sheet.name });
  }
  report();
  return { fileName, format: "xlsx", tables, diagnostics };
};

const loadWorkbook = async (
  bytes: Uint8Array,
  fileName: string,
): Promise<{ workbook: ExcelJS.Workbook; date1904: boolean }> => {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives one whatever view came in.
    await workbook.xlsx.load(bytes.slice().buffer);
    return { workbook, date1904: workbook.properties.date1904 };
  } catch {
    throw unreadable(fileName);
  }
};

const unreadable = (file: string): ImportFailure =>
  new ImportFailure({
    severity: "error",
    code: "xlsx.unreadable",
    message: message(
      "无法读取该 Excel 工作簿（文件可能已损坏，或不是 .xlsx 格式）",
      "The Excel workbook cannot be read (it may be corrupt, or not in .xlsx format)",
    ),
    location: { file },
  });

/** What reading one workbook needs at every cell. */
interface Context {
  readonly file: string;
  readonly limits: ImportLimits;
  readonly date1904: boolean;
  /** Compiled date formats by numFmt: a workbook has few, and many cells share each. */
  readonly dateFormats: Map<string, DateFormat | null>;
}

/** What a cell holds: its text, and the value of a number or date. */
interface CellContent {
  readonly text: string;
  readonly value?: Pick<SourceCell, "number" | "date">;
}

/** A grid position before it becomes a SourceCell: what it holds, or which merge covers it. */
type Position = CellContent | { readonly continuation: "vertical" | "horizontal" };

const EMPTY: CellContent = { text: "" };

const readSheet = (
  sheet: ExcelJS.Worksheet,
  context: Context,
  rowsBefore: number,
  onRow: () => void,
): SourceRow[] => {
  // columnCount walks every row each time it is read: read it once.
  const { rowCount, columnCount } = sheet;
  const grid: Position[][] = [];
  for (let r = 1; r <= rowCount; r += 1) {
    const positions: Position[] = [];
    for (let c = 1; c <= columnCount; c += 1) {
      positions.push(position(sheet.findCell(r, c), r, context));
    }
    grid.push(positions);
    onRow();
  }
  // Rows and columns that only carry formatting are no part of the table.
  const used = (p: Position | undefined): boolean =>
    p !== undefined && ("continuation" in p || p.text !== "" || p.value !== undefined);
  while (grid.length > 0 && !grid.at(-1)?.some(used)) grid.pop();
  const width = grid.reduce(
    (max, positions) => Math.max(max, positions.findLastIndex(used) + 1),
    0,
  );
  const columnNames = Array.from({ length: width }, (_, c) => columnName(c + 1));

  // Literals rather than spreads: this runs for every cell of the sheet.
  const { file, limits } = context;
  return grid.map((positions, index) => {
    const row = index + 1;
    const location: SourceLocation = { file, sheet: sheet.name, row };
    checkRowCount(rowsBefore + row, limits, location);
    const cells = columnNames.map((name, c): SourceCell => {
      const at = { file, sheet: sheet.name, row, column: c + 1, cell: `${name}${row}` };
      const p = positions[c] ?? EMPTY;
      if ("continuation" in p) return { text: "", continuation: p.continuation, location: at };
      return textCell(p.text, at, limits, p.value);
    });
    return { cells, location };
  });
};

const position = (cell: ExcelJS.Cell | undefined, row: number, context: Context): Position => {
  if (cell === undefined) return EMPTY;
  if (cell.isMerged && cell.master.address !== cell.address) {
    // A position below the merge's first row continues it downwards even
    // when it is also to the right (a block merge): rows matter more here.
    return { continuation: cell.master.fullAddress.row < row ? "vertical" : "horizontal" };
  }
  return cellContent(cell.value, cell.numFmt, context);
};

/** 1 → "A", 27 → "AA". */
const columnName = (column: number): string => {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

const hiddenNote = (file: string, sheet: string): Diagnostic => ({
  severity: "info",
  code: "xlsx.hidden_sheet",
  message: message(
    `工作表“${sheet}”已隐藏，未读取`,
    `The worksheet "${sheet}" is hidden and was not read`,
  ),
  location: { file, sheet },
});

const cellContent = (
  value: ExcelJS.CellValue,
  numFmt: string | undefined,
  context: Context,
): CellContent => {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return { text: plainNumber(value), value: { number: value } };
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return dateContent(value, numFmt, context);
  if ("richText" in value) return { text: value.richText.map((run) => run.text).join("") };
  // A hyperlink's text may itself be rich text, whatever the typings say.
  if ("hyperlink" in value) return cellContent(value.text, numFmt, context);
  if ("formula" in value || "sharedFormula" in value) {
    return cellContent(value.result, numFmt, context);
  }
  return { text: value.error };
};

/** As Excel's General format shows it: at most 15 significant digits, no float noise. */
const plainNumber = (value: number): string =>
  // An integer under 10^15 has 15 digits at most: the common case skips toPrecision.
  Number.isInteger(value) && Math.abs(value) < 1e15
    ? String(value)
    : String(Number(value.toPrecision(15)));

/**
 * exceljs turns every number under a date format into a Date (a 序号 75 in
 * a row formatted as dates comes back as 1900-03-15), so the serial number
 * is recovered alongside the day, and the text is what Excel would show.
 */
const dateContent = (value: Date, numFmt: string | undefined, context: Context): CellContent => {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return EMPTY;
  const number = ms / DAY_MS + UNIX_EPOCH_SERIAL - (context.date1904 ? DATE1904_OFFSET : 0);
  // Excel's 1900 calendar has a 29 February (serial 60) that never was, so it
  // shows serials below 60, small 序号 like 5 among them, one day later than
  // exceljs dates them. Serial 60 itself has no ISO day and stays 28 February.
  const shown = !context.date1904 && number < 60 ? new Date(ms + DAY_MS) : value;
  const year = shown.getUTCFullYear();
  const month = shown.getUTCMonth() + 1;
  const day = shown.getUTCDate();
  const date = isoDate(year, month, day);
  const key = numFmt ?? "";
  let format = context.dateFormats.get(key);
  if (format === undefined) {
    format = compileDateFormat(key);
    context.dateFormats.set(key, format);
  }
  const text = format === null ? date : renderDate(format, year, month, day);
  return { text, value: { number, date } };
};

const DATE_TOKENS = ["yyyy", "yy", "m", "mm", "d", "dd"] as const;
type DateToken = (typeof DATE_TOKENS)[number];
/** A day-level date format: literal text, and y/m/d tokens to fill in. */
type DateFormat = readonly ({ readonly literal: string } | { readonly token: DateToken })[];

const FORMAT_PART = /"([^"]*)"|\\(.)|(y+|m+|d+)|([-/. 年月日])|(.)/g;
const LOCALE_TAG = /^\[\$-[0-9A-Fa-f]+\]/;

const isDateToken = (token: string): token is DateToken =>
  (DATE_TOKENS as readonly string[]).includes(token);

/**
 * Compiles a format made only of y/m/d and literals (m"月"d"日",
 * yyyy"年"m"月"d"日", yyyy/m/d). Null for anything else (times, month names),
 * and for the built-in short date (mm-dd-yy), which Excel shows per locale:
 * the ISO day is written then.
 */
const compileDateFormat = (numFmt: string): DateFormat | null => {
  // The first section is the one for positive values; a [$-804] locale tag does not change the digits.
  const format = numFmt.split(";")[0]?.replace(LOCALE_TAG, "") ?? "";
  const parts: DateFormat[number][] = [];
  let chinese = false;
  for (const [, quoted, escaped, token, literal, other] of format.matchAll(FORMAT_PART)) {
    if (other !== undefined) return null;
    if (token === undefined) {
      const text = quoted ?? escaped ?? literal ?? "";
      chinese ||= /[年月日]/.test(text);
      parts.push({ literal: text });
    } else if (isDateToken(token)) {
      parts.push({ token });
    } else {
      return null;
    }
  }
  return chinese || format.startsWith("yyyy") ? parts : null;
};

const renderDate = (format: DateFormat, year: number, month: number, day: number): string => {
  const pad = (n: number): string => String(n).padStart(2, "0");
  const values: Record<DateToken, string> = {
    yyyy: String(year),
    yy: pad(year % 100),
    m: String(month),
    mm: pad(month),
    d: String(day),
    dd: pad(day),
  };
  return format.map((part) => ("literal" in part ? part.literal : values[part.token])).join("");
};
