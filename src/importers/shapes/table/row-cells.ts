import type { SourceLocation } from "../../../domain/diagnostic.js";
import type { InitialProgress } from "../../../domain/plan.js";
import type { ColumnKind } from "./column-kinds.js";
import type { Column } from "./find-header.js";
import type { SourceCell, SourceRow } from "../../source-document.js";

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

export const rowCells = (row: SourceRow, columns: PlanColumns): RowCells => {
  const cellOf = (column: Column): FieldCell | null => {
    const cell = row.cells[column.index];
    return cell ? { cell, column } : null;
  };
  const field = (kind: ColumnKind): FieldCell | null => {
    const column = columns.main.get(kind);
    return column ? cellOf(column) : null;
  };
  const written = (list: readonly Column[]): FieldCell[] =>
    list.flatMap((column) => cellOf(column) ?? []).filter((f) => f.cell.text !== "");
  return {
    row,
    field,
    text: (kind) => field(kind)?.cell.text ?? "",
    roles: () => written(columns.roles),
    remarks: () =>
      Object.fromEntries(written(columns.kept).map((f) => [f.column.header, f.cell.text])),
    progress: () =>
      written(columns.progress).map((f) => ({ header: f.column.header, text: f.cell.text })),
    blank: row.cells.every((cell) => cell.text === ""),
  };
};
