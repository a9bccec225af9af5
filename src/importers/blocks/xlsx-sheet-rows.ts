import type { SourceLocation } from "../../domain/diagnostic.js";
import { checkRowCount, textCell } from "../check-limits.js";
import type { ImportLimits } from "../limits.js";
import type { SourceCell, SourceRow } from "../source-document.js";
import { columnName, type CellRange } from "./xlsx-cell-ref.js";
import type { SheetCells } from "./xlsx-sheet-walker.js";

type Continuation = NonNullable<SourceCell["continuation"]>;

/**
 * The rows of a sheet as a grid, merges resolved: each position a merge
 * covers beyond its first is a continuation, "vertical" below the merge's
 * first row (a block merge included: rows matter more here), "horizontal"
 * to the right of its first cell. Trailing rows and columns that only carry
 * formatting are no part of the table.
 */
export const sheetRows = (
  sheet: SheetCells,
  context: { readonly file: string; readonly sheet: string; readonly limits: ImportLimits },
  rowsBefore: number,
): SourceRow[] => {
  const merges = clipMerges(sheet);
  let height = sheet.lastContentRow;
  let width = sheet.lastContentColumn;
  for (const merge of merges) {
    height = Math.max(height, merge.bottom);
    width = Math.max(width, merge.right);
  }
  const columnNames = Array.from({ length: width }, (_, c) => columnName(c + 1));

  // Merges are swept top to bottom, so that each row only looks at those
  // that cross it: the work is the merged area, never merges × merges.
  let next = 0;
  let active: CellRange[] = [];
  const { file, sheet: name, limits } = context;
  const rows: SourceRow[] = [];
  for (let row = 1; row <= height; row += 1) {
    const location: SourceLocation = { file, sheet: name, row };
    checkRowCount(rowsBefore + row, limits, location);
    for (; next < merges.length && (merges[next]?.top ?? Infinity) <= row; next += 1) {
      active.push(merges[next] as CellRange);
    }
    if (active.some((merge) => merge.bottom < row)) {
      active = active.filter((merge) => merge.bottom >= row);
    }
    const continuations = active.length > 0 ? continuationsOf(active, row, width) : undefined;
    const contents = sheet.rows.get(row);
    // Literals rather than spreads: this runs for every cell of the sheet.
    const cells = columnNames.map((cellColumn, c): SourceCell => {
      const at = { file, sheet: name, row, column: c + 1, cell: `${cellColumn}${row}` };
      const continuation = continuations?.[c];
      if (continuation !== undefined) return { text: "", continuation, location: at };
      const content = contents?.[c];
      return content === undefined
        ? textCell("", at, limits)
        : textCell(content.text, at, limits, content.value);
    });
    rows.push({ cells, location });
  }
  return rows;
};

/**
 * The merges that cover more than their first cell once cut to the sheet's
 * used range, in the order their first rows come. A merge of a whole sheet
 * (A1:XFD1048576) then costs the cells the sheet has, not a billion.
 */
const clipMerges = (sheet: SheetCells): CellRange[] => {
  const clipped: CellRange[] = [];
  for (const { top, left, bottom, right } of sheet.merges) {
    const merge = {
      top,
      left,
      bottom: Math.min(bottom, sheet.lastRow),
      right: Math.min(right, sheet.lastColumn),
    };
    if (merge.bottom < top || merge.right < left) continue;
    if (merge.bottom > top || merge.right > left) clipped.push(merge);
  }
  // Stable: merges that start on the same row keep their order.
  return clipped.sort((a, b) => a.top - b.top);
};

/**
 * What the merges crossing `row` make of its positions (by column - 1).
 * Excel never lets merges overlap; should a file have them, the one listed
 * first among those starting highest decides a shared position.
 */
const continuationsOf = (
  active: readonly CellRange[],
  row: number,
  width: number,
): (Continuation | undefined)[] => {
  const continuations: (Continuation | undefined)[] = [];
  for (const { top, left, right } of active) {
    const direction: Continuation = row > top ? "vertical" : "horizontal";
    // The merge's first cell is its master, and keeps its content.
    const from = row > top ? left : left + 1;
    for (let column = from; column <= Math.min(right, width); column += 1) {
      continuations[column - 1] ??= direction;
    }
  }
  return continuations;
};
