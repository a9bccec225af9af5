import { describe, expect, it } from "vitest";
import { CHINA_CALENDAR_DAYS } from "../../src/domain/china-holidays.js";
import { addDays } from "../../src/domain/iso-date.js";
import {
  addWorkingDays,
  applyOverrides,
  calendarEntry,
  dateAfter,
  dateBefore,
  isWorkingDay,
  MAX_WORKING_DAYS,
  WEEKENDS_ONLY,
  workCalendar,
  workingDaysBetween,
  type CalendarDay,
} from "../../src/domain/work-calendar.js";

const china = workCalendar(CHINA_CALENDAR_DAYS);

/** A small calendar: a weekday holiday (Mon 2022-10-03) and a weekend workday (Sat 2022-10-08). */
const small = workCalendar([
  { date: "2022-10-03", kind: "holiday", name: "国庆节" },
  { date: "2022-10-08", kind: "workday", name: "国庆节" },
  { date: "2022-10-02", kind: "holiday", name: "国庆节" },
]);

describe("isWorkingDay", () => {
  it.each<[string, boolean]>([
    ["2022-06-20", true], // an ordinary Monday
    ["2022-06-24", true], // an ordinary Friday
    ["2022-06-25", false], // Saturday
    ["2022-06-26", false], // Sunday
    ["2022-10-03", false], // a holiday on a Monday
    ["2022-10-08", true], // a make-up working Saturday
    ["2022-10-02", false], // a holiday on a Sunday: off either way
  ])("%s → %s", (date, working) => {
    expect(isWorkingDay(small, date)).toBe(working);
  });

  it("follows the weekday rule alone without entries", () => {
    expect(isWorkingDay(WEEKENDS_ONLY, "2022-10-03")).toBe(true);
    expect(isWorkingDay(WEEKENDS_ONLY, "2022-10-08")).toBe(false);
  });

  it("reads the shipped Chinese calendar", () => {
    expect(isWorkingDay(china, "2022-10-07")).toBe(false);
    expect(isWorkingDay(china, "2022-10-09")).toBe(true);
    // 除夕 2024 was a working day; the notice only encouraged leave.
    expect(isWorkingDay(china, "2024-02-09")).toBe(true);
    expect(isWorkingDay(china, "2024-02-18")).toBe(true);
    expect(isWorkingDay(china, "2025-01-28")).toBe(false);
  });

  it("takes the later of two entries for one day, and names the day", () => {
    const calendar = workCalendar([
      { date: "2022-10-03", kind: "holiday", name: "国庆节" },
      { date: "2022-10-03", kind: "workday", name: "改为上班" },
    ]);
    expect(isWorkingDay(calendar, "2022-10-03")).toBe(true);
    expect(calendarEntry(calendar, "2022-10-03")?.name).toBe("改为上班");
    expect(calendarEntry(calendar, "2022-10-04")).toBeUndefined();
  });

  it("refuses what is not a day", () => {
    expect(() => isWorkingDay(china, "2022-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay(china, "20221001")).toThrow(RangeError);
    expect(() => workCalendar([{ date: "2022-13-01", kind: "holiday", name: "x" }])).toThrow(
      RangeError,
    );
  });
});

describe("addWorkingDays", () => {
  it.each<[string, number, string]>([
    ["2022-06-24", 1, "2022-06-27"], // Friday + 1 → Monday
    ["2022-06-27", -1, "2022-06-24"], // Monday − 1 → Friday
    ["2022-06-25", 1, "2022-06-27"], // from a Saturday
    ["2022-06-25", -1, "2022-06-24"],
    ["2022-06-20", 5, "2022-06-27"],
    ["2022-06-20", 10, "2022-07-04"],
    ["2022-09-30", 1, "2022-10-08"], // over the National Day week to the make-up Saturday
    ["2022-09-29", 3, "2022-10-09"],
    ["2022-10-10", -1, "2022-10-09"],
    ["2022-10-10", -3, "2022-09-30"],
    ["2022-10-03", 1, "2022-10-08"],
    ["2022-10-03", -1, "2022-09-30"],
    ["2024-02-08", 1, "2024-02-09"], // 除夕 2024 worked
    ["2024-02-09", 1, "2024-02-18"], // then the Spring Festival, then a make-up Sunday
    ["2022-12-30", 1, "2023-01-03"], // 元旦 2023 began on 2022-12-31
    ["2025-01-24", 1, "2025-01-26"],
    ["2025-01-26", 1, "2025-01-27"],
    ["2025-01-27", 1, "2025-02-05"],
  ])("%s %+d → %s", (date, n, expected) => {
    expect(addWorkingDays(china, date, n)).toBe(expected);
  });

  it("gives the day itself for 0 when it is a working day, else the next working day", () => {
    expect(addWorkingDays(china, "2022-06-20", 0)).toBe("2022-06-20");
    expect(addWorkingDays(china, "2022-10-08", 0)).toBe("2022-10-08");
    expect(addWorkingDays(china, "2022-06-25", 0)).toBe("2022-06-27");
    expect(addWorkingDays(china, "2022-10-01", 0)).toBe("2022-10-08");
  });

  it("always lands on a working day", () => {
    for (let n = -40; n <= 40; n += 1) {
      if (n === 0) continue;
      for (const start of ["2022-01-28", "2022-09-30", "2023-09-28", "2025-01-27"]) {
        expect(isWorkingDay(china, addWorkingDays(china, start, n))).toBe(true);
      }
    }
  });

  it("refuses fractions and counts beyond the bound", () => {
    expect(() => addWorkingDays(china, "2022-06-20", 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(china, "2022-06-20", MAX_WORKING_DAYS + 1)).toThrow(RangeError);
    expect(() => addWorkingDays(china, "2022-06-20", -MAX_WORKING_DAYS - 1)).toThrow(RangeError);
    expect(() => addWorkingDays(china, "2022-06-20", Number.NaN)).toThrow(RangeError);
  });

  it("gets through a long run of days off", () => {
    const month: CalendarDay[] = [];
    for (let date = "2022-07-01"; date <= "2022-08-31"; date = addDays(date, 1)) {
      month.push({ date, kind: "holiday", name: "停工" });
    }
    const calendar = workCalendar(month);
    expect(addWorkingDays(calendar, "2022-06-30", 1)).toBe("2022-09-01");
    expect(addWorkingDays(calendar, "2022-09-01", -1)).toBe("2022-06-30");
  });

  it("is quick at its bound", () => {
    const started = performance.now();
    expect(addWorkingDays(china, "2022-01-04", MAX_WORKING_DAYS) > "2035-01-01").toBe(true);
    expect(addWorkingDays(china, "2022-01-04", -MAX_WORKING_DAYS) < "2008-01-01").toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("workingDaysBetween", () => {
  it.each<[string, string, number]>([
    ["2022-06-20", "2022-06-20", 0],
    ["2022-06-20", "2022-06-24", 4], // Monday to Friday: Tuesday … Friday
    ["2022-06-24", "2022-06-20", -4],
    ["2022-06-24", "2022-06-27", 1],
    ["2022-06-25", "2022-06-26", 0],
    ["2022-09-30", "2022-10-08", 1],
    ["2022-09-30", "2022-10-10", 3],
    ["2022-10-10", "2022-09-30", -3],
  ])("%s → %s: %d", (from, to, expected) => {
    expect(workingDaysBetween(china, from, to)).toBe(expected);
  });

  it("counts a year's working days: weekdays, less the days off, plus the make-up days", () => {
    expect(workingDaysBetween(china, "2021-12-31", "2022-12-31")).toBe(249);
    expect(workingDaysBetween(WEEKENDS_ONLY, "2021-12-31", "2022-12-31")).toBe(260);
    expect(workingDaysBetween(china, "2024-12-31", "2025-12-31")).toBe(248);
  });

  it("undoes addWorkingDays", () => {
    for (let start = "2021-12-20"; start <= "2026-12-31"; start = addDays(start, 11)) {
      for (const n of [-25, -7, -3, -1, 1, 2, 3, 5, 15, 30]) {
        const to = addWorkingDays(china, start, n);
        expect(workingDaysBetween(china, start, to)).toBe(n);
      }
    }
  });

  it("agrees with counting day by day, before 1970 too", () => {
    const byDay = (from: string, to: string): number => {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
        if (isWorkingDay(china, d)) count += 1;
      }
      return count;
    };
    for (const [from, to] of [
      ["1969-12-25", "1970-01-09"],
      ["2021-11-03", "2023-02-14"],
      ["2025-09-20", "2025-10-15"],
    ] as const) {
      expect(workingDaysBetween(china, from, to)).toBe(byDay(from, to));
    }
  });

  it("costs the entries, not the distance", () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) workingDaysBetween(china, "1900-01-01", "2100-12-31");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("dateBefore and dateAfter", () => {
  it("count working days from the due day, not counting it", () => {
    const three = { amount: 3, unit: "working_day" } as const;
    expect(dateBefore(china, "2022-10-10", three)).toBe("2022-09-30");
    expect(dateBefore(china, "2022-06-24", three)).toBe("2022-06-21");
    expect(dateAfter(china, "2022-09-30", { amount: 1, unit: "working_day" })).toBe("2022-10-08");
    // A due day that is a holiday: still the third working day before it.
    expect(dateBefore(china, "2022-10-05", three)).toBe("2022-09-28");
  });

  it("count calendar days plainly", () => {
    const week = { amount: 7, unit: "calendar_day" } as const;
    expect(dateBefore(china, "2022-10-10", week)).toBe("2022-10-03");
    expect(dateAfter(china, "2022-12-28", week)).toBe("2023-01-04");
    expect(dateBefore(china, "2022-10-10", { amount: 0, unit: "calendar_day" })).toBe("2022-10-10");
  });

  it("land on a working day for a zero working-day offset, rolling away from the due day", () => {
    const zero = { amount: 0, unit: "working_day" } as const;
    expect(dateBefore(china, "2022-10-05", zero)).toBe("2022-09-30");
    expect(dateAfter(china, "2022-10-05", zero)).toBe("2022-10-08");
    expect(dateBefore(china, "2022-10-10", zero)).toBe("2022-10-10");
    expect(dateAfter(china, "2022-10-10", zero)).toBe("2022-10-10");
  });

  it("refuse negative and fractional amounts", () => {
    expect(() => dateBefore(china, "2022-10-10", { amount: -1, unit: "working_day" })).toThrow(
      RangeError,
    );
    expect(() => dateAfter(china, "2022-10-10", { amount: 1.5, unit: "calendar_day" })).toThrow(
      RangeError,
    );
  });
});

describe("applyOverrides", () => {
  const shipped: CalendarDay[] = [
    { date: "2022-10-08", kind: "workday", name: "国庆节" },
    { date: "2022-10-03", kind: "holiday", name: "国庆节" },
  ];

  it("replaces a shipped day, removes one set to normal, adds new ones, sorted by day", () => {
    expect(
      applyOverrides(shipped, [
        { date: "2022-10-03", kind: "workday", name: "改为上班" },
        { date: "2022-10-08", kind: "normal", name: "" },
        { date: "2022-06-20", kind: "holiday", name: "防汛" },
      ]),
    ).toEqual([
      { date: "2022-06-20", kind: "holiday", name: "防汛", source: "override" },
      { date: "2022-10-03", kind: "workday", name: "改为上班", source: "override" },
    ]);
  });

  it("keeps the shipped days without overrides", () => {
    expect(applyOverrides(shipped, [])).toEqual([
      { date: "2022-10-03", kind: "holiday", name: "国庆节", source: "shipped" },
      { date: "2022-10-08", kind: "workday", name: "国庆节", source: "shipped" },
    ]);
  });
});
