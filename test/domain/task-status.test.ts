import { describe, expect, it } from "vitest";
import { countTaskStatuses, taskStatusOf } from "../../src/domain/task-status.js";
import type { StatusCounts } from "../../src/domain/status-rollup.js";

const NONE: StatusCounts = { done: 0, overdue: 0, dueSoon: 0, inProgress: 0, notStarted: 0 };

const rollup = (counts: Partial<StatusCounts>) => {
  const all = { ...NONE, ...counts };
  return { total: Object.values(all).reduce((a, b) => a + b, 0), counts: all };
};

describe("a task's status from its milestones", () => {
  it("is done only when every milestone is done", () => {
    expect(taskStatusOf(rollup({ done: 3 }))).toBe("done");
    expect(taskStatusOf(rollup({ done: 2, notStarted: 1 }))).toBe("in_progress");
  });

  it("is overdue when any milestone is, however many are done", () => {
    expect(taskStatusOf(rollup({ done: 4, overdue: 1 }))).toBe("overdue");
    expect(taskStatusOf(rollup({ overdue: 1, dueSoon: 2 }))).toBe("overdue");
  });

  it("is in progress otherwise, also with nothing to count", () => {
    expect(taskStatusOf(rollup({ dueSoon: 1, inProgress: 1 }))).toBe("in_progress");
    expect(taskStatusOf(rollup({ notStarted: 2 }))).toBe("in_progress");
    expect(taskStatusOf(rollup({}))).toBe("in_progress");
  });

  it("counts tasks by status", () => {
    expect(
      countTaskStatuses([
        rollup({ done: 1 }),
        rollup({ done: 1, overdue: 1 }),
        rollup({ inProgress: 2 }),
        rollup({ notStarted: 1 }),
      ]),
    ).toEqual({ total: 4, done: 1, inProgress: 2, overdue: 1 });
  });
});
