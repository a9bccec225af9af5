import { describe, expect, it } from "vitest";
import { lastDuePeriod, reportMissing } from "../../src/domain/report-cycle.js";

const MONTHLY = { every: "month", day: 25 } as const;
const QUARTERLY = { every: "quarter", day: 25 } as const;

describe("reporting cycles", () => {
  it("finds the monthly period last due, across a year's turn", () => {
    expect(lastDuePeriod(MONTHLY, "2022-03-25")).toEqual({ from: "2022-02-26", due: "2022-03-25" });
    expect(lastDuePeriod(MONTHLY, "2022-03-24")).toEqual({ from: "2022-01-26", due: "2022-02-25" });
    expect(lastDuePeriod(MONTHLY, "2022-01-10")).toEqual({ from: "2021-11-26", due: "2021-12-25" });
  });

  it("finds the quarterly period last due", () => {
    expect(lastDuePeriod(QUARTERLY, "2022-06-30")).toEqual({
      from: "2022-03-26",
      due: "2022-06-25",
    });
    expect(lastDuePeriod(QUARTERLY, "2022-06-24")).toEqual({
      from: "2021-12-26",
      due: "2022-03-25",
    });
  });

  it("flags a missing report only for a period the milestone lived through", () => {
    expect(reportMissing(MONTHLY, [], "2022-03-26", "2022-01-05")).toBe(true);
    expect(reportMissing(MONTHLY, ["2022-03-10"], "2022-03-26", "2022-01-05")).toBe(false);
    // A late report, after the due day, settles what was owed.
    expect(reportMissing(MONTHLY, ["2022-03-28"], "2022-03-30", "2022-01-05")).toBe(false);
    // A report before the period does not count for it.
    expect(reportMissing(MONTHLY, ["2022-02-20"], "2022-03-26", "2022-01-05")).toBe(true);
    // Imported after the period began: nothing owed yet.
    expect(reportMissing(MONTHLY, [], "2022-03-26", "2022-03-01")).toBe(false);
    expect(reportMissing(null, [], "2022-03-26", "2022-01-05")).toBe(false);
  });
});
