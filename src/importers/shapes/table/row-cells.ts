import type { SourceLocation } from "../../../domain/diagnostic.js";
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
  /** Columns kept as written: remarks, progress, and repeated kinds. */
  remarks(): Record<string, string>;
  /** True when no cell of the row holds text. */
  readonly blank: boolean;
}

export const locate = (field: FieldCell): SourceLocation => ({
  ...field.cell.location,
  field: field.column.header,
});

/** Splits the header's columns into the main one per kind and those kept as remarks. */
export const planColumns = (
  columns: readonly Column[],
): { main: ReadonlyMap<ColumnKind, Column>; kept: readonly Column[] } => {
  const main = new Map<ColumnKind, Column>();
  const kept: Column[] = [];
  for (const column of columns) {
    const keptAsWritten = column.kind === "remark" || column.kind === "progress";
    if (keptAsWritten || main.has(column.kind)) kept.push(column);
    else main.set(column.kind, column);
  }
  return { main, kept };
};

export const rowCells = (
  row: SourceRow,
  columns: { main: ReadonlyMap<ColumnKind, Column>; kept: readonly Column[] },
): RowCells => {
  const field = (kind: ColumnKind): FieldCell | null => {
    const column = columns.main.get(kind);
    const cell = column ? row.cells[column.index] : undefined;
    return column && cell ? { cell, column } : null;
  };
  return {
    row,
    field,
    text: (kind) => field(kind)?.cell.text ?? "",
    remarks: () => {
      const remarks: Record<string, string> = {};
      for (const column of columns.kept) {
        const text = row.cells[column.index]?.text ?? "";
        if (text !== "") remarks[column.header] = text;
      }
      return remarks;
    },
    blank: row.cells.every((cell) => cell.text === ""),
  };
};
