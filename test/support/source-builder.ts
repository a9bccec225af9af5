import {
  paragraphBlock,
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
