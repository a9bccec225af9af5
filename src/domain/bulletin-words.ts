import { lastDayOfMonth, type IsoDate } from "./iso-date.js";
import { lightReason, lightReasonText } from "./light-reason.js";
import type { BulletinTargetLine, MilestoneProgress } from "./progress-bulletin.js";
import type { StatusRollup } from "./status-rollup.js";
import { COMPARISON_WORDS } from "./target.js";
import type { TaskStatusCounts } from "./task-status.js";

/**
 * The words of a progress bulletin, as supervision offices write them.
 * Percentages carry one decimal, dropped when it is 0 ("7.9%", "100%").
 */

/** "6月30日": the day as the documents write it, without leading zeros. */
export const chineseDay = (day: IsoDate): string =>
  `${String(Number(day.slice(5, 7)))}月${String(Number(day.slice(8, 10)))}日`;

/** "7.9%", "50%"; a dash for a rate that does not exist (nothing to count). */
export const formatPercent = (rate: number | null): string => {
  if (rate === null) return "—";
  const tenths = Math.round(rate * 1000);
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)}%`;
};

const QUARTERS = ["第一季度", "第二季度", "第三季度", "全年"] as const;

/**
 * The period a bulletin on this day reports: the quarter (the year at its
 * end) when the day closes one, the month when it closes a month, otherwise
 * none (the title's "截至…" says enough).
 */
export const bulletinPeriod = (asOf: IsoDate): string | null => {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  if (asOf !== lastDayOfMonth(year, month)) return null;
  const quarter = month % 3 === 0 ? QUARTERS[month / 3 - 1] : undefined;
  return `${String(year)}年${quarter ?? `${String(month)}月份`}`;
};

/** "2022年市科技局重点工作任务进展情况通报（截至6月30日）". */
export const bulletinTitle = (year: number, subject: string | null, asOf: IsoDate): string =>
  `${String(year)}年${subject ?? ""}重点工作任务进展情况通报（截至${chineseDay(asOf)}）`;

export interface SummaryFigures {
  readonly asOf: IsoDate;
  /** The unit a unit's bulletin is about; null for the whole plan. */
  readonly unit: string | null;
  readonly tasks: TaskStatusCounts;
  /** The plan's milestones, or those the unit leads. */
  readonly milestones: StatusRollup;
  /** For a unit: the milestones it cooperates on. */
  readonly cooperating: number | null;
  readonly openInstructions: number;
}

/**
 * "截至6月30日，14项重点工作任务中已完成0项，正在推进13项，逾期1项；38个节点计划中
 * 已完成3个，正在推进23个，即将到期4个，逾期2个，未启动6个，完成率7.9%，按时完成率100%。"
 */
export const summaryText = (figures: SummaryFigures): string => {
  const { tasks, milestones } = figures;
  const c = milestones.counts;
  const holder = figures.unit === null ? "" : `${figures.unit}承担的`;
  const leader = figures.unit === null ? "" : "牵头的";
  const rates = [`完成率${formatPercent(milestones.completionRate ?? 0)}`];
  if (milestones.onTimeRate !== null) {
    rates.push(`按时完成率${formatPercent(milestones.onTimeRate)}`);
  }
  const sentences = [
    `截至${chineseDay(figures.asOf)}，${holder}${String(tasks.total)}项重点工作任务中` +
      `已完成${String(tasks.done)}项，正在推进${String(tasks.inProgress)}项，逾期${String(tasks.overdue)}项；` +
      `${leader}${String(milestones.total)}个节点计划中已完成${String(c.done)}个，` +
      `正在推进${String(c.inProgress)}个，即将到期${String(c.dueSoon)}个，逾期${String(c.overdue)}个，` +
      `未启动${String(c.notStarted)}个，${rates.join("，")}。`,
  ];
  if (figures.cooperating !== null && figures.cooperating > 0) {
    sentences.push(`另配合推进节点计划${String(figures.cooperating)}个。`);
  }
  if (figures.openInstructions > 0) {
    sentences.push(`领导批示尚未办结${String(figures.openInstructions)}件。`);
  }
  return sentences.join("");
};

/**
 * 状态 in the progress table, in the words of the dashboard and the CSV export:
 * "已完成（4月14日）", "逾期91天", "临期（还剩5天）", "推进中", "未启动".
 */
export const progressStatusText = (progress: MilestoneProgress, asOf: IsoDate): string => {
  switch (progress.status) {
    case "done":
      return progress.completedOn === null
        ? "已完成"
        : `已完成（${chineseDay(progress.completedOn)}）`;
    case "overdue":
    case "due_soon":
      return lightReasonText(lightReason({ ...progress, reportMissing: false }, asOf));
    case "in_progress":
      return "推进中";
    case "not_started":
      return "未启动";
  }
};

/** 最新进展: the latest report's text with its day, "…（6月23日）". */
export const latestProgressText = (progress: MilestoneProgress): string =>
  progress.latest === null
    ? ""
    : `${progress.latest.text}（${chineseDay(progress.latest.on)}报送）`;

/** 目标: "超过2300家", "不少于2.7%", "20～30家" (the comparison words of `duban targets`). */
export const targetGoalText = (line: BulletinTargetLine): string =>
  line.comparison === "range"
    ? `${String(line.low)}～${String(line.high)}${line.unitOfMeasure}`
    : `${COMPARISON_WORDS[line.comparison].zh}${String(line.value)}${line.unitOfMeasure}`;

/** 最新实际值（日期）: "2350家（6月30日）", or "尚未报送". */
export const targetActualText = ({ latest, unitOfMeasure }: BulletinTargetLine): string =>
  latest === null
    ? "尚未报送"
    : `${String(latest.value)}${unitOfMeasure}（${chineseDay(latest.asOf)}）`;

/** 灯: the light's name, or a dash while nothing is reported. */
export const targetLightText = ({ light }: BulletinTargetLine): string =>
  light === null ? "—" : { red: "红灯", yellow: "黄灯", green: "绿灯" }[light];
