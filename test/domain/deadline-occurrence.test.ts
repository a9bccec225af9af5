import { describe, expect, it } from "vitest";
import type { Deadline, Recurrence } from "../../src/domain/deadline.js";
import { dueDatesBetween, nextDueDate } from "../../src/domain/deadline-occurrence.js";

describe("nextDueDate", () => {
  it.each<[Deadline, string, string | null]>([
    [{ kind: "date", text: "12月15日", date: "2022-12-15" }, "2022-01-01", "2022-12-15"],
    [{ kind: "date", text: "12月15日", date: "2022-12-15" }, "2023-01-01", "2022-12-15"],
    [
      { kind: "period_end", text: "6月底前", period: "month", date: "2022-06-30" },
      "2022-03-01",
      "2022-06-30",
    ],
    [
      {
        kind: "period_end",
        text: "2022—2023年",
        period: "year",
        date: "2023-12-31",
        start: "2022-01-01",
      },
      "2022-03-01",
      "2023-12-31",
    ],
    [{ kind: "ongoing", text: "持续推进" }, "2022-03-01", null],
    [{ kind: "none" }, "2022-03-01", null],
  ])("%j as of %s → %s", (deadline, asOf, expected) => {
    expect(nextDueDate(deadline, asOf)).toEqual(expected);
  });

  it.each<[Recurrence, number | "end", string, string]>([
    ["month", "end", "2022-02-10", "2022-02-28"],
    ["month", "end", "2024-02-10", "2024-02-29"],
    ["month", "end", "2022-02-28", "2022-02-28"],
    ["month", "end", "2022-12-31", "2022-12-31"],
    ["month", 25, "2022-03-01", "2022-03-25"],
    ["month", 25, "2022-03-25", "2022-03-25"],
    ["month", 25, "2022-03-26", "2022-04-25"],
    ["month", 25, "2022-12-26", "2023-01-25"],
    ["month", 31, "2022-04-01", "2022-04-30"],
    ["month", 31, "2022-01-31", "2022-01-31"],
    ["month", 31, "2022-02-01", "2022-02-28"],
    ["quarter", "end", "2022-01-01", "2022-03-31"],
    ["quarter", "end", "2022-03-31", "2022-03-31"],
    ["quarter", "end", "2022-04-01", "2022-06-30"],
    ["quarter", "end", "2022-11-15", "2022-12-31"],
    ["quarter", 25, "2022-01-10", "2022-03-25"],
    ["quarter", 25, "2022-03-26", "2022-06-25"],
    ["quarter", 25, "2022-12-26", "2023-03-25"],
    ["quarter", 31, "2022-04-01", "2022-06-30"],
    ["half_year", "end", "2022-01-01", "2022-06-30"],
    ["half_year", "end", "2022-07-01", "2022-12-31"],
    ["half_year", 10, "2022-06-11", "2022-12-10"],
    ["half_year", 10, "2022-12-11", "2023-06-10"],
    ["year", "end", "2022-05-05", "2022-12-31"],
    ["year", "end", "2022-12-31", "2022-12-31"],
    ["year", 20, "2022-12-21", "2023-12-20"],
  ])("every %s on %s, as of %s → %s", (every, day, asOf, expected) => {
    expect(nextDueDate({ kind: "recurring", text: "", every, day }, asOf)).toEqual(expected);
  });
});

describe("dueDatesBetween", () => {
  it("lists every occurrence of a recurring deadline in a year, both ends counted", () => {
    const quarterly: Deadline = { kind: "recurring", text: "每季度", every: "quarter", day: "end" };
    expect(dueDatesBetween(quarterly, "2022-01-01", "2022-12-31")).toEqual([
      "2022-03-31",
      "2022-06-30",
      "2022-09-30",
      "2022-12-31",
    ]);
    const monthly: Deadline = { kind: "recurring", text: "每月31日", every: "month", day: 31 };
    expect(dueDatesBetween(monthly, "2022-02-01", "2022-04-30")).toEqual([
      "2022-02-28",
      "2022-03-31",
      "2022-04-30",
    ]);
  });

  it("gives a fixed date once if it falls in the range, and nothing for no date", () => {
    const june: Deadline = { kind: "date", text: "6月30日", date: "2022-06-30" };
    expect(dueDatesBetween(june, "2022-01-01", "2022-12-31")).toEqual(["2022-06-30"]);
    expect(dueDatesBetween(june, "2022-07-01", "2022-12-31")).toEqual([]);
    expect(
      dueDatesBetween({ kind: "ongoing", text: "持续推进" }, "2022-01-01", "2022-12-31"),
    ).toEqual([]);
  });
});
