import type { Deadline } from "../../src/domain/deadline.js";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";
import expected from "../fixtures/seed-2022-kjj.expected.json" with { type: "json" };

/**
 * The reference table (2022年市政府重点工作任务分解表（市科技局牵头部分）) as a
 * `Plan`, built from the hand-checked expected.json so exporter and generator
 * tests start from the ground truth rather than from an importer under test.
 */

type ExpectedMilestone = (typeof expected.tasks)[number]["milestones"][number];

/** "2022-07-31" → "7月31日", the way the reference table writes its deadlines. */
const deadlineOf = (due: string): Deadline => {
  const [, month, day] = due.split("-").map(Number);
  return { kind: "date", text: `${month ?? ""}月${day ?? ""}日`, date: due };
};

const milestoneOf = (m: ExpectedMilestone): Milestone => ({
  seq: m.seq,
  text: m.text,
  responsibilities: m.units.map((unit, i) => ({
    unit,
    role: i === 0 ? ("lead" as const) : ("cooperating" as const),
  })),
  persons: [],
  initialProgress: [],
  deadline: deadlineOf(m.due),
  remarks: {},
});

const tasks: Task[] = expected.tasks.map((task) => ({
  no: task.no,
  label: String(task.no),
  title: task.title,
  leadUnits: [task.leadUnit],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  milestones: task.milestones.map(milestoneOf),
  remarks: {},
}));

export const referencePlan: Plan = {
  title: expected.title,
  subtitle: expected.subtitle,
  year: expected.year,
  issuer: "市政府",
  ownerUnit: expected.ownerUnit,
  headerCounts: expected.headerCounts,
  columns: expected.columns,
  tasks,
};

/** The numbers the reference states about itself, for assertions. */
export const referenceFacts = {
  taskCount: expected.taskCount,
  milestoneCount: expected.milestoneCount,
  leadTaskNos: expected.leadTaskNos,
  milestoneOnlyTaskNos: expected.milestoneOnlyTaskNos,
} as const;
