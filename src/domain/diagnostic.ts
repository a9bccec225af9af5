import type { Message } from "./message.js";

export type Severity = "error" | "warning" | "info";

/**
 * Where in a source document something was found. Every field but `file` is
 * optional because formats differ: a sheet and a cell reference for Excel, a
 * table and row for Word, a line for text and CSV.
 */
export interface SourceLocation {
  readonly file: string;
  /** Excel sheet name. */
  readonly sheet?: string;
  /** 1-based index of the table in a Word document. */
  readonly table?: number;
  /** 1-based row: the sheet row in Excel, the table row in Word, the record in CSV. */
  readonly row?: number;
  /** 1-based column position in the table. */
  readonly column?: number;
  /** Excel-style reference of the cell, e.g. "E5". */
  readonly cell?: string;
  /** 1-based paragraph of the document body outside tables (Word, HTML). */
  readonly paragraph?: number;
  /** 1-based line in a text or CSV file. */
  readonly line?: number;
  /** The plan field the cell feeds, named by its column header (完成时限). */
  readonly field?: string;
  /** The cell text at fault, as written. */
  readonly text?: string;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** A stable code that scripts can match on, e.g. "deadline.unreadable". */
  readonly code: string;
  readonly message: Message;
  readonly location: SourceLocation;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error");
