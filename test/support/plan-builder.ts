import type { Milestone, Plan, Task } from "../../src/domain/plan.js";

/**
 * Plans written for a test: what the test is about is given, the rest is
 * the plainest value (a master plan of 2022, no persons, no remarks).
 */

export const testMilestone = (fields: Partial<Milestone> = {}): Milestone => ({
  seq: null,
  text: "推进工作。",
  responsibilities: [],
  persons: [],
  deadline: { kind: "none" },
  remarks: {},
  initialProgress: [],
  ...fields,
});

export const testTask = (fields: Partial<Task> = {}): Task => ({
  no: 1,
  label: "1",
  title: "推进数据共享",
  leadUnits: [],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  milestones: [],
  remarks: {},
  ...fields,
});

export const testPlan = (tasks: readonly Task[], fields: Partial<Plan> = {}): Plan => ({
  title: "2022年市政府重点工作任务分解表",
  subtitle: null,
  year: 2022,
  issuer: "市政府",
  ownerUnit: null,
  headerCounts: null,
  columns: [],
  tasks,
  ...fields,
});
