import type { IsoDate } from "../../domain/iso-date.js";
import type { DemoUsername } from "./demo-accounts.js";

/** A milestone as the table numbers it, 序号（节点）: "207（1）" is task 207's step (1). */
export type MilestoneRef = `${number}（${number}）`;
/** A task by its 序号: "207". */
export type TaskRef = `${number}`;
export type Ref = MilestoneRef | TaskRef;

/** What one person does, on milestones unless the action also takes tasks. */
export type DemoAction =
  | { readonly do: "acknowledge" }
  | { readonly do: "report"; readonly text: string; readonly percent: number | null }
  | { readonly do: "declare_completion"; readonly completedOn: IsoDate; readonly text: string }
  | { readonly do: "request_extension"; readonly newDue: IsoDate; readonly reason: string }
  | { readonly do: "approve_completion" | "approve_extension" }
  | { readonly do: "return_completion" | "reject_extension"; readonly comment: string }
  /** The office marks a milestone or a task for focus (重点关注). */
  | { readonly do: "focus" }
  /** The office enters a leader's instruction (批示) on a milestone or a task. */
  | {
      readonly do: "instruct";
      readonly issuedBy: string;
      readonly text: string;
      readonly responseDue: IsoDate;
    }
  /** A unit answers the open instruction on the milestone or task; the office closes it. */
  | { readonly do: "answer"; readonly text: string }
  | { readonly do: "close_instruction" }
  /** The office confirms the targets read from the milestone's or task's own words. */
  | { readonly do: "confirm_targets" }
  /** The lead unit reports the value reached for the target read from `words`. */
  | {
      readonly do: "report_actual";
      readonly words: string;
      readonly value: number;
      readonly asOf: IsoDate;
      readonly source: string;
    };

/** On an office day, one person does one thing to each of the milestones (or tasks) named. */
export type DemoStep = {
  readonly on: IsoDate;
  readonly by: DemoUsername;
  readonly at: Ref | readonly Ref[];
} & DemoAction;

/** When the reference plan reached Duban: the first working day of 2022 (1–3 January were off). */
export const DEMO_PLAN_PUBLISHED = new Date("2022-01-04T09:00:00+08:00");

/** The demo's moment: the end of the half-year played below, 9 o'clock in the office. */
export const DEMO_MOMENT = new Date("2022-06-30T09:00:00+08:00");
export const DEMO_AS_OF: IsoDate = "2022-06-30";

/** The figures 市科技局 reports at a quarter's end on a confirmed target. */
const actual = (
  on: IsoDate,
  at: Ref,
  words: string,
  value: number,
  asOf: IsoDate,
  source: string,
): DemoStep => ({ on, by: "kjj.staff", at, do: "report_actual", words, value, asOf, source });

/** The milestones 市科技局 reports on every month, through the half-year. */
const EVERY_MONTH: readonly MilestoneRef[] = [
  "202（2）",
  "202（3）",
  "202（4）",
  "202（5）",
  "203（1）",
  "203（2）",
  "204（3）",
  "205（1）",
  "205（3）",
  "205（4）",
  "206（1）",
  "206（3）",
  "206（4）",
  "206（5）",
  "207（2）",
  "208（1）",
  "208（2）",
  "209（1）",
  "209（2）",
  "211（1）",
  "212（1）",
  "212（2）",
  "212（3）",
];

/** Work finished (or due) in the spring, reported on until it was. */
const SPRING: readonly MilestoneRef[] = [
  "202（1）",
  "204（1）",
  "204（2）",
  "205（2）",
  "206（2）",
];

/** Reported on until April, then forgotten: their June report is missing. */
const HONG_KONG: readonly MilestoneRef[] = ["213（1）", "213（2）", "213（3）"];

/** Never acknowledged nor reported: 75（5）, 210 and 228（4）; 205（5）–（7） are acknowledged only. */
const ACKNOWLEDGED: readonly MilestoneRef[] = [
  ...EVERY_MONTH,
  ...SPRING,
  ...HONG_KONG,
  "205（5）",
  "205（6）",
  "205（7）",
  "207（1）",
];

const monthly = (text: string) => ({ do: "report", text, percent: null }) as const;

/**
 * The first half of 2022 on the reference plan, as the people of the demo
 * lived it. As of 30 June it leaves: 204（1） and 204（2） overdue (one
 * extension refused, one completion returned); 203（1）, 205（1） (completion
 * waiting for review), 206（4） (extension waiting) and 207（1） due that very
 * day; 206（3） extended to September; 202（1）, 205（2）, 206（2） done; the
 * Hong Kong milestones and the never-reported ones missing June's report;
 * the rest reported every month. Its targets (量化指标), confirmed in
 * January, stand as of 30 June: 高新技术企业 on course (green), 省级以上科创平台
 * short of its pace (yellow), the research spending's share behind (red), the
 * others not reported yet. Every day is a working day (checked).
 */
export const HALF_YEAR: readonly DemoStep[] = [
  { on: "2022-01-05", by: "kjj.staff", at: ACKNOWLEDGED, do: "acknowledge" },
  {
    on: "2022-01-06",
    by: "office",
    at: ["202", "202（5）", "204", "206", "206（5）", "209（2）"],
    do: "confirm_targets",
  },

  // January and February: everything under way.
  {
    on: "2022-01-24",
    by: "kjj.staff",
    at: [...EVERY_MONTH, "207（1）", ...SPRING, ...HONG_KONG],
    ...monthly("已制定年度工作方案，明确责任科室、时间节点和工作措施。"),
  },
  {
    on: "2022-02-24",
    by: "kjj.staff",
    at: [...EVERY_MONTH, "207（1）", ...SPRING, ...HONG_KONG],
    ...monthly("按工作方案推进，已召开专题会议部署落实。"),
  },

  // March: a leader's instruction on the neutrino station, a plan finished early, an extension refused.
  { on: "2022-03-08", by: "office", at: "207（1）", do: "focus" },
  {
    on: "2022-03-08",
    by: "office",
    at: "207",
    do: "instruct",
    issuedBy: "分管副市长",
    text: "中微子实验站是国家重大科技基础设施，请全力做好设备安装保障，确保按期完成。",
    responseDue: "2022-03-18",
  },
  {
    on: "2022-03-10",
    by: "swj.staff",
    at: "202（1）",
    do: "report",
    text: "已梳理研发费用加计扣除等税收优惠政策要点，提供宣讲课件。",
    percent: null,
  },
  {
    on: "2022-03-14",
    by: "kjj.leader",
    at: "207",
    do: "answer",
    text: "已成立工作专班，每周赴现场协调，不锈钢主结构安装进度达70%。",
  },
  {
    on: "2022-03-15",
    by: "kjj.leader",
    at: "206（2）",
    do: "declare_completion",
    completedOn: "2022-03-14",
    text: "《打好“院士牌”三年行动方案》已印发实施。",
  },
  { on: "2022-03-17", by: "office", at: "206（2）", do: "approve_completion" },
  { on: "2022-03-21", by: "office", at: "207", do: "close_instruction" },
  {
    on: "2022-03-24",
    by: "kjj.staff",
    at: [...EVERY_MONTH, "207（1）", "202（1）", "204（1）", "204（2）", "205（2）", ...HONG_KONG],
    ...monthly("一季度工作按计划推进，阶段性任务基本完成。"),
  },
  {
    on: "2022-03-25",
    by: "kjj.leader",
    at: "204（1）",
    do: "request_extension",
    newDue: "2022-06-30",
    reason: "研发经费统计口径调整，需待省统计局反馈后落实。",
  },
  {
    on: "2022-03-28",
    by: "office",
    at: "204（1）",
    do: "reject_extension",
    comment: "考核指标时限由市政府确定，不予延期，请加快推进。",
  },

  actual("2022-04-08", "202", "2300家", 2050, "2022-03-31", "省科技厅高新技术企业认定名单"),
  actual("2022-04-08", "206", "530家", 480, "2022-03-31", "省级以上科创平台统计台账"),
  actual("2022-04-08", "204", "2.7%", 2.1, "2022-03-31", "市统计局季度研发经费快报"),

  // April: the training done and approved; the statistics training returned for its evidence.
  {
    on: "2022-04-12",
    by: "kjj.staff",
    at: "202（1）",
    do: "report",
    text: "联合市税务局举办高新技术企业政策宣讲及实务培训3场，培训企业400余家。",
    percent: 90,
  },
  {
    on: "2022-04-15",
    by: "kjj.leader",
    at: "202（1）",
    do: "declare_completion",
    completedOn: "2022-04-14",
    text: "政策宣讲及实务培训已全部完成。",
  },
  { on: "2022-04-18", by: "office", at: "202（1）", do: "approve_completion" },
  {
    on: "2022-04-22",
    by: "kjj.staff",
    at: [...EVERY_MONTH, "207（1）", "204（2）", "205（2）", ...HONG_KONG],
    ...monthly("持续推进，本月无新增困难和问题。"),
  },
  {
    on: "2022-04-27",
    by: "kjj.leader",
    at: "204（2）",
    do: "declare_completion",
    completedOn: "2022-04-26",
    text: "已开展研发经费统计培训2期。",
  },
  {
    on: "2022-04-28",
    by: "office",
    at: "204（2）",
    do: "return_completion",
    comment: "缺少培训签到表和现场照片，请补充后重新报送。",
  },

  // May: the contest plan done.
  {
    on: "2022-05-20",
    by: "kjj.leader",
    at: "205（2）",
    do: "declare_completion",
    completedOn: "2022-05-19",
    text: "2022年“科技杯”大赛方案已经局党组会审议通过并印发。",
  },
  { on: "2022-05-23", by: "office", at: "205（2）", do: "approve_completion" },
  {
    on: "2022-05-24",
    by: "kjj.staff",
    at: [...EVERY_MONTH, "207（1）", "204（2）"],
    ...monthly("按计划推进，已梳理下一阶段工作重点。"),
  },

  // June: extensions, the mayor on the research spending, the month's reports, a completion to review.
  {
    on: "2022-06-13",
    by: "kjj.leader",
    at: "206（3）",
    do: "request_extension",
    newDue: "2022-09-30",
    reason: "受疫情防控影响，院士恳谈会需延期至三季度举办。",
  },
  { on: "2022-06-15", by: "office", at: "206（3）", do: "approve_extension" },
  { on: "2022-06-20", by: "office", at: "204", do: "focus" },
  {
    on: "2022-06-20",
    by: "office",
    at: "204（1）",
    do: "instruct",
    issuedBy: "市长",
    text: "研发经费投入强度是考核硬指标，请市科技局说明滞后原因，提出整改措施。",
    responseDue: "2022-07-05",
  },
  {
    on: "2022-06-22",
    by: "kjj.leader",
    at: "206（4）",
    do: "request_extension",
    newDue: "2022-08-31",
    reason: "铜像基座施工受雨季影响，需顺延工期。",
  },
  {
    on: "2022-06-23",
    by: "kjj.staff",
    at: [...EVERY_MONTH, "204（2）"],
    ...monthly("上半年工作按计划推进，下半年将加快落实。"),
  },
  {
    on: "2022-06-23",
    by: "kjj.staff",
    at: "207（1）",
    do: "report",
    text: "不锈钢主结构安装已完成，有机玻璃球升降平台正在调试，预计6月底完成。",
    percent: 95,
  },
  {
    on: "2022-06-27",
    by: "kjj.leader",
    at: "205（1）",
    do: "declare_completion",
    completedOn: "2022-06-27",
    text: "第一批“揭榜挂帅”题目已于6月27日向社会发布征集。",
  },
  actual("2022-06-28", "202", "2300家", 2200, "2022-06-24", "省科技厅高新技术企业认定名单"),
  actual("2022-06-28", "206", "530家", 490, "2022-06-24", "省级以上科创平台统计台账"),
  actual("2022-06-28", "204", "2.7%", 2.2, "2022-06-24", "市统计局季度研发经费快报"),
];
