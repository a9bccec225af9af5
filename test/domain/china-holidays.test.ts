import { describe, expect, it } from "vitest";
import {
  CHINA_CALENDAR_DAYS,
  CHINA_FESTIVALS,
  CHINA_HOLIDAY_NOTICES,
  holidayNoticeFor,
  noticeDays,
} from "../../src/domain/china-holidays.js";
import { addDays } from "../../src/domain/iso-date.js";
import { isWorkingDay, workCalendar } from "../../src/domain/work-calendar.js";

const china = workCalendar(CHINA_CALENDAR_DAYS);

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => weekday(date) === 0 || weekday(date) === 6;

const kindOf = (date: string): string | undefined =>
  CHINA_CALENDAR_DAYS.find((day) => day.date === date)?.kind;

const span = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(date);
  return days;
};

describe("the shipped holiday notices", () => {
  it("cover 2022 to 2026, one notice a year", () => {
    expect(CHINA_HOLIDAY_NOTICES.map((notice) => notice.year)).toEqual([
      2022, 2023, 2024, 2025, 2026,
    ]);
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      expect(notice.title).toBe(`国务院办公厅关于${notice.year}年部分节假日安排的通知`);
      expect(notice.issued < `${notice.year}-01-01`).toBe(true);
    }
    expect(holidayNoticeFor(2022)?.documentNumber).toBe("国办发明电〔2021〕11号");
    expect(holidayNoticeFor(2027)).toBeUndefined();
  });

  it("arrange all seven festivals every year", () => {
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      const named = notice.periods.flatMap((period) => period.name.split("、"));
      expect([...named].sort(), String(notice.year)).toEqual([...CHINA_FESTIVALS].sort());
    }
  });

  it("give each period in order, within or just before its year, make-up days on weekends", () => {
    for (const notice of CHINA_HOLIDAY_NOTICES) {
      let previous = `${notice.year - 1}-12-01`;
      for (const period of notice.periods) {
        expect(period.from >= previous, period.name).toBe(true);
        expect(period.from <= period.to, period.name).toBe(true);
        expect(period.to <= `${notice.year}-12-31`).toBe(true);
        for (const date of period.workdays) expect(isWeekend(date), date).toBe(true);
        previous = period.to;
      }
    }
  });

  it("never name one day twice", () => {
    const dates = CHINA_CALENDAR_DAYS.map((day) => day.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  // The days off on weekdays less the weekends worked are the statutory days: 11 a year,
  // 13 from 2025 (春节 and 劳动节 one day more each). A wrong date almost always breaks this.
  it.each([
    [2022, 11],
    [2023, 11],
    [2024, 11],
    [2025, 13],
    [2026, 13],
  ])("add up to the statutory days of %i: %i", (year, statutory) => {
    const notice = holidayNoticeFor(year);
    if (notice === undefined) throw new Error(`no notice for ${year}`);
    const days = noticeDays(notice);
    const weekdaysOff = days.filter((day) => day.kind === "holiday" && !isWeekend(day.date));
    const weekendsWorked = days.filter((day) => day.kind === "workday");
    expect(weekdaysOff.length - weekendsWorked.length).toBe(statutory);
  });
});

describe("known days", () => {
  it("2022: the National Day week, and the weekend after it worked", () => {
    for (const date of span("2022-10-01", "2022-10-07")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2022-10-08")).toBe("workday");
    expect(kindOf("2022-10-09")).toBe("workday");
    expect(kindOf("2022-01-29")).toBe("workday");
    expect(kindOf("2022-04-24")).toBe("workday");
    expect(kindOf("2022-09-12")).toBe("holiday"); // 中秋 on a Saturday, the Monday off
    expect(isWorkingDay(china, "2022-10-10")).toBe(true);
  });

  it("2023: 元旦 from 2022-12-31, one 清明 day, 中秋 and 国庆 together", () => {
    expect(kindOf("2022-12-31")).toBe("holiday");
    expect(kindOf("2023-01-02")).toBe("holiday");
    expect(kindOf("2023-04-05")).toBe("holiday");
    expect(kindOf("2023-04-06")).toBeUndefined();
    expect(kindOf("2023-06-25")).toBe("workday");
    for (const date of span("2023-09-29", "2023-10-06")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2023-10-07")).toBe("workday");
    expect(kindOf("2023-10-08")).toBe("workday");
  });

  it("2024: 除夕 worked, the Spring Festival with two Sundays worked", () => {
    expect(kindOf("2024-02-04")).toBe("workday");
    expect(kindOf("2024-02-09")).toBeUndefined();
    for (const date of span("2024-02-10", "2024-02-17")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2024-02-18")).toBe("workday");
    expect(kindOf("2024-09-29")).toBe("workday");
    expect(kindOf("2024-10-12")).toBe("workday");
  });

  it("2025: the Spring Festival from 除夕 and five days for Labour Day", () => {
    expect(kindOf("2025-01-26")).toBe("workday");
    for (const date of span("2025-01-28", "2025-02-04")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2025-02-08")).toBe("workday");
    for (const date of span("2025-05-01", "2025-05-05")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2025-04-27")).toBe("workday");
    for (const date of span("2025-10-01", "2025-10-08")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2025-09-28")).toBe("workday");
    expect(kindOf("2025-10-11")).toBe("workday");
  });

  it("2026: nine days for the Spring Festival, 国庆 and 中秋 apart", () => {
    expect(kindOf("2026-01-04")).toBe("workday");
    expect(kindOf("2026-02-14")).toBe("workday");
    for (const date of span("2026-02-15", "2026-02-23")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2026-02-28")).toBe("workday");
    expect(kindOf("2026-05-09")).toBe("workday");
    for (const date of span("2026-09-25", "2026-09-27")) expect(kindOf(date), date).toBe("holiday");
    expect(kindOf("2026-09-20")).toBe("workday");
    expect(kindOf("2026-10-10")).toBe("workday");
  });

  it("names each day after its festival", () => {
    expect(CHINA_CALENDAR_DAYS.find((day) => day.date === "2022-10-08")?.name).toBe("国庆节");
    expect(CHINA_CALENDAR_DAYS.find((day) => day.date === "2023-09-29")?.name).toBe(
      "中秋节、国庆节",
    );
  });
});
