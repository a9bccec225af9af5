import { parseCellRef, parseRange, type CellRange } from "./xlsx-cell-ref.js";
import { cellContent, type CellContent, type WorkbookValues } from "./xlsx-cell-value.js";
import type { PartHandler } from "./office-xml-part.js";

/** One worksheet as read, before merges are resolved into a grid. */
export interface SheetCells {
  /** The cells that hold something, by row and then column - 1; cells with formatting only are left out. */
  readonly rows: ReadonlyMap<number, readonly (CellContent | undefined)[]>;
  /** The last row and column of any cell element, formatting-only ones included: the sheet's used range. */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The last row and column of a cell that holds something. */
  readonly lastContentRow: number;
  readonly lastContentColumn: number;
  /** The mergeCell ranges, as listed. */
  readonly merges: readonly CellRange[];
}

/**
 * Follows the SAX events of one worksheet part: the cells of sheetData
 * (their value resolved against the workbook's strings and styles as each
 * closes) and the ranges of mergeCells. Everything else (columns, views,
 * conditional formats, extLst) passes by.
 */
export class SheetWalker implements PartHandler, SheetCells {
  readonly rows = new Map<number, (CellContent | undefined)[]>();
  readonly merges: CellRange[] = [];
  lastRow = 0;
  lastColumn = 0;
  lastContentRow = 0;
  lastContentColumn = 0;
  /** `row` elements seen, for progress. */
  rowsRead = 0;

  private inSheetData = false;
  /** The current row, and the column of the last cell in it: positions when `r` is left out. */
  private row = 0;
  private column = 0;
  private inCell = false;
  private type: string | undefined;
  private style = 0;
  private value: string | undefined;
  private inline: string | undefined;
  /** Which text is being collected: the cell's `v`, or a `t` of its inline string. */
  private collecting: "v" | "t" | null = null;
  /** Depth inside a phonetic run (rPh) of an inline string, whose text is no part of the cell's. */
  private phonetic = 0;

  constructor(private readonly workbook: WorkbookValues) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (!this.inSheetData) {
      if (name === "sheetData") this.inSheetData = true;
      else if (name === "mergeCell") this.merge(attributes.ref);
      return;
    }
    switch (name) {
      case "c":
        this.openCell(attributes);
        return;
      case "v":
        if (this.inCell) {
          this.collecting = "v";
          this.value = "";
        }
        return;
      case "is":
        if (this.inCell) this.inline = "";
        return;
      case "t":
        if (this.inline !== undefined && this.phonetic === 0) this.collecting = "t";
        return;
      case "rPh":
        this.phonetic += 1;
        return;
      case "row":
        this.openRow(attributes.r);
        return;
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case "v":
      case "t":
        this.collecting = null;
        return;
      case "rPh":
        this.phonetic -= 1;
        return;
      case "c":
        this.closeCell();
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
    }
  }

  text(text: string): void {
    // Collecting starts only once `v` or `is` opened: neither is undefined then.
    if (this.collecting === "v") this.value = (this.value ?? "") + text;
    else if (this.collecting === "t") this.inline = (this.inline ?? "") + text;
  }

  private openRow(ref: string | undefined): void {
    const number = ref === undefined ? NaN : Number.parseInt(ref, 10);
    this.row = number >= 1 ? number : this.row + 1;
    this.column = 0;
    this.rowsRead += 1;
  }

  private openCell(attributes: Readonly<Record<string, string>>): void {
    const ref = attributes.r;
    const at = ref === undefined ? null : parseCellRef(ref);
    if (at === null) {
      this.column += 1;
    } else {
      this.row = at.row;
      this.column = at.column;
    }
    if (this.row > this.lastRow) this.lastRow = this.row;
    if (this.column > this.lastColumn) this.lastColumn = this.column;
    this.inCell = true;
    this.type = attributes.t;
    const style = attributes.s;
    this.style = style === undefined ? 0 : Number.parseInt(style, 10);
    this.value = undefined;
    this.inline = undefined;
    this.phonetic = 0;
  }

  private closeCell(): void {
    this.inCell = false;
    this.collecting = null;
    const content = cellContent(
      { type: this.type, style: this.style, value: this.value, inline: this.inline },
      this.workbook,
    );
    if (content === undefined) return;
    let cells = this.rows.get(this.row);
    if (cells === undefined) {
      cells = [];
      this.rows.set(this.row, cells);
    }
    cells[this.column - 1] = content;
    if (this.row > this.lastContentRow) this.lastContentRow = this.row;
    if (this.column > this.lastContentColumn) this.lastContentColumn = this.column;
  }

  private merge(ref: string | undefined): void {
    const range = ref === undefined ? null : parseRange(ref);
    if (range !== null) this.merges.push(range);
  }
}
