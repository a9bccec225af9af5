import { describe, expect, it } from "vitest";
import type { Deadline } from "../../src/domain/deadline.js";
import { statusAsOf, type MilestoneEvent } from "../../src/domain/milestone-status.js";
import { rollUp } from "../../src/domain/status-rollup.js";

const due = (date: string): Deadline => ({ kind: "date", text: date, date });
const quarterly: Deadline = { kind: "recurring", text: "每季度", every: "quarter", day: "end" };
const ongoing: Deadline = { kind: "ongoing", text: "持续推进" };

const reported = (on: string): MilestoneEvent => ({ type: "reported", on });
const accepted = (on: string, completedOn = on): MilestoneEvent => ({
  type: "completion_accepted",
  on,
  completedOn,
});
const extended = (on: string, newDue: string): MilestoneEvent => ({
  type: "extension_approved",
  on,
  newDue,
});

describe("statusAsOf", () => {
  it.each<[string, Deadline, MilestoneEvent[], string, string, string]>([
    ["nothing yet, far off", due("2022-12-15"), [], "2022-03-01", "not_started", "green"],
    [
      "reported, far off",
      due("2022-12-15"),
      [reported("2022-02-01")],
      "2022-03-01",
      "in_progress",
      "green",
    ],
    [
      "a report after the day asked does not count",
      due("2022-12-15"),
      [reported("2022-04-01")],
      "2022-03-01",
      "not_started",
      "green",
    ],
    ["15 days before is due soon", due("2022-07-31"), [], "2022-07-16", "due_soon", "yellow"],
    ["16 days before is not", due("2022-07-31"), [], "2022-07-15", "not_started", "green"],
    ["the due day itself is due soon", due("2022-07-31"), [], "2022-07-31", "due_soon", "yellow"],
    [
      "the day after is overdue",
      due("2022-07-31"),
      [reported("2022-07-01")],
      "2022-08-01",
      "overdue",
      "red",
    ],
    ["done on time", due("2022-07-31"), [accepted("2022-07-20")], "2022-08-01", "done", "green"],
    [
      "done late is still done",
      due("2022-07-31"),
      [accepted("2022-08-10")],
      "2022-09-01",
      "done",
      "green",
    ],
    [
      "accepted after the day asked: still overdue then",
      due("2022-07-31"),
      [accepted("2022-08-10")],
      "2022-08-05",
      "overdue",
      "red",
    ],
    [
      "an approved extension moves the due date",
      due("2022-07-31"),
      [extended("2022-07-20", "2022-09-30")],
      "2022-08-05",
      "not_started",
      "green",
    ],
    [
      "an extension approved later does not rewrite the past",
      due("2022-07-31"),
      [extended("2022-08-10", "2022-09-30")],
      "2022-08-05",
      "overdue",
      "red",
    ],
    [
      "a revoked completion is open again",
      due("2022-07-31"),
      [accepted("2022-07-20"), { type: "completion_revoked", on: "2022-07-25" }],
      "2022-08-01",
      "overdue",
      "red",
    ],
    [
      "ongoing work is never overdue",
      ongoing,
      [reported("2022-05-01")],
      "2022-12-31",
      "in_progress",
      "green",
    ],
    [
      "a recurring deadline looks at its next occurrence",
      quarterly,
      [],
      "2022-09-20",
      "due_soon",
      "yellow",
    ],
  ])("%s", (_name, deadline, events, asOf, status, light) => {
    const result = statusAsOf(deadline, events, asOf);
    expect([result.status, result.light]).toEqual([status, light]);
  });

  it("keeps whether accepted work was late, against the due date then in force", () => {
    expect(statusAsOf(due("2022-07-31"), [accepted("2022-08-10")], "2022-09-01").late).toBe(true);
    expect(
      statusAsOf(
        due("2022-07-31"),
        [extended("2022-07-01", "2022-08-31"), accepted("2022-08-10")],
        "2022-09-01",
      ),
    ).toMatchObject({ late: false, due: "2022-08-31", completedOn: "2022-08-10" });
  });

  it("turns the light yellow for a missing periodic report, not the status", () => {
    const result = statusAsOf(due("2022-12-15"), [], "2022-03-01", {
      warningDays: 15,
      reportMissing: true,
    });
    expect([result.status, result.light]).toEqual(["not_started", "yellow"]);
  });

  it("honours the plan's warning window", () => {
    expect(statusAsOf(due("2022-07-31"), [], "2022-07-24", { warningDays: 5 }).status).toBe(
      "not_started",
    );
  });
});

describe("rollUp", () => {
  it("counts statuses and rates", () => {
    const statuses = [
      statusAsOf(due("2022-07-31"), [accepted("2022-07-20")], "2022-09-01"),
      statusAsOf(due("2022-07-31"), [accepted("2022-08-20")], "2022-09-01"),
      statusAsOf(due("2022-07-31"), [], "2022-09-01"),
      statusAsOf(due("2022-12-31"), [reported("2022-08-01")], "2022-09-01"),
    ];
    expect(rollUp(statuses)).toEqual({
      total: 4,
      counts: { done: 2, overdue: 1, dueSoon: 0, inProgress: 1, notStarted: 0 },
      // Done milestones have no light: only the two open ones are counted as lights.
      lights: { red: 1, yellow: 0, green: 1 },
      onTime: 1,
      completionRate: 0.5,
      onTimeRate: 0.5,
    });
    expect(rollUp([])).toMatchObject({ total: 0, completionRate: null, onTimeRate: null });
  });
});

describe("a warning window in working days", () => {
  it("counts the days the calendar gives", () => {
    const deadline = { kind: "date", text: "10月10日", date: "2022-10-10" } as const;
    // The National Day week: 10-01 … 10-07 off, 10-08 and 10-09 worked.
    const workingDaysUntil = (_from: string, due: string): number => (due === "2022-10-10" ? 3 : 0);
    expect(
      statusAsOf(deadline, [], "2022-09-30", { warningDays: 3, daysUntil: workingDaysUntil })
        .status,
    ).toBe("due_soon");
    expect(statusAsOf(deadline, [], "2022-09-30", { warningDays: 3 }).status).toBe("not_started");
  });
});
