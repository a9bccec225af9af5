import { describe, expect, it } from "vitest";
import { lightReason, lightReasonText } from "../../src/domain/light-reason.js";

describe("why a light is what it is", () => {
  const asOf = "2022-06-30";
  it("counts the days overdue from the due date in force", () => {
    const reason = lightReason({ status: "overdue", due: "2022-06-18", reportMissing: true }, asOf);
    expect(reason).toEqual({ code: "overdue", days: 12 });
    expect(lightReasonText(reason)).toBe("逾期12天");
  });

  it("counts the days left when due soon, today included", () => {
    expect(
      lightReasonText(
        lightReason({ status: "due_soon", due: "2022-07-03", reportMissing: false }, asOf),
      ),
    ).toBe("临期（还剩3天）");
    expect(
      lightReasonText(lightReason({ status: "due_soon", due: asOf, reportMissing: false }, asOf)),
    ).toBe("临期（今日到期）");
  });

  it("names a missing report when nothing worse applies, and is normal otherwise", () => {
    expect(lightReason({ status: "in_progress", due: null, reportMissing: true }, asOf)).toEqual({
      code: "report_missing",
    });
    expect(lightReasonText({ code: "report_missing" })).toBe("未按时报送");
    expect(lightReason({ status: "not_started", due: null, reportMissing: false }, asOf)).toEqual({
      code: "normal",
    });
    expect(
      lightReasonText(
        lightReason({ status: "not_started", due: null, reportMissing: false }, asOf),
      ),
    ).toBe("正常");
  });

  it("says done instead of a light once the work is done, however late", () => {
    const reason = lightReason({ status: "done", due: "2022-01-01", reportMissing: true }, asOf);
    expect(reason).toEqual({ code: "done" });
    expect(lightReasonText(reason)).toBe("已完成");
  });
});
