import type { Milestone } from "../../src/domain/plan.js";
import type { MilestoneProgress, ProgressBulletin } from "../../src/domain/progress-bulletin.js";
import { testMilestone, testTask } from "./plan-builder.js";

/**
 * A small bulletin written out by hand, for the exporters: three units in
 * their ranked order (so a file's order can only come from the model's), an
 * overdue milestone, an answered instruction, no milestone due soon, and a
 * two-task progress table whose first task spans two rows.
 */

const lead = (unit: string) => ({ unit, role: "lead" as const });
const cooperating = (unit: string) => ({ unit, role: "cooperating" as const });
const due = (text: string, date: string) => ({ kind: "date" as const, text, date });

const first = testMilestone({
  seq: 1,
  text: "制定工作方案。",
  responsibilities: [lead("市科技局"), cooperating("市税务局")],
  deadline: due("3月31日", "2022-03-31"),
});
const second = testMilestone({
  seq: 2,
  text: "组织企业申报。",
  responsibilities: [lead("市科技局"), cooperating("市税务局")],
  deadline: due("6月30日", "2022-06-30"),
});
const third = testMilestone({
  text: "建成公共服务平台。",
  responsibilities: [lead("市工业和信息化局")],
  deadline: due("12月15日", "2022-12-15"),
});
const tasks = [
  testTask({
    no: 202,
    label: "202",
    title: "高新技术企业突破2300家。",
    leadUnits: ["市科技局"],
    milestones: [first, second],
  }),
  testTask({ no: 210, label: "210", title: "推动公共技术服务平台建设。", milestones: [third] }),
];
const progress = new Map<Milestone, MilestoneProgress>([
  [
    first,
    {
      status: "overdue",
      due: "2022-03-31",
      completedOn: null,
      latest: { on: "2022-03-24", text: "方案已起草。" },
    },
  ],
  [second, { status: "done", due: "2022-06-30", completedOn: "2022-05-19", latest: null }],
  [third, { status: "not_started", due: "2022-12-15", completedOn: null, latest: null }],
]);

export const BULLETIN: ProgressBulletin = {
  title: "2022年重点工作任务进展情况通报（截至6月30日）",
  period: "2022年第二季度",
  asOf: "2022-06-30",
  unit: null,
  summary: "截至6月30日，2项重点工作任务中已完成0项，正在推进1项，逾期1项。",
  units: [
    { unit: "市审计局", responsible: 2, done: 2, onTime: 1, overdue: 0, completionRate: 1 },
    { unit: "市科技局", responsible: 2, done: 1, onTime: 1, overdue: 1, completionRate: 0.5 },
    { unit: "市工业和信息化局", responsible: 1, done: 0, onTime: 0, overdue: 0, completionRate: 0 },
  ],
  overdue: [
    { ref: "202（1）", text: "制定工作方案。", units: ["市科技局"], due: "2022-03-31", days: 91 },
  ],
  dueSoon: [],
  instructions: [
    {
      issuedBy: "市长",
      text: "请加快推进。",
      target: "202（1） 制定工作方案。",
      issuedOn: "2022-06-20",
      responseDue: "2022-07-05",
      answeredBy: ["市科技局"],
    },
  ],
  targets: [
    {
      ref: "202",
      subject: "高新技术企业",
      comparison: "more_than",
      value: 2300,
      low: null,
      high: null,
      unitOfMeasure: "家",
      latest: { value: 2350, asOf: "2022-06-30" },
      ratio: 2350 / 2300,
      light: "green",
    },
    {
      ref: "202（5）",
      subject: "创新联合体",
      comparison: "range",
      value: null,
      low: 20,
      high: 30,
      unitOfMeasure: "家",
      latest: null,
      ratio: null,
      light: null,
    },
  ],
  tasks,
  progress,
};
