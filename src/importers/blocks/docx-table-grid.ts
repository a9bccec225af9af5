import type { SourceLocation } from "../../domain/diagnostic.js";
import { checkCellLength, checkGridWidth } from "../check-limits.js";
import type { ImportLimits } from "../limits.js";
import type { SourceCell, SourceRow, SourceTable } from "../source-document.js";

/** A w:tc as read from the XML, before it is placed on the table grid. */
export interface DocxCell {
  /** The cell's paragraphs, each cleaned, empty ones already dropped. */
  readonly paragraphs: string[];
  /** w:gridSpan: how many grid columns the cell covers. */
  span: number;
  /** w:vMerge: "restart" opens a vertical merge, "continue" (or a bare w:vMerge) extends it. */
  vMerge: "restart" | "continue" | null;
}

/** A w:tr as read from the XML. */
export interface DocxRow {
  readonly cells: DocxCell[];
  /** w:gridBefore / w:gridAfter: grid columns left empty before the first and after the last cell. */
  gridBefore: number;
  gridAfter: number;
}

export const newDocxCell = (): DocxCell => ({ paragraphs: [], span: 1, vMerge: null });
export const newDocxRow = (): DocxRow => ({ cells: [], gridBefore: 0, gridAfter: 0 });

/**
 * Places the rows of one Word table on an exact grid, one SourceCell per grid
 * column: a w:gridSpan cell is followed by "horizontal" continuations, a
 * vertically merged cell's lower parts become "vertical" continuations, and
 * w:gridBefore/w:gridAfter and short rows are filled with empty cells so that
 * every column lines up.
 */
export class DocxTableGrid {
  private readonly rows: SourceCell[][] = [];
  /** Per grid column: whether a vertical merge is open there (the cell above started or continued one). */
  private readonly mergeOpen: boolean[] = [];
  private width = 0;

  constructor(
    private readonly fileName: string,
    private readonly tableIndex: number,
    private readonly limits: Pick<ImportLimits, "maxCellChars">,
  ) {}

  get rowCount(): number {
    return this.rows.length;
  }

  /** The column count w:tblGrid declares; rows wider than it widen the grid. */
  declareColumns(count: number): void {
    this.width = Math.max(this.width, this.checkWidth(count, this.rows.length + 1));
  }

  addRow(row: DocxRow): void {
    const rowNumber = this.rows.length + 1;
    const cells: SourceCell[] = [];
    this.addEmpty(cells, row.gridBefore, rowNumber);
    for (const cell of row.cells) {
      const column = cells.length;
      this.checkWidth(column + cell.span + row.gridAfter, rowNumber);
      if (cell.vMerge === "continue" && this.mergeOpen[column] === true) {
        // Word shows only the first cell of a vertical merge; whatever the
        // lower parts hold is hidden, so it is not read either.
        cells.push({ text: "", continuation: "vertical", location: this.at(rowNumber, column) });
      } else {
        // A w:vMerge continuation with nothing open above starts a merge, as in Word.
        const text = this.cellText(cell.paragraphs, rowNumber, column);
        const location = this.at(rowNumber, column, text);
        cells.push({ text, location });
        this.mergeOpen[column] = cell.vMerge !== null;
      }
      for (let k = 1; k < cell.span; k += 1) {
        this.mergeOpen[cells.length] = false;
        cells.push({
          text: "",
          continuation: "horizontal",
          location: this.at(rowNumber, cells.length),
        });
      }
    }
    this.addEmpty(cells, row.gridAfter, rowNumber);
    // Positions this row leaves out are padded empty: no merge continues through them.
    this.mergeOpen.length = Math.min(this.mergeOpen.length, cells.length);
    this.width = Math.max(this.width, cells.length);
    this.rows.push(cells);
  }

  /** The finished table, every row padded to the grid width. */
  finish(): SourceTable {
    const rows: SourceRow[] = this.rows.map((cells, index) => {
      const rowNumber = index + 1;
      this.addEmpty(cells, this.width - cells.length, rowNumber);
      return { cells, location: this.at(rowNumber) };
    });
    return { kind: "table", rows, name: `表${this.tableIndex}` };
  }

  private addEmpty(cells: SourceCell[], count: number, rowNumber: number): void {
    this.checkWidth(cells.length + count, rowNumber);
    for (let k = 0; k < count; k += 1) {
      this.mergeOpen[cells.length] = false;
      cells.push({ text: "", location: this.at(rowNumber, cells.length) });
    }
  }

  private cellText(paragraphs: readonly string[], rowNumber: number, column: number): string {
    const text = paragraphs.join("\n");
    checkCellLength(text, this.limits, this.at(rowNumber, column));
    return text;
  }

  private checkWidth(columns: number, rowNumber: number): number {
    return checkGridWidth(columns, { file: this.fileName, table: this.tableIndex, row: rowNumber });
  }

  /** A location; `column` is 0-based here and 1-based in the result. */
  private at(row: number, column?: number, text?: string): SourceLocation {
    const { fileName: file, tableIndex: table } = this;
    if (column === undefined) return { file, table, row };
    return text
      ? { file, table, row, column: column + 1, text }
      : { file, table, row, column: column + 1 };
  }
}
