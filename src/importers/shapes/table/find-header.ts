import { compactText } from "../../../domain/normalize-text.js";
import { classifyHeader, type ColumnKind } from "./column-kinds.js";
import type { SourceRow, SourceTable } from "../../source-document.js";
import { largest } from "../../../domain/append-all.js";

/** One column of the table as its header (or, failing that, its content) names it. */
export interface Column {
  /** 0-based position in the row's cells. */
  readonly index: number;
  readonly kind: ColumnKind;
  /** The header as written, spaces removed: the field name in diagnostics and remarks. */
  readonly header: string;
}

/** A header column before its content is looked at: null kind when the words say nothing. */
export interface HeaderColumn {
  readonly index: number;
  readonly kind: ColumnKind | null;
  readonly header: string;
}

export interface TableHeader {
  /** 0-based index of the last header row; data starts after it. */
  readonly lastRow: number;
  /** 0-based index of the first header row; rows above it are title lines. */
  readonly firstRow: number;
  /** Every position of the widest header row, named or not. */
  readonly columns: readonly HeaderColumn[];
  /** The header rows' texts, spaces removed, to recognise them when they are repeated. */
  readonly texts: readonly (readonly string[])[];
}

/** A header cell, wrapped and spaced as it may be, is never longer than this. */
const MAX_HEADER_CELL = 40;
/** Headers sit near the top: below a title, a subtitle and perhaps a note. */
const MAX_ROWS_ABOVE_HEADER = 12;
const TEXT_KINDS: readonly ColumnKind[] = ["task", "milestone"];
const UNIT_KINDS: readonly ColumnKind[] = ["units", "lead"];
const RESPONSIBILITY_KINDS: readonly ColumnKind[] = [
  "units",
  "lead",
  "cooperating",
  "persons",
  "deadline",
];

const headerTexts = (row: SourceRow): string[] => row.cells.map((cell) => compactText(cell.text));

const kindsOf = (row: SourceRow): Set<ColumnKind> =>
  new Set(
    headerTexts(row)
      .map((text) => (text === "" ? null : classifyHeader(text)))
      .filter((kind): kind is ColumnKind => kind !== null),
  );

/**
 * A header names what a task is and who does it or by when; a header whose
 * text column is left unnamed still names a unit column and a deadline.
 */
const isHeaderRow = (row: SourceRow): boolean => {
  const kinds = [...kindsOf(row)];
  const names = (list: readonly ColumnKind[]): boolean => kinds.some((k) => list.includes(k));
  return (
    kinds.length >= 2 &&
    names(RESPONSIBILITY_KINDS) &&
    (names(TEXT_KINDS) || (names(UNIT_KINDS) && kinds.includes("deadline")))
  );
};

/**
 * A header cell spanning sub-headers ("责任单位" over "牵头单位 | 配合单位")
 * puts the real names in the next row; the cells it does not split continue
 * vertically from the first row, or are left empty.
 */
const isSubHeaderRow = (row: SourceRow | undefined): row is SourceRow =>
  row !== undefined &&
  row.cells.some((cell) => cell.continuation !== "vertical" && cell.text !== "") &&
  row.cells.every(
    (cell) =>
      cell.continuation === "vertical" || cell.text === "" || classifyHeader(cell.text) !== null,
  );

const hasSpanOverNextRow = (row: SourceRow, next: SourceRow): boolean =>
  row.cells.some(
    (cell, index) =>
      cell.continuation === "horizontal" ||
      (cell.text === "" && cell.continuation === undefined && next.cells[index]?.text !== ""),
  );

const columnsOf = (rows: readonly SourceRow[]): HeaderColumn[] => {
  const width = largest(
    rows.map((row) => row.cells.length),
    0,
  );
  const columns: HeaderColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const texts = rows.map((row) => compactText(row.cells[index]?.text ?? ""));
    // The most specific name wins: the sub-header's when it has one.
    const header = texts.findLast((text) => text !== "") ?? "";
    columns.push({ index, kind: header === "" ? null : classifyHeader(header), header });
  }
  return columns;
};

/** Finds the header row(s) of a table, or null when none is recognisable. */
export const findHeader = (table: Pick<SourceTable, "rows">): TableHeader | null => {
  const limit = Math.min(table.rows.length, MAX_ROWS_ABOVE_HEADER + 1);
  for (let firstRow = 0; firstRow < limit; firstRow += 1) {
    const row = table.rows[firstRow];
    if (!row || !isHeaderRow(row)) continue;
    const next = table.rows[firstRow + 1];
    const rows = isSubHeaderRow(next) && hasSpanOverNextRow(row, next) ? [row, next] : [row];
    return {
      firstRow,
      lastRow: firstRow + rows.length - 1,
      columns: columnsOf(rows),
      texts: rows.map(headerTexts),
    };
  }
  return null;
};

/**
 * A header row repeated inside the data (Word repeats it on every page, a
 * pasted table carries each page's): every written cell says what one of the
 * header rows says at that place.
 */
export const repeatsHeader = (row: SourceRow, header: TableHeader): boolean => {
  // Most rows are data: a long cell tells so before any text is compacted.
  if (row.cells.some((cell) => cell.text.length > MAX_HEADER_CELL)) return false;
  const written = row.cells
    .map((cell, index) => ({ index, text: compactText(cell.text) }))
    .filter((cell) => cell.text !== "");
  return (
    written.length >= 2 &&
    header.texts.some((texts) => written.every((cell) => texts[cell.index] === cell.text))
  );
};
