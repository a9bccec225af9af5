import type { Diagnostic, SourceLocation } from "../domain/diagnostic.js";
import type { IsoDate } from "../domain/iso-date.js";

/** The file formats a responsibility document arrives in. */
export type SourceFormat = "docx" | "xlsx" | "csv" | "txt" | "html";

/**
 * One grid position of a table after merges are resolved. Every format
 * reader produces these, so that the rules that turn rows into tasks and
 * milestones are written once (shapes/table/).
 */
export interface SourceCell {
  /** The cell's paragraphs joined by "\n"; soft line breaks are "\n" too. Empty for a continuation. */
  readonly text: string;
  /**
   * Set on the positions a merged cell covers beyond its first one: "vertical"
   * below it (w:vMerge, Excel row merges, rowspan), "horizontal" to its right
   * (w:gridSpan, colspan).
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
  readonly kind: "table";
  readonly rows: readonly SourceRow[];
  /** Sheet name for Excel; "表1" style for Word and HTML. */
  readonly name: string;
}

/** The number Word's list numbering (numbering.xml) shows before a paragraph. */
export interface ListNumbering {
  /** The label as Word renders it, punctuation included: "一、", "（一）", "1.", "①". */
  readonly label: string;
  /** The list level, 0-based (w:ilvl). */
  readonly level: number;
}

/** A paragraph of the document body outside any table. */
export interface SourceParagraph {
  readonly kind: "paragraph";
  /**
   * The text as a reader sees it: a label from Word's list numbering comes
   * first, as if typed, so that typed and automatic numbering read alike.
   */
  readonly text: string;
  /** Set when the leading label comes from Word's list numbering, not from the text. */
  readonly numbering: ListNumbering | null;
  /** The paragraph style's name (Title, heading 1, 正文…), or null when none is set. */
  readonly style: string | null;
  readonly location: SourceLocation;
}

/** What a document holds, in document order: the physical layer's output. */
export type SourceBlock = SourceParagraph | SourceTable;

/** What a format reader hands on: the document's blocks and what it noticed. */
export interface SourceDocument {
  readonly fileName: string;
  readonly format: SourceFormat;
  readonly blocks: readonly SourceBlock[];
  readonly diagnostics: readonly Diagnostic[];
}

export const paragraphBlock = (
  text: string,
  location: SourceLocation,
  extra: { numbering?: ListNumbering | null; style?: string | null } = {},
): SourceParagraph => ({
  kind: "paragraph",
  text,
  numbering: extra.numbering ?? null,
  style: extra.style ?? null,
  location,
});
