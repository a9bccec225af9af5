import { expect, it } from "vitest";
import type { Milestone } from "../../web/src/api.js";
import { timelineLayout } from "../../web/src/insight/timeline-layout.js";

const task = { id: 1, no: 204, label: "204", title: "鼓励企业加大研发投入", persons: [] };

const milestone = (id: number, due: string | null, extra: Partial<Milestone> = {}): Milestone =>
  ({
    id,
    task,
    seq: id,
    text: `第${String(id)}步`,
    deadline: { kind: "date", text: due ?? "", date: due ?? "" },
    due,
    status: "in_progress",
    light: "green",
    ...extra,
  }) as Milestone;

it("gives each milestone a row of its own under its task, from the plan's start or its own", () => {
  const layout = timelineLayout(
    [
      milestone(1, "2022-03-31", { status: "overdue", light: "red" }),
      milestone(2, "2022-03-31"),
      milestone(3, "2022-09-30", {
        deadline: {
          kind: "period_end",
          text: "三季度",
          period: "quarter",
          date: "2022-09-30",
          start: "2022-07-01",
        },
      }),
      milestone(4, "2022-06-30", { status: "done", light: "green" }),
      milestone(5, null),
    ],
    "2022-01-01",
  );
  expect(layout.rows.map((row) => [row.kind, row.label])).toEqual([
    ["task", "204 鼓励企业加大研发投入"],
    ["milestone", "（1）第1步"],
    ["milestone", "（2）第2步"],
    ["milestone", "（3）第3步"],
    ["milestone", "（4）第4步"],
  ]);
  // Two milestones due the same day no longer share a band: one row each.
  expect(new Set(layout.bars.map((bar) => bar.row)).size).toBe(layout.bars.length);
  const day = (iso: string) => new Date(`${iso}T00:00:00`).valueOf();
  expect(layout.bars.map((bar) => [bar.start, bar.end])).toEqual([
    [day("2022-01-01"), day("2022-03-31")],
    [day("2022-01-01"), day("2022-03-31")],
    [day("2022-07-01"), day("2022-09-30")],
    [day("2022-01-01"), day("2022-06-30")],
  ]);
  expect(layout.bars.map((bar) => bar.signal)).toEqual(["red", "green", "green", "done"]);
  expect(layout.undated.map((m) => m.id)).toEqual([5]);
});
