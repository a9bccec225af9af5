import type { Diagnostic, SourceLocation } from "../domain/diagnostic.js";
import type { IsoDate } from "../domain/iso-date.js";

/** The file formats a decomposition table arrives in. */
export type SourceFormat = "docx" | "xlsx" | "csv" | "txt";

/**
 * One grid position of a table after merges are resolved. Every format
 * reader produces these, so that the rules that turn rows into tasks and
 * milestones are written once (table-to-plan.ts).
 */
export interface SourceCell {
  /** The cell's paragraphs joined by "\n"; soft line breaks are "\n" too. Empty for a continuation. */
  readonly text: string;
  /**
   * Set on the positions a merged cell covers beyond its first one: "vertical"
   * below it (w:vMerge, Excel row merges), "horizontal" to its right (w:gridSpan).
   */
  readonly continuation?: "vertical" | "horizontal";
  /** A number stored as such (Excel): the 序号 75, or a date's serial number. */
  readonly number?: number;
  /** The day an Excel date value names; `text` then holds it as displayed. */
  readonly date?: IsoDate;
  /** Where the cell is, for diagnostics. */
  readonly location: SourceLocation;
}

export interface SourceRow {
  readonly cells: readonly SourceCell[];
  /** Where the row is, for diagnostics about the row as a whole. */
  readonly location: SourceLocation;
}

export interface SourceTable {
  readonly rows: readonly SourceRow[];
  /** The paragraphs (or single-cell rows) above the table in the document, in order. */
  readonly paragraphsBefore: readonly string[];
  /** Sheet name for Excel; "表1" style for Word. */
  readonly name: string;
}

/** What a format reader hands on: the document's tables and what it noticed. */
export interface SourceDocument {
  readonly fileName: string;
  readonly format: SourceFormat;
  readonly tables: readonly SourceTable[];
  readonly diagnostics: readonly Diagnostic[];
}
