import { describe, expect, it } from "vitest";
import {
  sameInitialProgress,
  statesProgress,
  withoutInitialProgress,
} from "../../src/domain/initial-progress.js";
import type { InitialProgress, Plan } from "../../src/domain/plan.js";

const planStating = (...progress: (readonly InitialProgress[])[]): Plan => ({
  title: "2022年市政府重点工作任务分解表",
  subtitle: null,
  year: 2022,
  issuer: "市政府",
  ownerUnit: null,
  headerCounts: null,
  columns: [],
  tasks: [
    {
      no: 1,
      label: "1",
      title: "推进数据共享",
      leadUnits: ["市统计局"],
      cooperatingUnits: [],
      otherRoles: [],
      persons: [],
      outline: [],
      remarks: {},
      milestones: progress.map((initialProgress, i) => ({
        seq: i + 1,
        text: `步骤${i + 1}`,
        responsibilities: [{ unit: "市统计局", role: "lead" }],
        persons: [],
        deadline: { kind: "none" },
        remarks: {},
        initialProgress,
      })),
    },
  ],
});

const said = (text: string): InitialProgress[] => [{ header: "进展情况", text }];

describe("initial progress beside the plan", () => {
  it("tells whether a document stated any progress", () => {
    expect(statesProgress(planStating([], said("已启动")))).toBe(true);
    expect(statesProgress(planStating([], []))).toBe(false);
  });

  it("compares the progress of each milestone in order", () => {
    const q1 = planStating(said("已启动"), []);
    expect(sameInitialProgress(q1, planStating(said("已启动"), []))).toBe(true);
    expect(sameInitialProgress(q1, planStating(said("已完成"), []))).toBe(false);
    expect(sameInitialProgress(q1, planStating([], said("已启动")))).toBe(false);
    expect(sameInitialProgress(q1, planStating(said("已启动")))).toBe(false);
  });

  it("leaves the plan without it", () => {
    expect(withoutInitialProgress(planStating(said("已启动"), said("未启动")))).toEqual(
      planStating([], []),
    );
  });
});
