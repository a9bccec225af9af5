import type { IsoDate } from "../domain/iso-date.js";
import { lightReasonText, type LightReason } from "../domain/light-reason.js";
import type { Light, MilestoneStatus } from "../domain/milestone-status.js";
import { csvText } from "./csv-text.js";

/** One milestone with its status as of a day: a row of the CSV, an item of the JSON. */
export interface MilestoneDataRow {
  readonly id: number;
  readonly taskNo: number | null;
  /** 序号 as the table writes it ("202", "一"). */
  readonly taskLabel: string;
  readonly task: string;
  readonly seq: number | null;
  readonly text: string;
  readonly leadUnits: readonly string[];
  /** Cooperating units and those named in other roles, in the table's order. */
  readonly otherUnits: readonly string[];
  /** 完成时限 exactly as the table wrote it. */
  readonly deadline: string;
  /** The due date in force on the day: an approved extension's, else the deadline's next. */
  readonly due: IsoDate | null;
  readonly status: MilestoneStatus;
  readonly light: Light;
  readonly lightReason: LightReason;
  readonly completedOn: IsoDate | null;
  /** The lead unit's latest progress report up to the day. */
  readonly latestProgress: { readonly text: string; readonly on: IsoDate } | null;
}

/** The JSON export (docs/EXPORTS.md): stable names, fields only ever added. */
export interface MilestoneDataJson {
  readonly format: "duban.milestones";
  readonly formatVersion: 1;
  readonly plan: { readonly id: number; readonly title: string; readonly revision: number };
  /** The unit whose part this is; null for the plan (or the part the caller may see). */
  readonly unit: string | null;
  readonly asOf: IsoDate;
  readonly milestones: readonly MilestoneDataRow[];
}

/** Statuses as offices write them. */
export const STATUS_TEXT: Readonly<Record<MilestoneStatus, string>> = {
  done: "已完成",
  overdue: "逾期",
  due_soon: "临期",
  in_progress: "推进中",
  not_started: "未启动",
};

const LIGHT_TEXT: Readonly<Record<Light, string>> = { red: "红灯", yellow: "黄灯", green: "绿灯" };

export const MILESTONE_CSV_HEADER = [
  "序号",
  "工作任务",
  "节点序号",
  "节点计划",
  "牵头单位",
  "其他责任单位",
  "完成时限",
  "当前到期日",
  "状态",
  "亮灯",
  "亮灯原因",
  "完成日期",
  "最新进展",
  "进展日期",
] as const;

const csvRow = (row: MilestoneDataRow): string[] => [
  row.taskLabel !== "" ? row.taskLabel : row.taskNo === null ? "" : String(row.taskNo),
  row.task,
  row.seq === null ? "" : String(row.seq),
  row.text,
  row.leadUnits.join("、"),
  row.otherUnits.join("、"),
  row.deadline,
  row.due ?? "",
  STATUS_TEXT[row.status],
  LIGHT_TEXT[row.light],
  lightReasonText(row.lightReason),
  row.completedOn ?? "",
  row.latestProgress?.text ?? "",
  row.latestProgress?.on ?? "",
];

/** The milestones as a CSV table with a Chinese header, one milestone a row. */
export const milestoneDataCsv = (rows: readonly MilestoneDataRow[]): string =>
  csvText([[...MILESTONE_CSV_HEADER], ...rows.map(csvRow)]);
