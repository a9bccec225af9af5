import { describe, expect, it } from "vitest";
import { applyCorrections, type PlanCorrection } from "../../src/domain/plan-corrections.js";
import type { Milestone, Plan, Task } from "../../src/domain/plan.js";

const milestone = (seq: number | null, text: string, units: string[]): Milestone => ({
  seq,
  text,
  responsibilities: units.map((unit, i) => ({ unit, role: i === 0 ? "lead" : "cooperating" })),
  persons: [],
  initialProgress: [],
  deadline: { kind: "none" },
  remarks: {},
});

const task = (label: string, title: string, milestones: Milestone[], outline = ["一"]): Task => ({
  no: null,
  label,
  title,
  leadUnits: ["市科技局"],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: outline.map((l, i) => ({ label: l, title: `标题${l}`, level: i + 1 })),
  remarks: {},
  milestones,
});

const plan: Plan = {
  title: "2026年重点工作任务分解表",
  subtitle: null,
  year: 2026,
  issuer: null,
  ownerUnit: null,
  headerCounts: null,
  columns: [],
  tasks: [
    task("1", "推进科技创新", [
      milestone(1, "制定方案", ["市科技局"]),
      milestone(2, "组织实施", ["市科技局", "市财政局"]),
    ]),
    task("1", "优化营商环境", [milestone(null, "开展评估", ["市发展改革委"])], ["二"]),
  ],
};

const firstTask = { label: "1", outline: ["一"], title: "推进科技创新" };

describe("applyCorrections", () => {
  it("gives a task new lead and cooperating units", () => {
    const result = applyCorrections(
      plan,
      [
        {
          kind: "task",
          task: firstTask,
          leadUnits: [" 市科技局 ", "市工业和信息化局", "市科技局"],
          cooperatingUnits: ["市财政局", ""],
        },
      ],
      "plan.docx",
    );
    expect(result.applied).toBe(1);
    expect(result.diagnostics).toEqual([]);
    expect(result.plan.tasks[0]?.leadUnits).toEqual(["市科技局", "市工业和信息化局"]);
    expect(result.plan.tasks[0]?.cooperatingUnits).toEqual(["市财政局"]);
    expect(result.plan.tasks[1]).toBe(plan.tasks[1]);
  });

  it("gives a milestone new responsibilities, leads first, and a deadline read in the plan's year", () => {
    const result = applyCorrections(
      plan,
      [
        {
          kind: "milestone",
          task: firstTask,
          milestone: { seq: 2, position: 2, text: "组织实施" },
          responsibilities: [
            { unit: "市统计局", role: "other", roleLabel: "数据提供单位" },
            { unit: "市财政局", role: "lead" },
            { unit: "市税务局", role: "cooperating" },
          ],
          deadline: "6月底前",
        },
      ],
      "plan.docx",
    );
    const corrected = result.plan.tasks[0]?.milestones[1];
    expect(corrected?.responsibilities).toEqual([
      { unit: "市财政局", role: "lead" },
      { unit: "市统计局", role: "other", roleLabel: "数据提供单位" },
      { unit: "市税务局", role: "cooperating" },
    ]);
    expect(corrected?.deadline).toEqual({
      kind: "period_end",
      text: "6月底前",
      period: "month",
      date: "2026-06-30",
    });
    expect(result.plan.tasks[0]?.milestones[0]).toBe(plan.tasks[0]?.milestones[0]);
  });

  it("finds an unnumbered milestone by its place and tells tasks of the same label apart by outline", () => {
    const result = applyCorrections(
      plan,
      [
        {
          kind: "milestone",
          task: { label: "1", outline: ["二"], title: "优化营商环境" },
          milestone: { seq: null, position: 1, text: "开展 评估" },
          deadline: "第三季度",
        },
      ],
      "plan.docx",
    );
    expect(result.applied).toBe(1);
    expect(result.plan.tasks[1]?.milestones[0]?.deadline).toMatchObject({ date: "2026-09-30" });
    expect(result.plan.tasks[0]).toBe(plan.tasks[0]);
  });

  it("warns, and changes nothing, when the file no longer has the target", () => {
    const stale: PlanCorrection[] = [
      {
        kind: "task",
        task: { ...firstTask, title: "推进科技创新和人才工作" },
        leadUnits: ["市人社局"],
      },
      {
        kind: "milestone",
        task: firstTask,
        milestone: { seq: 3, position: 3, text: "总结评估" },
        deadline: "年底前",
      },
      {
        kind: "milestone",
        task: firstTask,
        milestone: { seq: 1, position: 1, text: "制定实施方案" },
        deadline: "年底前",
      },
    ];
    const result = applyCorrections(plan, stale, "plan.docx");
    expect(result.applied).toBe(0);
    expect(result.plan).toBe(plan);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "correction.task_not_found"],
      ["warning", "correction.milestone_not_found"],
      ["warning", "correction.milestone_not_found"],
    ]);
    expect(result.diagnostics[0]?.location).toEqual({
      file: "plan.docx",
      field: "corrections",
      text: "一 › 1 推进科技创新和人才工作",
    });
    expect(result.diagnostics[1]?.message.zh).toContain("（3） 总结评估");
  });

  it("refuses a corrected deadline it cannot read, with the reason", () => {
    const result = applyCorrections(
      plan,
      [
        {
          kind: "milestone",
          task: firstTask,
          milestone: { seq: 1, position: 1, text: "制定方案" },
          deadline: "尽快",
        },
      ],
      "plan.docx",
    );
    expect(result.applied).toBe(0);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      severity: "error",
      code: "correction.deadline_unreadable",
    });
    expect(result.diagnostics[0]?.message.zh).toContain("尽快");
  });

  it("applies corrections in order, a later one over an earlier one", () => {
    const result = applyCorrections(
      plan,
      [
        { kind: "task", task: firstTask, leadUnits: ["市财政局"] },
        { kind: "task", task: firstTask, leadUnits: ["市审计局"] },
      ],
      "plan.docx",
    );
    expect(result.applied).toBe(2);
    expect(result.plan.tasks[0]?.leadUnits).toEqual(["市审计局"]);
    expect(result.plan.tasks[0]?.cooperatingUnits).toEqual([]);
  });
});
