import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from "docx";
import type { ProgressBulletin } from "../domain/progress-bulletin.js";
import { bulletinTables, type BulletinTable, type TableCellText } from "./bulletin-tables.js";
import { FONTS } from "./docx-fonts.js";
import { PACKAGE_TEXT_FONT, packageFont as font, withFontFallbacks } from "./docx-package-fonts.js";
import type { MergePart } from "./plan-table-layout.js";

/**
 * The progress bulletin as a Word document: the text on portrait A4 with
 * the margins of government documents, the progress table as an annex on
 * landscape pages, in the fonts of the table export (方正小标宋简体 title,
 * 黑体 headings, 仿宋_GB2312 text) and "— n —" page numbers.
 */

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const TEXT_FONT = PACKAGE_TEXT_FONT;
/** 三号 (16 pt) for the text, 小四 (12 pt) in tables, in half-points. */
const TEXT_SIZE = 32;
const TABLE_SIZE = 24;
const TITLE_RUN: IRunOptions = { font: font(FONTS.title), size: 44 };
const PERIOD_RUN: IRunOptions = { font: font(FONTS.subtitle), size: 32 };
const HEADING_RUN: IRunOptions = { font: font(FONTS.header), size: 32 };
const TABLE_HEADER_RUN: IRunOptions = { font: font(FONTS.header), size: TABLE_SIZE };
const FOOTER_RUN: IRunOptions = { font: font(FONTS.footer), size: 28 };

const A4 = { width: 11906, height: 16838 };
/** GB/T 9704: 37 mm top, 35 mm bottom, 28 mm inside, 26 mm outside. */
const PORTRAIT_MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
/** The table export's landscape margins. */
const LANDSCAPE_MARGINS = { top: 1417, bottom: 1536, left: 1247, right: 1247 };

const run = (text: string, options?: IRunOptions): TextRun => new TextRun({ ...options, text });

const cellParagraphs = (text: TableCellText, alignment: Align, header: boolean): Paragraph[] =>
  (text.lines.length === 0 ? [""] : text.lines).map(
    (line) =>
      new Paragraph({
        alignment,
        children:
          line === ""
            ? []
            : [run(line, header ? TABLE_HEADER_RUN : { font: TEXT_FONT, size: TABLE_SIZE })],
      }),
  );

const tableCell = (text: TableCellText, alignment: Align, header: boolean): TableCell =>
  new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    ...(text.merge.kind === "start" && { verticalMerge: VerticalMergeType.RESTART }),
    ...(text.merge.kind === "continue" && { verticalMerge: VerticalMergeType.CONTINUE }),
    children: cellParagraphs(text, alignment, header),
  });

const SINGLE: MergePart = { kind: "single" };

const ALIGN = { center: AlignmentType.CENTER, justify: AlignmentType.BOTH } as const;

const wordTable = (table: BulletinTable, width: number): Table => {
  const scale = width / table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => Math.floor(column.weight * scale));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 28, bottom: 28, left: 108, right: 108 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column) =>
          tableCell({ lines: [column.header], merge: SINGLE }, AlignmentType.CENTER, true),
        ),
      }),
      ...table.rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((text, i) =>
              tableCell(text, ALIGN[table.columns[i]?.align ?? "justify"], false),
            ),
          }),
      ),
    ],
  });
};

const heading = (text: string): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 80 },
    indent: { firstLine: 640 },
    children: [run(text, HEADING_RUN)],
  });

/** Body text: justified, two characters' first-line indent, fixed 28 pt lines. */
const textParagraph = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: "exact" },
    children: [run(text)],
  });

const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...FOOTER_RUN, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });

const centred = (text: string, options: IRunOptions, after: number): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [run(text, options)],
  });

/** The bulletin as a .docx file. */
export const bulletinToDocx = async (bulletin: ProgressBulletin): Promise<Uint8Array> => {
  const tables = bulletinTables(bulletin);
  const textWidth = A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;
  const tableWidth = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
  const body = [
    centred(bulletin.title, TITLE_RUN, bulletin.period === null ? 360 : 120),
    ...(bulletin.period === null ? [] : [centred(`（${bulletin.period}）`, PERIOD_RUN, 360)]),
    ...tables.sections.flatMap((section) => [
      heading(section.heading),
      ...(section.text === undefined ? [] : [textParagraph(section.text)]),
      ...(section.table === undefined ? [] : [wordTable(section.table, textWidth)]),
    ]),
  ];
  const document = new Document({
    title: bulletin.title,
    creator: "Duban",
    styles: { default: { document: { run: { font: TEXT_FONT, size: TEXT_SIZE } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: PORTRAIT_MARGINS } },
        footers: { default: pageNumberFooter() },
        children: body,
      },
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: LANDSCAPE_MARGINS,
          },
        },
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({ children: [run(tables.annex.label, HEADING_RUN)] }),
          centred(tables.annex.title, TITLE_RUN, 240),
          wordTable(tables.annex.table, tableWidth),
        ],
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(document));
};
