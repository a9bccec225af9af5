import type { SourceLocation } from "../../../domain/diagnostic.js";
import type { InitialProgress } from "../../../domain/plan.js";
import type { ColumnKind } from "./column-kinds.js";
import type { Column } from "./find-header.js";
import type { SourceCell, SourceRow } from "../../source-document.js";
import { joinWrappedWords } from "../../../domain/normalize-text.js";

/** The cell of one column in one row, with the column's header for diagnostics. */
export interface FieldCell {
  readonly cell: SourceCell;
  readonly column: Column;
}

/** Reads the cells of a row by what their columns hold. */
export interface RowCells {
  readonly row: SourceRow;
  /** The first column of a kind; later ones of the same kind are kept as remarks. */
  field(kind: ColumnKind): FieldCell | null;
  /** Text of the first column of a kind, "" when absent or empty. */
  text(kind: ColumnKind): string;
  /** Every cell of the columns that name units under another role (数据提供单位). */
  roles(): FieldCell[];
  /** Columns kept as written: remarks and repeated kinds. */
  remarks(): Record<string, string>;
  /** What the progress columns say on this row. */
  progress(): InitialProgress[];
  /** True when no cell of the row holds text. */
  readonly blank: boolean;
}

export const locate = (field: FieldCell): SourceLocation => ({
  ...field.cell.location,
  field: field.column.header,
});

/** The header's columns: the main one per kind, and those read as lists. */
export interface PlanColumns {
  readonly main: ReadonlyMap<ColumnKind, Column>;
  readonly roles: readonly Column[];
  readonly progress: readonly Column[];
  readonly kept: readonly Column[];
}

const LISTED_KINDS: readonly ColumnKind[] = ["remark", "progress", "role"];
const LIST_KINDS: readonly ColumnKind[] = ["units", "lead", "cooperating", "role", "persons"];

export const planColumns = (columns: readonly Column[]): PlanColumns => {
  const main = new Map<ColumnKind, Column>();
  const kept: Column[] = [];
  for (const column of columns) {
    if (LISTED_KINDS.includes(column.kind)) continue;
    if (main.has(column.kind)) kept.push(column);
    else main.set(column.kind, column);
  }
  return {
    main,
    roles: columns.filter((c) => c.kind === "role"),
    progress: columns.filter((c) => c.kind === "progress"),
    kept: [...kept, ...columns.filter((c) => c.kind === "remark")].sort(
      (a, b) => a.index - b.index,
    ),
  };
};

/** A class, not closures: a table of 20,000 rows makes one of these per row. */
class CellsOfRow implements RowCells {
  readonly blank: boolean;

  constructor(
    readonly row: SourceRow,
    private readonly columns: PlanColumns,
  ) {
    this.blank = row.cells.every((cell) => cell.text === "");
  }

  field(kind: ColumnKind): FieldCell | null {
    const column = this.columns.main.get(kind);
    return column ? this.cellOf(column) : null;
  }

  text(kind: ColumnKind): string {
    const column = this.columns.main.get(kind);
    const text = column ? (this.row.cells[column.index]?.text ?? "") : "";
    // Spaces in unit and person lists may separate names; elsewhere they are wraps.
    return LIST_KINDS.includes(kind) ? text : joinWrappedWords(text);
  }

  roles(): FieldCell[] {
    return this.written(this.columns.roles);
  }

  remarks(): Record<string, string> {
    return Object.fromEntries(
      this.written(this.columns.kept).map((f) => [f.column.header, joinWrappedWords(f.cell.text)]),
    );
  }

  progress(): InitialProgress[] {
    return this.written(this.columns.progress).map((f) => ({
      header: f.column.header,
      text: joinWrappedWords(f.cell.text),
    }));
  }

  private cellOf(column: Column): FieldCell | null {
    const cell = this.row.cells[column.index];
    return cell ? { cell, column } : null;
  }

  private written(list: readonly Column[]): FieldCell[] {
    if (list.length === 0) return [];
    return list.flatMap((column) => this.cellOf(column) ?? []).filter((f) => f.cell.text !== "");
  }
}

export const rowCells = (row: SourceRow, columns: PlanColumns): RowCells =>
  new CellsOfRow(row, columns);
