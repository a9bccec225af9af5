import { describe, expect, it } from "vitest";
import type { Deadline } from "../../src/domain/deadline.js";
import { message } from "../../src/domain/message.js";
import {
  stepDeadlineError,
  subPlanDeadlineDiagnostics,
  subPlanFromSteps,
  subStepsAsText,
  type ParentMilestone,
} from "../../src/domain/sub-plan.js";

const due = (date: string): Deadline => ({ kind: "date", text: date, date });
const step = message("第1步", "Step 1");

const parent: ParentMilestone = {
  planYear: 2022,
  planIssuer: "市政府",
  taskTitle: "深入实施科技“双百工程”",
  text: "组织受理各批次的高新技术企业申报。",
  deadline: due("2022-10-31"),
  leadUnit: "市科技局",
};

describe("a sub-plan's deadlines", () => {
  it("takes a step due on or before the parent's day", () => {
    expect(stepDeadlineError(due("2022-10-31"), due("2022-10-31"), step)).toBeNull();
    expect(stepDeadlineError(due("2022-10-31"), due("2022-09-01"), step)).toBeNull();
  });

  it("refuses a later step, naming both days in both languages", () => {
    const error = stepDeadlineError(due("2022-10-31"), due("2022-11-01"), step);
    expect(error?.zh).toBe(
      "第1步的完成时限（2022-11-01）晚于上级节点计划的完成时限（2022-10-31），子计划的完成时限不能晚于上级",
    );
    expect(error?.en).toContain("Step 1's deadline (2022-11-01) is after");
  });

  it("refuses a step without a fixed day under a parent with one", () => {
    const ongoing: Deadline = { kind: "ongoing", text: "长期坚持" };
    expect(stepDeadlineError(due("2022-10-31"), ongoing, step)?.en).toContain("no fixed due day");
    expect(stepDeadlineError(due("2022-10-31"), { kind: "none" }, step)).not.toBeNull();
  });

  it("bounds nothing under a parent without a fixed day", () => {
    const monthly: Deadline = { kind: "recurring", text: "每月", every: "month", day: "end" };
    expect(stepDeadlineError(monthly, due("2030-01-01"), step)).toBeNull();
    expect(stepDeadlineError({ kind: "none" }, { kind: "none" }, step)).toBeNull();
  });
});

describe("a sub-plan made of steps", () => {
  const plan = subPlanFromSteps(parent, [
    { text: "申报辅导", units: ["高新技术科"], dueDate: "2022-09-30" },
    { text: "汇总\t报送", units: ["成果转化科", "高新技术科"], dueDate: "2022-10-31" },
  ]);

  it("is the lead unit's, one task (the parent milestone), the first unit leading each step", () => {
    expect(plan).toMatchObject({
      year: 2022,
      ownerUnit: "市科技局",
      title: "市科技局「组织受理各批次的高新技术企业申报。」子计划",
    });
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.leadUnits).toEqual([]);
    expect(plan.tasks[0]?.milestones[1]?.responsibilities).toEqual([
      { unit: "成果转化科", role: "lead" },
      { unit: "高新技术科", role: "cooperating" },
    ]);
  });

  it("keeps its steps as a table, one line a step", () => {
    expect(subStepsAsText(plan).split("\n")).toEqual([
      "序号\t节点计划\t责任单位\t完成时限",
      "1\t申报辅导\t高新技术科\t2022-09-30",
      "2\t汇总 报送\t成果转化科、高新技术科\t2022-10-31",
    ]);
  });

  it("has a diagnostic at every row of an imported table that runs late", () => {
    const late = subPlanFromSteps(parent, [
      { text: "a", units: ["x"], dueDate: "2022-11-30" },
      { text: "b", units: ["x"], dueDate: "2022-10-01" },
      { text: "c", units: ["x"], dueDate: "2022-12-31" },
    ]);
    const found = subPlanDeadlineDiagnostics(late, parent.deadline, "t.csv");
    expect(found.map((d) => [d.severity, d.code, d.location.text])).toEqual([
      ["error", "sub_plan.deadline", "2022-11-30"],
      ["error", "sub_plan.deadline", "2022-12-31"],
    ]);
  });
});
