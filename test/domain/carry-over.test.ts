import { describe, expect, it } from "vitest";
import {
  carriedDeadline,
  carriedTitle,
  carryOver,
  shiftYears,
} from "../../src/domain/carry-over.js";
import { referencePlan } from "../support/reference-plan.js";

describe("the deadline rule of next year's plan", () => {
  it("moves a due date before the new year into it, a month's last day staying the last", () => {
    expect(shiftYears("2022-06-30", 1)).toBe("2023-06-30");
    expect(shiftYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftYears("2023-02-28", 1)).toBe("2024-02-29");
    expect(shiftYears("2023-02-27", 1)).toBe("2024-02-27");
  });

  it("moves dates and period ends with the years their text writes; a date in the new year stays", () => {
    expect(
      carriedDeadline({ kind: "date", text: "2022年6月15日", date: "2022-06-15" }, 2023),
    ).toEqual({ kind: "date", text: "2023年6月15日", date: "2023-06-15" });
    expect(
      carriedDeadline(
        { kind: "period_end", text: "6月底前", period: "month", date: "2022-06-30", event: "动工" },
        2023,
      ),
    ).toEqual({
      kind: "period_end",
      text: "6月底前",
      period: "month",
      date: "2023-06-30",
      event: "动工",
    });
    expect(
      carriedDeadline(
        {
          kind: "period_end",
          text: "2021—2022年",
          period: "year",
          date: "2022-12-31",
          start: "2021-01-01",
        },
        2024,
      ),
    ).toEqual({
      kind: "period_end",
      text: "2023—2024年",
      period: "year",
      date: "2024-12-31",
      start: "2023-01-01",
    });
    const later = {
      kind: "period_end",
      text: "2022—2023年",
      period: "year",
      date: "2023-12-31",
    } as const;
    expect(carriedDeadline(later, 2023)).toBe(later);
  });

  it("leaves deadlines that name no year as they are", () => {
    for (const deadline of [
      { kind: "recurring", text: "每季度", every: "quarter", day: "end" },
      { kind: "ongoing", text: "长期坚持" },
      { kind: "none" },
    ] as const) {
      expect(carriedDeadline(deadline, 2023)).toBe(deadline);
    }
  });

  it("titles the new plan with the new year", () => {
    expect(carriedTitle("2022年市政府重点工作任务分解表", 2022, 2023)).toBe(
      "2023年市政府重点工作任务分解表",
    );
    expect(carriedTitle("市政府重点工作任务分解表", 2022, 2023)).toBe(
      "2023年市政府重点工作任务分解表",
    );
  });
});

describe("carrying milestones over", () => {
  const ids = referencePlan.tasks.map((task, t) => task.milestones.map((_, m) => t * 100 + m));
  const source = { plan: referencePlan, milestoneIds: ids };

  it("keeps the picked milestones with their tasks, in the old order, and says where each came from", () => {
    const first = referencePlan.tasks.findIndex((task) => task.milestones.length >= 2);
    const later = first + 2;
    const picked = new Set([later * 100, first * 100 + 1, first * 100]);
    const { plan, carried } = carryOver(source, picked, 2023);
    expect(plan.year).toBe(2023);
    expect(plan.title.startsWith("2023年")).toBe(true);
    expect(plan.headerCounts).toBeNull();
    expect(plan.tasks.map((t) => t.no)).toEqual([
      referencePlan.tasks[first]?.no,
      referencePlan.tasks[later]?.no,
    ]);
    expect(plan.tasks[0]?.milestones.map((m) => m.text)).toEqual(
      referencePlan.tasks[first]?.milestones.slice(0, 2).map((m) => m.text),
    );
    expect(carried).toEqual([
      { from: first * 100, taskIndex: 0, milestoneIndex: 0 },
      { from: first * 100 + 1, taskIndex: 0, milestoneIndex: 1 },
      { from: later * 100, taskIndex: 1, milestoneIndex: 0 },
    ]);
    const milestones = plan.tasks.flatMap((t) => t.milestones);
    expect(milestones.every((m) => m.initialProgress.length === 0 && m.source === undefined)).toBe(
      true,
    );
  });

  it("carries no task when nothing is picked", () => {
    expect(carryOver(source, new Set(), 2023).plan.tasks).toEqual([]);
  });
});
