import { cleanText, compactText, foldWidth } from "../../domain/normalize-text.js";
import type { TextRow, TextTable } from "./txt-text-table.js";
import { unsplittable } from "./txt-unsplittable.js";

/** Header names are short; a longer line after 序号 is text, not a header. */
const MAX_HEADER_CHARS = 20;
/** A table has at most this many columns before its first 序号 1. */
const MAX_COLUMNS = 20;

interface Line {
  readonly text: string;
  readonly line: number;
}

/** The 序号 a line holds ("3", "3.", "3、"), or null. */
const sequenceNumber = (text: string): number | null => {
  const digits = /^(\d{1,5})[.、]?$/.exec(foldWidth(text))?.[1];
  return digits === undefined ? null : Number(digits);
};

/**
 * Finds a table copied out of a grid one cell per line: a header starting
 * with 序号 whose names follow one per line up to the line "1", then rows of
 * as many lines, each starting with the next 序号. The 序号 sequence is the
 * check: a cell broken over two lines, or an empty cell, shifts the rows,
 * and the text is refused (`txt.unsplittable`) at the row that does not
 * start with its number. The table ends where its sequence ends. Null when
 * there is no such header.
 */
export const findFlattenedTable = (file: string, lines: readonly string[]): TextTable | null => {
  const filled: Line[] = [];
  for (const [index, line] of lines.entries()) {
    const text = cleanText(line);
    if (text !== "") filled.push({ text, line: index + 1 });
  }
  const headerAt = filled.findIndex((entry) => compactText(entry.text) === "序号");
  if (headerAt === -1) return null;
  const firstRowAt = filled.findIndex(
    (entry, index) => index > headerAt && sequenceNumber(entry.text) === 1,
  );
  const width = firstRowAt - headerAt;
  if (firstRowAt === -1 || width < 2 || width > MAX_COLUMNS) return null;
  const header = filled.slice(headerAt, firstRowAt);
  if (header.some((entry) => entry.text.length > MAX_HEADER_CHARS)) return null;

  const rows: TextRow[] = [toRow(header)];
  let at = firstRowAt;
  for (let expected = 1; at < filled.length; expected += 1) {
    const first = filled[at];
    if (!first || sequenceNumber(first.text) !== expected) {
      checkEnded(file, filled, at, expected, width);
      break;
    }
    const cells = filled.slice(at, at + width);
    if (cells.length < width) {
      throw unsplittable(
        file,
        first.line,
        `序号 ${expected} 这一行只剩 ${cells.length} 行文字，表头却有 ${width} 列`,
        `the row numbered ${expected} has only ${cells.length} lines left, while the header has ${width} columns`,
      );
    }
    rows.push(toRow(cells));
    at += width;
  }
  const last = filled[at - 1];
  return { rows, firstLine: header[0]?.line ?? 1, lastLine: last?.line ?? 1 };
};

const toRow = (cells: readonly Line[]): TextRow => ({
  line: cells[0]?.line ?? 1,
  cells: cells.map((cell) => ({ text: cell.text, line: cell.line })),
});

/**
 * Where the sequence breaks: the end of the table, unless the number
 * expected turns up nearby, inside the row before (a cell of it was empty)
 * or a few rows on (a cell spanned several lines).
 */
const checkEnded = (
  file: string,
  filled: readonly Line[],
  at: number,
  expected: number,
  width: number,
): void => {
  const nearby = filled.slice(Math.max(0, at - width + 1), at + width * 3);
  if (!nearby.some((entry) => sequenceNumber(entry.text) === expected)) return;
  const found = filled[at];
  throw unsplittable(
    file,
    found?.line ?? 1,
    `按表头的 ${width} 列，这一行应是序号 ${expected}，实为“${found?.text ?? ""}”（某个单元格可能跨了多行或为空）`,
    `with the header's ${width} columns this line should be 序号 ${expected} but reads "${found?.text ?? ""}" (a cell may span several lines, or be empty)`,
  );
};
