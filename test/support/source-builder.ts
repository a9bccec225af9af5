import type {
  SourceCell,
  SourceDocument,
  SourceFormat,
  SourceTable,
} from "../../src/importers/source-document.js";

/** In a row written for a test, "^" marks a cell merged with the one above, "<" with the one left. */
const cellOf = (file: string, text: string, row: number, column: number): SourceCell => {
  const location = { file, row, column };
  if (text === "^") return { text: "", continuation: "vertical", location };
  if (text === "<") return { text: "", continuation: "horizontal", location };
  return { text, location: text === "" ? location : { ...location, text } };
};

export const sourceTable = (
  rows: readonly (readonly string[])[],
  options: { file?: string; paragraphsBefore?: readonly string[]; name?: string } = {},
): SourceTable => {
  const file = options.file ?? "test.docx";
  return {
    name: options.name ?? "表1",
    paragraphsBefore: options.paragraphsBefore ?? [],
    rows: rows.map((cells, r) => ({
      location: { file, row: r + 1 },
      cells: cells.map((text, c) => cellOf(file, text, r + 1, c + 1)),
    })),
  };
};

export const sourceDocument = (
  tables: readonly SourceTable[],
  options: { file?: string; format?: SourceFormat } = {},
): SourceDocument => ({
  fileName: options.file ?? "test.docx",
  format: options.format ?? "docx",
  tables,
  diagnostics: [],
});
