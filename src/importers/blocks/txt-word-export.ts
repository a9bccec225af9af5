import { cleanText } from "../../domain/normalize-text.js";
import type { TextTable } from "./txt-text-table.js";

interface RawCell {
  readonly lines: string[];
  readonly line: number;
}

interface RawRow {
  readonly cells: RawCell[];
  readonly line: number;
}

/** A line that starts a cell in Word's text export, rather than indented prose. */
const startsCell = (line: string): boolean => line.startsWith("\t");

/**
 * Whether the lines are Word's "save as plain text" of a table: cells start
 * on a line of their own with a leading tab. An Excel paste also starts
 * lines with a tab when its first column is empty, but its lines hold
 * further tabs, between cells.
 */
export const isWordTableExport = (lines: readonly string[]): boolean => {
  let cellLines = 0;
  let separated = 0;
  for (const line of lines) {
    if (startsCell(line)) cellLines += 1;
    if (line.slice(1).includes("\t")) separated += 1;
  }
  return cellLines > 0 && separated * 2 < cellLines;
};

/**
 * Reads the table in Word's text export: each cell starts on a line with a
 * leading tab, a line without one continues the cell above, and blank lines
 * separate the rows. Lines before the first row are the paragraphs above
 * the table; a block after it that does not open with a tab ends it, and
 * the text from there on (notes) is left out: `ignoredFrom` says where.
 */
export const readWordTableExport = (
  lines: readonly string[],
): { table: TextTable; ignoredFrom: number | null } => {
  const rawRows: RawRow[] = [];
  let afterBlank = true;
  let firstLine = 0;
  let ignoredFrom: number | null = null;

  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const cellStart = startsCell(line);
    const blank = !cellStart && cleanText(line) === "";
    const previousBlank = afterBlank;
    afterBlank = blank;
    if (blank || ignoredFrom !== null) continue;
    const row = rawRows.at(-1);
    if (cellStart) {
      const cell: RawCell = { lines: [line.slice(1)], line: lineNumber };
      if (row === undefined || previousBlank) rawRows.push({ cells: [cell], line: lineNumber });
      else row.cells.push(cell);
      if (firstLine === 0) firstLine = lineNumber;
    } else if (row === undefined) {
      continue;
    } else if (previousBlank) {
      ignoredFrom = lineNumber;
    } else {
      row.cells.at(-1)?.lines.push(line);
    }
  }
  const rows = rawRows.map((row) => ({
    line: row.line,
    cells: row.cells.map((cell) => ({ text: cell.lines.join("\n"), line: cell.line })),
  }));
  // Everything after the table is left out, not read as paragraphs.
  return { table: { rows, firstLine, lastLine: lines.length }, ignoredFrom };
};
