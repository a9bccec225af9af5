import type { Diagnostic, SourceLocation } from "../../domain/diagnostic.js";
import { message } from "../../domain/message.js";
import { cleanText } from "../../domain/normalize-text.js";
import { checkRowCount, textCell } from "../check-limits.js";
import type { ImportLimits } from "../limits.js";
import type { ProgressListener } from "../progress.js";
import {
  paragraphBlock,
  type SourceBlock,
  type SourceDocument,
  type SourceRow,
} from "../source-document.js";
import { decodeText } from "./decode-text.js";
import { findFlattenedTable } from "./txt-flattened-table.js";
import { findSeparatedTable } from "./txt-separated-rows.js";
import type { TextTable } from "./txt-text-table.js";
import { isWordTableExport, readWordTableExport } from "./txt-word-export.js";

/** Word's "save as plain text" leaves bookmarks behind as "[bookmark: _GoBack]". */
const BOOKMARK = /\[bookmark: [^\]]*\]/g;

/**
 * Reads a text file: Word's plain-text export of a table (tab-led cells),
 * a pasted table (rows of tab-, "|"- or space-separated cells, or one cell
 * per line under a 序号 header), or prose. Lines outside the table are
 * paragraphs, one per non-blank line; prose is all paragraphs. Text that
 * looks like a table but cannot be cut into cells reliably is refused
 * (`txt.unsplittable`). Synchronous.
 */
export const readTxt = (
  bytes: Uint8Array,
  fileName: string,
  options: { limits: ImportLimits; onProgress?: ProgressListener },
): SourceDocument => {
  const decoded = decodeText(bytes, fileName, "txt");
  const lines = decoded.text.split(/\r\n|\r|\n/).map((line) => line.replace(BOOKMARK, ""));
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  let table: TextTable | null;
  if (isWordTableExport(lines)) {
    const exported = readWordTableExport(lines);
    table = exported.table;
    if (exported.ignoredFrom !== null)
      diagnostics.push(ignoredNote(fileName, exported.ignoredFrom));
  } else {
    table = findSeparatedTable(fileName, lines) ?? findFlattenedTable(fileName, lines);
  }
  const rows = table ? buildRows(table, fileName, options.limits) : [];
  options.onProgress?.({ phase: "read", done: rows.length, total: rows.length });

  const blocks: SourceBlock[] = [];
  const addParagraphs = (from: number, to: number): void => {
    for (let index = from; index < to; index += 1) {
      const text = cleanText(lines[index] ?? "");
      if (text !== "") blocks.push(paragraphBlock(text, { file: fileName, line: index + 1 }));
    }
  };
  if (!table || rows.length === 0) {
    addParagraphs(0, lines.length);
  } else {
    addParagraphs(0, table.firstLine - 1);
    blocks.push({ kind: "table", rows, name: "表1" });
    addParagraphs(table.lastLine, lines.length);
  }
  return { fileName, format: "txt", blocks, diagnostics };
};

const buildRows = (table: TextTable, fileName: string, limits: ImportLimits): SourceRow[] => {
  const width = table.rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  return table.rows.map((raw, index) => {
    const row = index + 1;
    const location: SourceLocation = { file: fileName, row, line: raw.line };
    checkRowCount(row, limits, location);
    // A literal location per cell, not a spread: several times faster on Node 20.
    const cells = Array.from({ length: width }, (_, column) => {
      const cell = raw.cells[column];
      const at = { file: fileName, row, line: cell?.line ?? raw.line, column: column + 1 };
      return textCell(cell?.text ?? "", at, limits);
    });
    return { cells, location };
  });
};

const ignoredNote = (file: string, line: number): Diagnostic => ({
  severity: "info",
  code: "txt.text_after_table",
  message: message(
    `表格后从第 ${line} 行起的文字（如备注）不属于表格，已忽略`,
    `The text after the table, from line ${line} on (notes?), is not part of it and was ignored`,
  ),
  location: { file, line },
});
