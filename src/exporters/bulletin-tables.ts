import {
  chineseDay,
  formatPercent,
  latestProgressText,
  progressStatusText,
  targetActualText,
  targetGoalText,
  targetLightText,
} from "../domain/bulletin-words.js";
import type {
  BulletinMilestoneLine,
  MilestoneProgress,
  ProgressBulletin,
} from "../domain/progress-bulletin.js";
import { rowTexts } from "./plan-cell-text.js";
import { PLAN_TABLE_HEADERS, planTableRows, type MergePart } from "./plan-table-layout.js";

/**
 * The bulletin's sections and tables as texts, laid out once for both the
 * Word and the Excel file: each renders these cells in its own format, so
 * the two files cannot come to say different things.
 */

export interface TableCellText {
  /** One paragraph (Word) or line (Excel) each. */
  readonly lines: readonly string[];
  readonly merge: MergePart;
}

export interface BulletinColumn {
  readonly header: string;
  /** Relative width; each format scales the weights to its page. */
  readonly weight: number;
  readonly align: "center" | "justify";
}

export interface BulletinTable {
  readonly columns: readonly BulletinColumn[];
  readonly rows: readonly (readonly TableCellText[])[];
}

export interface BulletinSection {
  /** "一、总体情况". */
  readonly heading: string;
  readonly text?: string;
  readonly table?: BulletinTable;
}

export interface BulletinLayout {
  readonly sections: readonly BulletinSection[];
  /** The progress table, printed as the bulletin's annex. */
  readonly annex: { readonly label: string; readonly title: string; readonly table: BulletinTable };
}

const SINGLE: MergePart = { kind: "single" };

const cell = (text: string): TableCellText => ({ lines: text === "" ? [] : [text], merge: SINGLE });

const column = (header: string, weight: number, align: BulletinColumn["align"] = "center") => ({
  header,
  weight,
  align,
});

const unitTable = (bulletin: ProgressBulletin): BulletinTable => ({
  columns: [
    column("排名", 7),
    column("责任单位", 25),
    column("牵头节点", 12),
    column("已完成", 11),
    column("按时完成", 11),
    column("逾期", 10),
    column("完成率", 12),
  ],
  rows: bulletin.units.map((line, i) =>
    [
      String(i + 1),
      line.unit,
      String(line.responsible),
      String(line.done),
      String(line.onTime),
      String(line.overdue),
      formatPercent(line.completionRate),
    ].map(cell),
  ),
});

const milestoneTable = (
  lines: readonly BulletinMilestoneLine[],
  daysHeader: string,
  daysText: (days: number) => string,
): BulletinTable => ({
  columns: [
    column("节点", 14),
    column("节点计划", 42, "justify"),
    column("牵头单位", 17),
    column("完成时限", 14),
    column(daysHeader, 13),
  ],
  rows: lines.map((line) => [
    cell(line.ref),
    cell(line.text),
    { lines: line.units, merge: SINGLE },
    cell(chineseDay(line.due)),
    cell(daysText(line.days)),
  ]),
});

const instructionTable = (bulletin: ProgressBulletin): BulletinTable => ({
  columns: [
    column("批示领导", 11),
    column("批示内容", 29, "justify"),
    column("批示事项", 20, "justify"),
    column("批示日期", 13),
    column("反馈时限", 13),
    column("已反馈单位", 14),
  ],
  rows: bulletin.instructions.map((line) => [
    cell(line.issuedBy),
    cell(line.text),
    cell(line.target),
    cell(chineseDay(line.issuedOn)),
    cell(line.responseDue === null ? "" : chineseDay(line.responseDue)),
    line.answeredBy.length === 0 ? cell("尚未反馈") : { lines: line.answeredBy, merge: SINGLE },
  ]),
});

/** 量化指标完成情况: each confirmed target with its latest actual, progress and light. */
const targetTable = (bulletin: ProgressBulletin): BulletinTable => ({
  columns: [
    column("序号", 14),
    column("指标", 24, "justify"),
    column("目标", 15),
    column("最新实际值（日期）", 21),
    column("完成进度", 13),
    column("灯", 9),
  ],
  rows: bulletin.targets.map((line) =>
    [
      line.ref,
      line.subject,
      targetGoalText(line),
      targetActualText(line),
      formatPercent(line.ratio),
      targetLightText(line),
    ].map(cell),
  ),
});

/** The office's five columns, merged as the table export merges them, plus 状态 and 最新进展. */
const progressTable = (bulletin: ProgressBulletin): BulletinTable => {
  const NO_PROGRESS: MilestoneProgress = {
    status: "not_started",
    due: null,
    completedOn: null,
    latest: null,
  };
  return {
    columns: [
      column(PLAN_TABLE_HEADERS[0], 7),
      column(PLAN_TABLE_HEADERS[1], 29, "justify"),
      column(PLAN_TABLE_HEADERS[2], 36, "justify"),
      column(PLAN_TABLE_HEADERS[3], 17),
      column(PLAN_TABLE_HEADERS[4], 12),
      column("状态", 14),
      column("最新进展", 28, "justify"),
    ],
    rows: planTableRows(bulletin).map((row) => {
      const texts = rowTexts(row);
      const progress =
        row.milestone === null ? null : (bulletin.progress.get(row.milestone) ?? NO_PROGRESS);
      const taskCell = (text: string | null): TableCellText => ({
        lines: text === null || text === "" ? [] : [text],
        merge: row.taskMerge,
      });
      return [
        taskCell(texts.serial),
        taskCell(texts.task),
        cell(texts.milestone),
        { lines: texts.units ?? [], merge: row.unitsMerge },
        cell(texts.deadline),
        cell(progress === null ? "" : progressStatusText(progress, bulletin.asOf)),
        cell(progress === null ? "" : latestProgressText(progress)),
      ];
    }),
  };
};

/** A section's table, or a sentence saying there is nothing to list. */
const listed = (heading: string, table: BulletinTable, none: string): BulletinSection =>
  table.rows.length === 0 ? { heading, text: none } : { heading, table };

export const bulletinTables = (bulletin: ProgressBulletin): BulletinLayout => ({
  sections: [
    { heading: "一、总体情况", text: bulletin.summary },
    listed("二、各单位推进情况", unitTable(bulletin), "无牵头节点计划。"),
    listed(
      "三、逾期节点计划",
      milestoneTable(bulletin.overdue, "逾期天数", (days) => `${String(days)}天`),
      "无逾期节点计划。",
    ),
    listed(
      "四、即将到期节点计划",
      milestoneTable(bulletin.dueSoon, "剩余时间", (days) =>
        days === 0 ? "今日到期" : `${String(days)}天`,
      ),
      "无即将到期节点计划。",
    ),
    listed("五、领导批示办理情况", instructionTable(bulletin), "无未办结的领导批示。"),
    listed("六、量化指标完成情况", targetTable(bulletin), "无已确认的量化指标。"),
  ],
  annex: {
    label: "附件",
    title: "重点工作任务进展情况表",
    table: progressTable(bulletin),
  },
});
