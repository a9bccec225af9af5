import type { Diagnostic } from "../../../domain/diagnostic.js";
import { diagnostic } from "../../build-diagnostic.js";
import { appendAll } from "../../../domain/append-all.js";
import type { SourceDocument, SourceRow } from "../../source-document.js";
import { tablesOf, type TableInContext } from "../tables-of.js";
import { findHeader, type TableHeader } from "./find-header.js";
import { headerByContent } from "./recognise-columns.js";
import { sectionHeading, sheetHeading, type SectionHeading } from "./section-heading.js";

/** A stretch of a plan table: a table with its header, or one that continues the one above. */
export interface PlanPart {
  readonly table: TableInContext;
  readonly header: TableHeader;
  /** The rows after the header, or every row of a table that continues without one. */
  readonly dataRows: readonly SourceRow[];
  /** The lines written above the table and above its header inside it. */
  readonly linesAbove: readonly string[];
  readonly section: SectionHeading | null;
}

export interface PlanTables {
  readonly parts: PlanPart[];
  /** The first part's lines above, without the line that heads its section. */
  readonly titleLines: readonly string[];
}

/** "续表", "续上表": all a page break leaves above the rest of a table, or nothing at all. */
const CONTINUED = /^(?:续上?表[\d一二三四五六七八九十]*[:：]?)?$/;

const textLines = (rows: readonly SourceRow[]): string[] =>
  rows.map((row) =>
    row.cells
      .map((cell) => cell.text)
      .filter((text) => text !== "")
      .join(" "),
  );

const linesAbove = (table: TableInContext, header: TableHeader): string[] => [
  ...table.paragraphsBefore,
  ...textLines(table.rows.slice(0, header.firstRow)),
];

const ignored = (document: SourceDocument, table: TableInContext): Diagnostic =>
  diagnostic(
    "info",
    "table.ignored",
    { file: document.fileName, sheet: table.name },
    `「${table.name}」不是计划表的一部分，未读取`,
    `"${table.name}" is not part of the plan table and was not read`,
  );

/** A sheet's name taken for its section's heading is a guess worth a look. */
const sheetNamed = (document: SourceDocument, part: PlanPart): Diagnostic =>
  diagnostic(
    "warning",
    "table.section_from_sheet",
    { file: document.fileName, sheet: part.table.name },
    `工作表「${part.table.name}」的表头上方没有标题，已将工作表名作为其中任务的上级标题`,
    `Nothing above the header of sheet "${part.table.name}" heads it; its name was taken as the heading of its tasks`,
  );

/**
 * The tables that make up the plan: every table with a recognisable header,
 * each under the heading written above it when the document has one table
 * per section or leader (or one sheet per section), and in Word the tables
 * that continue the one above without a header (a table split across pages).
 * Other tables (a signature block, a contact list) are left out with a note.
 */
export const planTables = (
  document: SourceDocument,
  diagnostics: Diagnostic[],
): PlanTables | null => {
  const tables = tablesOf(document);
  const headed = tables.some((table) => findHeader(table) !== null);
  const headerOf = headed ? findHeader : headerByContent;
  const parts: PlanPart[] = [];
  const notes: Diagnostic[] = [];
  for (const table of tables) {
    const header = headerOf(table);
    const previous = parts.at(-1);
    if (header) {
      const lines = linesAbove(table, header);
      const section =
        sectionHeading(lines) ?? (document.format === "xlsx" ? sheetHeading(table.name) : null);
      const dataRows = table.rows.slice(header.lastRow + 1);
      parts.push({ table, header, dataRows, linesAbove: lines, section });
      continue;
    }
    const width = previous?.header.columns.length;
    const continues =
      previous !== undefined &&
      document.format === "docx" &&
      table.paragraphsBefore.every((line) => CONTINUED.test(line.trim())) &&
      table.rows[0]?.cells.length === width;
    if (continues) {
      parts.push({ ...previous, table, dataRows: table.rows, linesAbove: [], section: null });
    } else {
      notes.push(ignored(document, table));
    }
  }
  const [first] = parts;
  if (!first) return null;
  appendAll(diagnostics, notes);
  // One table alone has no sections, unless its heading is an outline label ("一、…").
  const sectioned = parts.slice(1).some((part) => part.section !== null);
  const numbered = first.section?.headings.some((h) => h.label !== "") ?? false;
  const firstSection = sectioned || numbered ? first.section : null;
  const titleLines = first.linesAbove.filter((_, index) => !firstSection?.lines.includes(index));
  for (const part of sectioned ? parts : []) {
    if (part.section?.lines.length === 0) diagnostics.push(sheetNamed(document, part));
  }
  const withSections = parts.map((part, index) =>
    index === 0
      ? { ...part, section: firstSection }
      : sectioned
        ? part
        : { ...part, section: null },
  );
  return { parts: withSections, titleLines };
};
