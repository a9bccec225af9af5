import type { Readable } from "node:stream";
import type { OutlineHeading, Plan } from "../domain/plan.js";
import { FONTS, runFonts } from "./docx-fonts.js";
import { docxPackageParts, FOOTER_RELATIONSHIP, R_NAMESPACE, W_NAMESPACE } from "./docx-parts.js";
import { XML_DECLARATION } from "./office-package.js";
import {
  headingCellText,
  headingLines,
  rowTexts,
  type TableExportOptions,
} from "./plan-cell-text.js";
import {
  PLAN_TABLE_HEADERS,
  planTableRows,
  type MergePart,
  type PlanTableRow,
} from "./plan-table-layout.js";
import { xmlText } from "./xml-text.js";
import { zipBytes, zipStream, type ZipPart } from "./zip-stream.js";

/**
 * The plan as the office's Word table: landscape A4, the usual government
 * fonts, a header row repeated on every page and real vertical merges, so the
 * file looks like the reference and reads back through the Word importer.
 * document.xml is written row by row into the zip stream. Measures in twips
 * and half-points follow the reference document.
 */

/** 序号 | 工作任务 | 节点计划 | 责任单位 | 完成时限, 14343 twips: the width between A4 landscape margins. */
const COLUMN_WIDTHS = [850, 4195, 5329, 2268, 1701] as const;
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
/** Short cells are centred, running text is justified, as in the reference. */
const COLUMN_ALIGN = ["center", "both", "both", "center", "center"] as const;

const PAGE =
  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' +
  '<w:pgMar w:top="1417" w:right="1247" w:bottom="1536" w:left="1247" w:header="851" w:footer="907" w:gutter="0"/>';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PROPERTIES =
  `<w:tblPr><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>` +
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => `<w:${s} ${BORDER}/>`)
    .join("") +
  '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="28" w:type="dxa"/>' +
  '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>' +
  '</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>' +
  COLUMN_WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join("") +
  "</w:tblGrid>";

/** A run of text; a line break inside it is Word's soft break, which Word shows (a "\n" it would not). */
const run = (text: string, properties = ""): string => {
  if (text === "") return "";
  const lines = text.split("\n").map((line) => `<w:t xml:space="preserve">${xmlText(line)}</w:t>`);
  return `<w:r>${properties}${lines.join("<w:br/>")}</w:r>`;
};

const paragraph = (text: string, paragraphProperties: string, runProperties = ""): string =>
  `<w:p><w:pPr>${paragraphProperties}</w:pPr>${run(text, runProperties)}</w:p>`;

const MERGE_PROPERTY: Readonly<Record<MergePart["kind"], string>> = {
  single: "",
  start: '<w:vMerge w:val="restart"/>',
  continue: '<w:vMerge w:val="continue"/>',
};

interface CellLook {
  readonly align: string;
  readonly run: string;
}

/** Data cells: short ones centred, running text justified, in the body font. */
const DATA_LOOK: readonly CellLook[] = COLUMN_ALIGN.map((align) => ({ align, run: "" }));
const HEADER_LOOK: CellLook = {
  align: "center",
  run: `<w:rPr>${runFonts(FONTS.header)}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>`,
};

/** A cell with one paragraph per line; a covered or empty cell still gets one, as Word requires. */
const cell = (
  column: number,
  lines: readonly string[],
  merge: MergePart,
  look: CellLook = DATA_LOOK[column] ?? HEADER_LOOK,
): string => {
  const align = `<w:jc w:val="${look.align}"/>`;
  const shown = lines.length === 0 ? [""] : lines;
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${COLUMN_WIDTHS[column] ?? 0}" w:type="dxa"/>${MERGE_PROPERTY[merge.kind]}` +
    '<w:vAlign w:val="center"/></w:tcPr>' +
    shown.map((line) => paragraph(line, align, look.run)).join("") +
    "</w:tc>"
  );
};

const SINGLE: MergePart = { kind: "single" };

/** Printed at the top of every page (w:tblHeader) and never split across pages. */
const HEADER_ROW =
  '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="510" w:hRule="atLeast"/><w:tblHeader/></w:trPr>' +
  PLAN_TABLE_HEADERS.map((header, column) => cell(column, [header], SINGLE, HEADER_LOOK)).join("") +
  "</w:tr>";

/** 一、… or （一）… across the whole table, kept with the row below it. */
const outlineRow = (heading: OutlineHeading): string =>
  `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${TABLE_WIDTH}" w:type="dxa"/>` +
  '<w:gridSpan w:val="5"/><w:vAlign w:val="center"/></w:tcPr>' +
  paragraph(headingCellText(heading), '<w:keepNext/><w:jc w:val="left"/>', HEADER_LOOK.run) +
  "</w:tc></w:tr>";

/** One paragraph for a text; none for a covered or empty cell. */
const linesOf = (text: string | null): string[] => (text === null || text === "" ? [] : [text]);

const dataRow = (row: PlanTableRow): string => {
  const texts = rowTexts(row);
  return (
    "<w:tr>" +
    cell(0, linesOf(texts.serial), row.taskMerge) +
    cell(1, linesOf(texts.task), row.taskMerge) +
    cell(2, linesOf(texts.milestone), SINGLE) +
    cell(3, texts.units ?? [], row.unitsMerge) +
    cell(4, linesOf(texts.deadline), SINGLE) +
    "</w:tr>"
  );
};

const headingXml = (title: string, subtitle: string | null): string => {
  const line = (text: string, font: string, size: number, after: number) =>
    paragraph(
      text,
      `<w:spacing w:after="${after}"/><w:jc w:val="center"/>`,
      `<w:rPr>${runFonts(font)}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`,
    );
  const titleLine = line(title, FONTS.title, 44, 113);
  return subtitle === null ? titleLine : titleLine + line(subtitle, FONTS.subtitle, 32, 227);
};

function* documentXml(plan: Plan, options: TableExportOptions): Generator<string> {
  const { title, subtitle } = headingLines(plan, options);
  yield XML_DECLARATION;
  yield `<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:body>`;
  yield headingXml(title, subtitle);
  yield `<w:tbl>${TABLE_PROPERTIES}${HEADER_ROW}`;
  for (const row of planTableRows(plan)) {
    for (const heading of row.headings) yield outlineRow(heading);
    yield dataRow(row);
  }
  // Word wants a paragraph between a table and the section's end.
  yield "</w:tbl><w:p/>";
  yield `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_RELATIONSHIP}"/>${PAGE}`;
  yield '<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>';
  yield "</w:body></w:document>";
}

const docxParts = (plan: Plan, options: TableExportOptions): ZipPart[] => [
  ...docxPackageParts(headingLines(plan, options).title, new Date()),
  { path: "word/document.xml", content: documentXml(plan, options) },
];

/** The plan as a .docx, produced as the stream is read: what the API pipes to a download. */
export const writePlanDocx = (plan: Plan, options: TableExportOptions = {}): Readable =>
  zipStream(docxParts(plan, options));

/** The plan as a .docx file in memory. */
export const planToDocx = (plan: Plan, options: TableExportOptions = {}): Promise<Uint8Array> =>
  Promise.resolve().then(() => zipBytes(docxParts(plan, options)));
