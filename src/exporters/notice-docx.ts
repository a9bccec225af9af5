import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from "docx";
import { chineseDate } from "../domain/iso-date.js";
import type { SupervisionNotice } from "../domain/supervision-notice.js";
import { FONTS } from "./docx-fonts.js";
import { PACKAGE_TEXT_FONT, packageFont as font, withFontFallbacks } from "./docx-package-fonts.js";

/**
 * The supervision notice (督办通知单) as offices print it: one A4 portrait
 * page with the title in 方正小标宋简体, the number under it on the right, a
 * bordered form of 黑体 labels and 仿宋_GB2312 text, and below a cut line the
 * reply slip (回执) the unit sends back. Measures are twips and half-points;
 * the side margins are those of GB/T 9704 (28, 26 mm), top and bottom 30 and
 * 25 mm, so that a notice with long texts still keeps to its one page.
 */

const TEXT_FONT = PACKAGE_TEXT_FONT;

const TITLE_RUN: IRunOptions = { font: font(FONTS.title), size: 44 };
const SLIP_TITLE_RUN: IRunOptions = { font: font(FONTS.title), size: 32 };
const LABEL_RUN: IRunOptions = { font: font(FONTS.header), size: 24 };
const TEXT_RUN: IRunOptions = { font: TEXT_FONT, size: 24 };
const NUMBER_RUN: IRunOptions = { font: TEXT_FONT, size: 32 };

const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1701, bottom: 1417, left: 1587, right: 1474, header: 851, footer: 992 };
/** Label, text, label, text: 8845 twips, the width between the margins. */
const COLUMNS = [1701, 2722, 1701, 2721] as const;
const FULL_TEXT_SPAN = 3;

const BORDER = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const cell = (
  text: string,
  options: { run: IRunOptions; align: Align; span?: number },
): TableCell =>
  new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    ...(options.span !== undefined && { columnSpan: options.span }),
    // One paragraph a line: a justified line ended by a break would be stretched to the margin.
    children: text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: options.align,
          children: line === "" ? [] : [new TextRun({ ...options.run, text: line })],
        }),
    ),
  });

const label = (text: string): TableCell =>
  cell(text, { run: LABEL_RUN, align: AlignmentType.CENTER });
const text = (value: string, span?: number): TableCell =>
  cell(value, { run: TEXT_RUN, align: AlignmentType.BOTH, ...(span !== undefined && { span }) });

const row = (cells: readonly TableCell[], minHeight = 510): TableRow =>
  new TableRow({
    cantSplit: true,
    height: { value: minHeight, rule: HeightRule.ATLEAST },
    children: [...cells],
  });

/** A label and its text across the rest of the row. */
const wideRow = (name: string, value: string, minHeight?: number): TableRow =>
  row([label(name), text(value, FULL_TEXT_SPAN)], minHeight);

const form = (rows: readonly TableRow[]): Table =>
  new Table({
    width: { size: COLUMNS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...COLUMNS],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { top: 57, bottom: 57, left: 108, right: 108 },
    rows: [...rows],
  });

const deadlineLine = (notice: SupervisionNotice): string => {
  const { text: written, due } = notice.originalDeadline;
  if (due === null) return written === "" ? "未定" : written;
  const day = chineseDate(due);
  return written === "" || written === day ? day : `${written}（${day}）`;
};

const currentDueLine = (notice: SupervisionNotice): string =>
  notice.currentDue === notice.originalDeadline.due
    ? `${chineseDate(notice.currentDue)}（未延期）`
    : `${chineseDate(notice.currentDue)}（经批准延期）`;

const overdueLine = (notice: SupervisionNotice): string =>
  `截至${chineseDate(notice.issuedOn)}，已逾期${String(notice.daysOverdue)}天` +
  (notice.escalationLevel === null ? "" : `，已达“${notice.escalationLevel}”级`);

/** What the office asks of the unit, in the usual words. */
export const noticeRequirements = (notice: SupervisionNotice): string =>
  `请你单位高度重视，主要负责同志亲自过问，对照任务要求查找逾期原因，` +
  `明确整改措施和完成时限，加快推进落实，并于${chineseDate(notice.replyDue)}前` +
  `将办理情况书面反馈${notice.office}（填写下方回执）。`;

const matter = (notice: SupervisionNotice): string =>
  `${notice.planTitle}\n` +
  `${notice.task.label}. ${notice.task.title}\n` +
  `节点计划${notice.milestone.label}：${notice.milestone.text}`;

const noticeForm = (notice: SupervisionNotice): Table =>
  form([
    row([
      label("承办单位"),
      text(notice.recipient),
      label("配合单位"),
      text(notice.cooperating.length === 0 ? "无" : notice.cooperating.join("、")),
    ]),
    wideRow("督办事项", matter(notice), 907),
    row([
      label("原定时限"),
      text(deadlineLine(notice)),
      label("现定时限"),
      text(currentDueLine(notice)),
    ]),
    wideRow("逾期情况", overdueLine(notice)),
    wideRow(
      "最新进展",
      notice.latestReport === null
        ? "尚未报送进展"
        : `${chineseDate(notice.latestReport.on)}报送：${notice.latestReport.text}`,
      567,
    ),
    wideRow("办理要求", noticeRequirements(notice), 907),
    wideRow(
      "反馈时限",
      `${chineseDate(notice.replyDue)}前（${String(notice.replyWorkingDays)}个工作日内）`,
    ),
    row([
      label("签发单位"),
      text(notice.office),
      label("签发日期"),
      text(chineseDate(notice.issuedOn)),
    ]),
    row([label("签发"), text("", FULL_TEXT_SPAN)], 624),
  ]);

const replySlip = (notice: SupervisionNotice): Table =>
  form([
    row([label("通知单编号"), text(notice.numberText), label("承办单位"), text(notice.recipient)]),
    wideRow("办理情况", "", 1304),
    row([label("经办人"), text(""), label("联系电话"), text("")]),
    row([label("单位负责人"), text(""), label("反馈日期"), text("    年  月  日")]),
  ]);

const centred = (value: string, run: IRunOptions, spacing: { before?: number; after?: number }) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing,
    children: [new TextRun({ ...run, text: value })],
  });

/** The notice as a .docx file. */
export const noticeToDocx = async (notice: SupervisionNotice): Promise<Uint8Array> => {
  const document = new Document({
    title: `督办通知单${notice.numberText}`,
    creator: notice.office,
    styles: { default: { document: { run: { font: TEXT_FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGINS },
        },
        children: [
          centred("督办通知单", TITLE_RUN, { after: 120 }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 120 },
            children: [new TextRun({ ...NUMBER_RUN, text: notice.numberText })],
          }),
          noticeForm(notice),
          centred("- - - - - - - - - - 沿此线剪下 - - - - - - - - - -", TEXT_RUN, {
            before: 160,
            after: 120,
          }),
          centred("督办通知单回执", SLIP_TITLE_RUN, { after: 120 }),
          replySlip(notice),
        ],
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(document));
};
