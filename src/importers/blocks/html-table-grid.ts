import type { SourceLocation } from "../../domain/diagnostic.js";
import { checkGridWidth, textCell } from "../check-limits.js";
import type { ImportLimits } from "../limits.js";
import type { SourceCell, SourceRow, SourceTable } from "../source-document.js";

/** HTML's own bounds on the spans (the HTML standard clamps larger values to these). */
const MAX_ROWSPAN = 65_534;
const MAX_COLSPAN = 1000;

/** A span attribute as the HTML standard reads it: digits, at least 1 (rowspan 0 counts as 1 here). */
const parseSpan = (value: string | undefined, max: number): number => {
  const digits = /^\s*(\d+)/.exec(value ?? "")?.[1];
  const span = digits === undefined ? 1 : Number.parseInt(digits, 10);
  return Math.min(Math.max(span, 1), max);
};

export const parseRowspan = (value: string | undefined): number => parseSpan(value, MAX_ROWSPAN);
export const parseColspan = (value: string | undefined): number => parseSpan(value, MAX_COLSPAN);

/**
 * Places the cells of one HTML table on a grid, one SourceCell per position,
 * exactly as the Word reader does: a colspan cell is followed by
 * "horizontal" continuations, the positions a rowspan covers below it are
 * "vertical" continuations (under its first column; "horizontal" under the
 * others), and short rows are padded with empty cells. A rowspan reaching
 * past the last row is cut there, as browsers do.
 */
export class HtmlTableGrid {
  private readonly rows: SourceCell[][] = [];
  /** Per column: how many more rows a rowspan from above covers, and how. */
  private readonly covered: { rows: number; kind: "vertical" | "horizontal" }[] = [];
  private row: SourceCell[] | null = null;
  private width = 0;

  constructor(
    private readonly fileName: string,
    private readonly tableIndex: number,
    private readonly limits: Pick<ImportLimits, "maxCellChars">,
  ) {}

  get rowCount(): number {
    return this.rows.length + (this.row ? 1 : 0);
  }

  startRow(): void {
    this.endRow();
    this.row = [];
  }

  /** A cell of the open row (one is opened for a cell outside any <tr>, as browsers do). */
  addCell(rawText: string, rowspan: number, colspan: number): void {
    if (!this.row) this.startRow();
    const cells = this.row ?? [];
    const rowNumber = this.rows.length + 1;
    this.skipCovered(cells, rowNumber);
    const column = cells.length;
    checkGridWidth(column + colspan, this.at(rowNumber));
    cells.push(textCell(rawText, this.at(rowNumber, column), this.limits));
    for (let k = 1; k < colspan; k += 1) {
      cells.push({
        text: "",
        continuation: "horizontal",
        location: this.at(rowNumber, column + k),
      });
    }
    for (let k = 0; k < colspan; k += 1) {
      this.covered[column + k] = { rows: rowspan - 1, kind: k === 0 ? "vertical" : "horizontal" };
    }
  }

  endRow(): void {
    const cells = this.row;
    if (!cells) return;
    this.row = null;
    const rowNumber = this.rows.length + 1;
    // Positions still covered from above, and the gaps before them, complete the row.
    while (cells.length < this.covered.length) {
      if (!this.skipCovered(cells, rowNumber)) {
        cells.push({ text: "", location: this.at(rowNumber, cells.length) });
      }
    }
    this.width = Math.max(this.width, cells.length);
    this.rows.push(cells);
  }

  /** The finished table, every row padded to the grid width. */
  finish(): SourceTable {
    this.endRow();
    const rows: SourceRow[] = this.rows.map((cells, index) => {
      const rowNumber = index + 1;
      while (cells.length < this.width) {
        cells.push({ text: "", location: this.at(rowNumber, cells.length) });
      }
      return { cells, location: this.at(rowNumber) };
    });
    return { kind: "table", rows, name: `表${this.tableIndex}` };
  }

  /** Adds the continuations of rowspans from above at the row's next positions; false if there were none. */
  private skipCovered(cells: SourceCell[], rowNumber: number): boolean {
    let skipped = false;
    for (
      let span = this.covered[cells.length];
      span && span.rows > 0;
      span = this.covered[cells.length]
    ) {
      span.rows -= 1;
      cells.push({ text: "", continuation: span.kind, location: this.at(rowNumber, cells.length) });
      skipped = true;
    }
    return skipped;
  }

  /** A location; `column` is 0-based here and 1-based in the result. */
  private at(
    row: number,
    column?: number,
  ): { file: string; table: number; row: number } & SourceLocation {
    const { fileName: file, tableIndex: table } = this;
    return column === undefined ? { file, table, row } : { file, table, row, column: column + 1 };
  }
}
