import { describe, expect, it } from "vitest";
import {
  sameInitialProgress,
  statesProgress,
  withoutInitialProgress,
} from "../../src/domain/initial-progress.js";
import type { InitialProgress, Plan } from "../../src/domain/plan.js";
import { testMilestone, testPlan, testTask } from "../support/plan-builder.js";

const planStating = (...progress: (readonly InitialProgress[])[]): Plan =>
  testPlan([
    testTask({
      leadUnits: ["市统计局"],
      milestones: progress.map((initialProgress, i) =>
        testMilestone({
          seq: i + 1,
          text: `步骤${i + 1}`,
          responsibilities: [{ unit: "市统计局", role: "lead" }],
          initialProgress,
        }),
      ),
    }),
  ]);

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
