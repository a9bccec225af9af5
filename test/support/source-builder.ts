import {
  paragraphBlock,
  type ListNumbering,
  type SourceBlock,
  type SourceCell,
  type SourceDocument,
  type SourceFormat,
  type SourceTable,
} from "../../src/importers/source-document.js";

/** In a row written for a test, "^" marks a cell merged with the one above, "<" with the one left. */
const cellOf = (file: string, text: string, row: number, column: number): SourceCell => {
  const location = { file, row, column };
  if (text === "^") return { text: "", continuation: "vertical", location };
  if (text === "<") return { text: "", continuation: "horizontal", location };
  return { text, location: text === "" ? location : { ...location, text } };
};

/** A table written for a test, with the paragraphs above it. */
export interface TestTable {
  readonly table: SourceTable;
  readonly paragraphsBefore: readonly string[];
}

export const sourceTable = (
  rows: readonly (readonly string[])[],
  options: { file?: string; paragraphsBefore?: readonly string[]; name?: string } = {},
): TestTable => {
  const file = options.file ?? "test.docx";
  const table: SourceTable = {
    kind: "table",
    name: options.name ?? "表1",
    rows: rows.map((cells, r) => ({
      location: { file, row: r + 1 },
      cells: cells.map((text, c) => cellOf(file, text, r + 1, c + 1)),
    })),
  };
  return { table, paragraphsBefore: options.paragraphsBefore ?? [] };
};

export const sourceDocument = (
  tables: readonly TestTable[],
  options: { file?: string; format?: SourceFormat } = {},
): SourceDocument => {
  const file = options.file ?? "test.docx";
  const blocks: SourceBlock[] = tables.flatMap(({ table, paragraphsBefore }) => [
    ...paragraphsBefore.map((text) => paragraphBlock(text, { file })),
    table,
  ]);
  return { fileName: file, format: options.format ?? "docx", blocks, diagnostics: [] };
};

/** A paragraph written for a test: its text, or its text with Word's list numbering and style. */
export type TestParagraph =
  string | { readonly text: string; readonly numbering?: ListNumbering; readonly style?: string };

/**
 * A document of paragraphs only, as the docx, html and txt readers give them:
 * numbered by paragraph (docx, html) or by line (txt).
 */
export const proseDocument = (
  paragraphs: readonly TestParagraph[],
  options: { file?: string; format?: SourceFormat } = {},
): SourceDocument => {
  const file = options.file ?? "2023年分工方案.docx";
  const format = options.format ?? "docx";
  const blocks = paragraphs.map((written, index) => {
    const paragraph = typeof written === "string" ? { text: written } : written;
    const location = format === "txt" ? { file, line: index + 1 } : { file, paragraph: index + 1 };
    return paragraphBlock(paragraph.text, location, {
      numbering: paragraph.numbering ?? null,
      style: paragraph.style ?? null,
    });
  });
  return { fileName: file, format, blocks, diagnostics: [] };
};
