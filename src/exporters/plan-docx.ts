import {
  AlignmentType,
  Document,
  Footer,
  HeightRule,
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
import type { Plan } from "../domain/plan.js";
import { rowTexts } from "./plan-cell-text.js";
import {
  PLAN_TABLE_HEADERS,
  planTableRows,
  type MergePart,
  type PlanTableRow,
} from "./plan-table-layout.js";

/**
 * The plan as the office's Word table: landscape A4, the usual government
 * fonts, a header row repeated on every page and real vertical merges, so the
 * file looks like the reference and reads back through the Word importer.
 * Measures in twips and half-points follow the reference document.
 */

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name });

/** Body text: 仿宋_GB2312 for Chinese, Times New Roman for digits and Latin, 12 pt. */
const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const BODY_SIZE = 24;
const TITLE_RUN: IRunOptions = { font: font("方正小标宋简体"), size: 44 };
const SUBTITLE_RUN: IRunOptions = { font: font("楷体_GB2312"), size: 32 };
const HEADER_RUN: IRunOptions = { font: font("黑体"), size: 28 };
const FOOTER_RUN: IRunOptions = { font: font("宋体"), size: 28 };

/** 序号 | 工作任务 | 节点计划 | 责任单位 | 完成时限, 14343 twips: the width between A4 landscape margins. */
const COLUMN_WIDTHS = [850, 4195, 5329, 2268, 1701] as const;
/** Short cells are centred, running text is justified, as in the reference. */
const COLUMN_ALIGN: readonly Align[] = [
  AlignmentType.CENTER,
  AlignmentType.BOTH,
  AlignmentType.BOTH,
  AlignmentType.CENTER,
  AlignmentType.CENTER,
];

const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1417, bottom: 1536, left: 1247, right: 1247, header: 851, footer: 907 };

const paragraph = (text: string, alignment: Align, run?: IRunOptions): Paragraph =>
  new Paragraph({ alignment, children: text === "" ? [] : [new TextRun({ ...run, text })] });

const cell = (column: number, lines: readonly string[], merge: MergePart): TableCell => {
  const alignment = COLUMN_ALIGN[column] ?? AlignmentType.BOTH;
  // A covered or empty cell still gets a paragraph: Word rejects a cell without one.
  const shown = lines.length === 0 ? [""] : lines;
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    ...(merge.kind === "start" && { verticalMerge: VerticalMergeType.RESTART }),
    ...(merge.kind === "continue" && { verticalMerge: VerticalMergeType.CONTINUE }),
    children: shown.map((line) => paragraph(line, alignment)),
  });
};

/** One paragraph for a text; none for a covered or empty cell. */
const linesOf = (text: string | null): string[] => (text === null || text === "" ? [] : [text]);

const SINGLE: MergePart = { kind: "single" };

const headerRow = (): TableRow =>
  new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 510, rule: HeightRule.ATLEAST },
    children: PLAN_TABLE_HEADERS.map(
      (header) =>
        new TableCell({
          verticalAlign: VerticalAlignTable.CENTER,
          children: [paragraph(header, AlignmentType.CENTER, HEADER_RUN)],
        }),
    ),
  });

const dataRow = (row: PlanTableRow): TableRow => {
  const texts = rowTexts(row);
  return new TableRow({
    children: [
      cell(0, linesOf(texts.serial), row.taskMerge),
      cell(1, linesOf(texts.task), row.taskMerge),
      cell(2, linesOf(texts.milestone), SINGLE),
      cell(3, texts.units ?? [], row.unitsMerge),
      cell(4, linesOf(texts.deadline), SINGLE),
    ],
  });
};

const planTable = (plan: Plan): Table =>
  new Table({
    width: { size: COLUMN_WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...COLUMN_WIDTHS],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 28, bottom: 28, left: 108, right: 108 },
    rows: [headerRow(), ...planTableRows(plan).map(dataRow)],
  });

/** "— n —", centred, the page-number style of government documents. */
const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...FOOTER_RUN, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });

const headingParagraphs = (plan: Plan): Paragraph[] => {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 113 },
    children: [new TextRun({ ...TITLE_RUN, text: plan.title })],
  });
  if (plan.subtitle === null) return [title];
  const subtitle = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 227 },
    children: [new TextRun({ ...SUBTITLE_RUN, text: plan.subtitle })],
  });
  return [title, subtitle];
};

/** The plan as a .docx file. */
export const planToDocx = async (plan: Plan): Promise<Uint8Array> => {
  const document = new Document({
    title: plan.title,
    creator: "Duban",
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: MARGINS,
          },
        },
        footers: { default: pageNumberFooter() },
        children: [...headingParagraphs(plan), planTable(plan)],
      },
    ],
  });
  return Packer.toBuffer(document);
};
