/**
 * Excel does not grow a row to fit wrapped text when the file is opened (and
 * never for merged cells), so the exporter sets row heights itself, the way
 * the reference file was set by hand. These are estimates for 12 pt CJK text.
 */

/** Points per line of 12 pt 仿宋 with Excel's line gap. */
const LINE_POINTS = 16;
/** Points above and below the text. */
const PADDING_POINTS = 7;
/** The shortest data row of the reference table. */
export const MIN_ROW_POINTS = 23;
/** Excel's own limit on a row's height. */
const MAX_ROW_POINTS = 409;

/** A 12 pt CJK character is about 16 px; a column width unit about 7 px plus 5 px of padding. */
const charsPerLine = (columnWidth: number): number =>
  Math.max(1, Math.floor((columnWidth * 7 + 5 - 8) / 16));

/** Width in CJK characters: Latin letters and digits take about half. */
const textWidth = (line: string): number => {
  let width = 0;
  for (const ch of line) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
};

/** Lines the text needs in a column, counting each "\n" paragraph separately. */
export const wrappedLines = (text: string, columnWidth: number): number => {
  const perLine = charsPerLine(columnWidth);
  return text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
};

export const heightForLines = (lines: number): number =>
  Math.min(MAX_ROW_POINTS, Math.max(MIN_ROW_POINTS, lines * LINE_POINTS + PADDING_POINTS));

/**
 * Raises the rows `first`…`first + span - 1` evenly until together they are
 * tall enough for a merged cell needing `lines` lines.
 */
export const fitMergedCell = (
  heights: number[],
  first: number,
  span: number,
  lines: number,
): void => {
  const needed = lines * LINE_POINTS + PADDING_POINTS;
  let total = 0;
  for (let i = first; i < first + span; i += 1) total += heights[i] ?? 0;
  if (total >= needed) return;
  const extra = (needed - total) / span;
  for (let i = first; i < first + span; i += 1) {
    heights[i] = Math.min(MAX_ROW_POINTS, Math.ceil((heights[i] ?? 0) + extra));
  }
};
