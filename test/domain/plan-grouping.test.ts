import { describe, expect, it } from "vitest";
import { CHINA_CALENDAR_DAYS } from "../../src/domain/china-holidays.js";
import { categoryOfTitle, isPlanYear, readCategory } from "../../src/domain/plan-grouping.js";
import { holidaysLoaded, workCalendar, WEEKENDS_ONLY } from "../../src/domain/work-calendar.js";

describe("plans grouped by year and category", () => {
  it("reads a category from the title when a plan is first stored", () => {
    expect(categoryOfTitle("2022年市政府重点工作任务分解表（市科技局牵头部分）")).toBe(
      "政府工作报告",
    );
    expect(categoryOfTitle("2023年政府工作报告重点工作任务分工方案")).toBe("政府工作报告");
    expect(categoryOfTitle("2023年市政府民生实事项目分解表")).toBe("民生实事");
    expect(categoryOfTitle("2023年优化营商环境工作要点")).toBe("专项工作");
  });

  it("takes a category of one short line, and years a plan may have", () => {
    expect(readCategory(" 安全生产 ")).toEqual({ ok: true, category: "安全生产" });
    expect(readCategory("  ").ok).toBe(false);
    expect(readCategory("营商\n环境").ok).toBe(false);
    expect(readCategory("一".repeat(20)).ok).toBe(true);
    expect(readCategory("一".repeat(21)).ok).toBe(false);
    expect([1899, 1900, 2199, 2200, 2022.5].map(isPlanYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("whether a year's holidays are loaded", () => {
  const shipped = workCalendar(CHINA_CALENDAR_DAYS);

  it("holds 2022 to 2026 from the notices Duban ships, and not 2027, whose notice is not out", () => {
    expect([2022, 2023, 2024, 2025, 2026].every((year) => holidaysLoaded(shipped, year))).toBe(
      true,
    );
    expect(holidaysLoaded(shipped, 2027)).toBe(false);
    expect(holidaysLoaded(WEEKENDS_ONLY, 2022)).toBe(false);
  });

  it("counts a year an administrator entered by hand", () => {
    const entered = workCalendar([
      ...CHINA_CALENDAR_DAYS,
      { date: "2027-01-01", kind: "holiday", name: "元旦" },
    ]);
    expect(holidaysLoaded(entered, 2027)).toBe(true);
  });
});
