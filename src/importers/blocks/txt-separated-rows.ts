import { CsvError, parse } from "csv-parse/sync";
import { cleanText } from "../../domain/normalize-text.js";
import type { TextRow, TextTable } from "./txt-text-table.js";
import { unsplittable } from "./txt-unsplittable.js";

/** A Markdown table's rule under its header: |---|:---:|. */
const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
/** Between cells of a row typed with spaces: two or more spaces, ideographic spaces, or tabs. */
const SPACE_SEPARATOR = / {2,}|[\u3000\t]+/;
/**
 * A header cell as typed: a short name without sentence punctuation. Rows
 * split by spaces count as a table only under such a header, since prose
 * pasted from a PDF is full of wrap spaces.
 */
const HEADER_CELL = /^[\p{Script=Han}A-Za-z0-9（）()/、 ]{1,12}$/u;

/** Cells of a line written with "|" between them ("| a | b |" or "a | b"), or null. */
const pipeCells = (line: string): string[] | null => {
  const text = cleanText(line);
  if (!text.includes("|")) return null;
  const cells = text.replace(/^\|/, "").replace(/\|$/, "").split("|").map(cleanText);
  return cells.length >= 2 ? cells : null;
};

/** Cells of a line written with runs of spaces between them, or null. */
const spacedCells = (line: string): string[] | null => {
  const cells = cleanText(line).split(SPACE_SEPARATOR);
  return cells.length >= 2 ? cells : null;
};

/**
 * The consecutive lines from the first that `split` cuts into cells (blank
 * lines and Markdown rules among them skipped), once there are at least
 * `minRows` of them whose first passes `header`; null when there is none.
 */
const findRun = (
  lines: readonly string[],
  split: (line: string) => string[] | null,
  minRows: number,
  header: (cells: readonly string[]) => boolean,
): TextRow[] | null => {
  for (let start = 0; start < lines.length; start += 1) {
    const first = split(lines[start] ?? "");
    if (!first || !header(first)) continue;
    const rows: TextRow[] = [];
    for (let index = start; index < lines.length; index += 1) {
      const line = lines[index] ?? "";
      if (cleanText(line) === "" || MARKDOWN_RULE.test(cleanText(line))) continue;
      const cells = split(line);
      if (!cells) break;
      rows.push({ line: index + 1, cells: cells.map((text) => ({ text, line: index + 1 })) });
    }
    if (rows.length >= minRows) return rows;
  }
  return null;
};

/** Throws unless every row has as many cells as the first (the header). */
const checkCounts = (
  file: string,
  rows: readonly TextRow[],
  separator: { zh: string; en: string },
): void => {
  const width = rows[0]?.cells.length ?? 0;
  const odd = rows.find((row) => row.cells.length !== width);
  if (!odd) return;
  throw unsplittable(
    file,
    odd.line,
    `表头有 ${width} 个以${separator.zh}分隔的单元格，第 ${odd.line} 行却有 ${odd.cells.length} 个（单元格内换行或空单元格会打乱列）`,
    `the header has ${width} cells separated by ${separator.en}, line ${odd.line} has ${odd.cells.length} (a line break inside a cell or an empty cell shifts the columns)`,
  );
};

const asTable = (rows: readonly TextRow[]): TextTable => ({
  rows,
  firstLine: rows[0]?.line ?? 1,
  lastLine: rows.at(-1)?.line ?? 1,
});

/**
 * Rows pasted from Excel: cells between tabs, a cell holding a line break or
 * a quote written in quotes ("" for a quote). Read with the CSV parser from
 * the first line holding a tab; the table ends at the first record of one cell.
 */
const tabTable = (file: string, lines: readonly string[]): TextTable | null => {
  const start = lines.findIndex((line) => line.includes("\t"));
  if (start === -1) return null;
  const rows: TextRow[] = [];
  let records: string[][];
  const endLines: number[] = [];
  try {
    records = parse(lines.slice(start).join("\n"), {
      delimiter: "\t",
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = start + (endLines.at(-1) ?? 0) + 1;
    throw unsplittable(file, line, "引号未闭合", "a quote is not closed");
  }
  let lastLine = start;
  for (const [index, record] of records.entries()) {
    if (record.length < 2) break;
    lastLine = start + (endLines[index] ?? 0);
    const newlines = record.reduce((n, field) => n + field.split("\n").length - 1, 0);
    const line = lastLine - newlines;
    rows.push({ line, cells: record.map((text) => ({ text, line })) });
  }
  if (rows.length < 2) return null;
  checkCounts(file, rows, { zh: "制表符", en: "tabs" });
  return { rows, firstLine: rows[0]?.line ?? 1, lastLine };
};

/**
 * Finds a table pasted as rows of separated cells: tab-separated (an Excel
 * paste), "|"-separated (one line per row, Markdown rules skipped), or
 * separated by runs of spaces under a header of short names. Refuses
 * (`txt.unsplittable`) such rows whose cell counts disagree; null when the
 * text holds no such rows.
 */
export const findSeparatedTable = (file: string, lines: readonly string[]): TextTable | null => {
  const tabs = tabTable(file, lines);
  if (tabs) return tabs;
  const pipes = findRun(lines, pipeCells, 2, () => true);
  if (pipes) {
    checkCounts(file, pipes, { zh: "“|”", en: '"|"' });
    return asTable(pipes);
  }
  const spaced = findRun(lines, spacedCells, 3, (cells) =>
    cells.every((cell) => HEADER_CELL.test(cell)),
  );
  if (spaced) {
    checkCounts(file, spaced, { zh: "连续空格", en: "runs of spaces" });
    return asTable(spaced);
  }
  return null;
};
