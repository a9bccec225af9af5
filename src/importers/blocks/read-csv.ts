import { CsvError, parse } from "csv-parse/sync";
import type { SourceLocation } from "../../domain/diagnostic.js";
import { message } from "../../domain/message.js";
import { checkRowCount, textCell } from "../check-limits.js";
import { decodeText } from "./decode-text.js";
import { ImportFailure } from "../import-failure.js";
import type { ImportLimits } from "../limits.js";
import type { ProgressListener } from "../progress.js";
import type { SourceDocument, SourceRow } from "../source-document.js";

/** Comma first: it wins a tie, being what "CSV" usually means. */
const DELIMITERS = [",", "\t", ";"] as const;
const SAMPLE_LINES = 20;

/**
 * Reads a CSV or tab-separated export (Excel's "Unicode text" included) into
 * one table holding every record, title lines above the header included:
 * the shared code finds the header. Synchronous: nothing here waits.
 */
export const readCsv = (
  bytes: Uint8Array,
  fileName: string,
  options: { limits: ImportLimits; onProgress?: ProgressListener },
): SourceDocument => {
  const { limits } = options;
  const decoded = decodeText(bytes, fileName, "csv");
  // csv-parse counts "\r\n" inside a quoted field as two lines; with one
  // kind of line end its line numbers are right. Cells are cleaned to "\n" anyway.
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const { records, endLines } = parseRecords(text, fileName, limits);

  const width = records.reduce((max, record) => Math.max(max, record.length), 0);
  const rows = records.map((record, index): SourceRow => {
    // A record ends on the line csv-parse reports; its quoted newlines say how far up it began.
    const newlines = record.reduce((n, field) => n + field.split("\n").length - 1, 0);
    const row = index + 1;
    const line = (endLines[index] ?? 0) - newlines;
    const location: SourceLocation = { file: fileName, row, line };
    checkRowCount(row, limits, location);
    // A literal location per cell, not a spread: several times faster on Node 20.
    const cells = Array.from({ length: width }, (_, column) =>
      textCell(record[column] ?? "", { file: fileName, row, line, column: column + 1 }, limits),
    );
    return { cells, location };
  });
  options.onProgress?.({ phase: "read", done: rows.length, total: rows.length });
  return {
    fileName,
    format: "csv",
    blocks: rows.length === 0 ? [] : [{ kind: "table", rows, name: fileName }],
    diagnostics: decoded.diagnostics,
  };
};

const parseRecords = (
  text: string,
  fileName: string,
  limits: ImportLimits,
): { records: string[][]; endLines: number[] } => {
  const endLines: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      // A stray quote inside an unquoted field is text, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: true,
      // One record past the limit is enough to refuse the file.
      to: limits.maxRows + 1,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = firstLineAfter(text, endLines.at(-1) ?? 0);
    throw new ImportFailure({
      severity: "error",
      code: "csv.malformed",
      message: message(
        `第 ${line} 行开始的记录格式有误（可能引号未闭合），无法解析`,
        `The record starting at line ${line} is malformed (an unclosed quote?) and cannot be parsed`,
      ),
      location: { file: fileName, line },
    });
  }
  return { records, endLines };
};

/** The number of the first non-blank line after line `after`: where the next record begins. */
const firstLineAfter = (text: string, after: number): number => {
  const lines = text.split("\n");
  let index = after;
  while (index < lines.length - 1 && lines[index]?.trim() === "") index += 1;
  return index + 1;
};

/**
 * The candidate that occurs most often outside quotes in the first non-empty
 * lines. Full-width "；" is not a candidate: Chinese task texts are full of it.
 */
const detectDelimiter = (text: string): string => {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (ch === "\n") {
      if (!blank) lines += 1;
      blank = true;
      continue;
    }
    blank = false;
    const count = counts.get(ch);
    if (count !== undefined) counts.set(ch, count + 1);
  }
  let best: string = DELIMITERS[0];
  for (const [delimiter, count] of counts) {
    if (count > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
};
