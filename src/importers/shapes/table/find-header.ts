import { compactText } from "../../../domain/normalize-text.js";
import { classifyHeader, type ColumnKind } from "./column-kinds.js";
import type { SourceRow, SourceTable } from "../../source-document.js";
import { largest } from "../../../domain/append-all.js";

/** One column of the table as its header names it. */
export interface Column {
  /** 0-based position in the row's cells. */
  readonly index: number;
  readonly kind: ColumnKind;
  /** The header as written, spaces removed: the field name in diagnostics and remarks. */
  readonly header: string;
}

export interface TableHeader {
  /** 0-based index of the last header row; data starts after it. */
  readonly lastRow: number;
  /** 0-based index of the first header row; rows above it are title lines. */
  readonly firstRow: number;
  readonly columns: readonly Column[];
}

/** Headers sit near the top: below a title, a subtitle and perhaps a note. */
const MAX_ROWS_ABOVE_HEADER = 12;
const CONTENT_KINDS: readonly ColumnKind[] = ["task", "milestone"];
const RESPONSIBILITY_KINDS: readonly ColumnKind[] = ["units", "lead", "deadline"];

const headerTexts = (row: SourceRow): string[] => row.cells.map((cell) => compactText(cell.text));

const classify = (row: SourceRow): (ColumnKind | null)[] =>
  headerTexts(row).map((text) => (text === "" ? null : classifyHeader(text)));

const isHeaderRow = (row: SourceRow): boolean => {
  const kinds = classify(row).filter((kind): kind is ColumnKind => kind !== null);
  return (
    new Set(kinds).size >= 3 &&
    kinds.some((kind) => CONTENT_KINDS.includes(kind)) &&
    kinds.some((kind) => RESPONSIBILITY_KINDS.includes(kind))
  );
};

/**
 * A header cell spanning sub-headers ("责任单位" over "牵头单位 | 配合单位")
 * puts the real names in the next row; the cells it does not split continue
 * vertically from the first row.
 */
const isSubHeaderRow = (row: SourceRow | undefined): row is SourceRow =>
  row !== undefined &&
  row.cells.some((cell) => cell.continuation !== "vertical" && cell.text !== "") &&
  row.cells.every(
    (cell) =>
      cell.continuation === "vertical" || cell.text === "" || classifyHeader(cell.text) !== null,
  );

const columnsOf = (rows: readonly SourceRow[]): Column[] => {
  const width = largest(
    rows.map((row) => row.cells.length),
    0,
  );
  const columns: Column[] = [];
  for (let index = 0; index < width; index += 1) {
    const texts = rows.map((row) => compactText(row.cells[index]?.text ?? ""));
    // The most specific name wins: the sub-header's when it has one.
    const header = texts.findLast((text) => text !== "") ?? "";
    if (header === "") continue;
    columns.push({ index, kind: classifyHeader(header) ?? "remark", header });
  }
  return columns;
};

/** Finds the header row(s) of a table, or null when none is recognisable. */
export const findHeader = (table: SourceTable): TableHeader | null => {
  const limit = Math.min(table.rows.length, MAX_ROWS_ABOVE_HEADER + 1);
  for (let firstRow = 0; firstRow < limit; firstRow += 1) {
    const row = table.rows[firstRow];
    if (!row || !isHeaderRow(row)) continue;
    const next = table.rows[firstRow + 1];
    const spans = row.cells.some((cell) => cell.continuation === "horizontal");
    const rows = spans && isSubHeaderRow(next) ? [row, next] : [row];
    return { firstRow, lastRow: firstRow + rows.length - 1, columns: columnsOf(rows) };
  }
  return null;
};

/** A header repeated inside the data (pasted page by page) is not a data row. */
export const repeatsHeader = (row: SourceRow, header: TableHeader): boolean =>
  header.columns.every(
    (column) => compactText(row.cells[column.index]?.text ?? "") === column.header,
  );
