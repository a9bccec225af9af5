import { addDays, type IsoDate } from "./iso-date.js";
import type { CalendarDay } from "./work-calendar.js";

/**
 * The statutory holidays and make-up working days (调休) of mainland China,
 * as the State Council General Office announces them each autumn for the
 * year after (国务院办公厅关于YYYY年部分节假日安排的通知). This is the data
 * Duban ships; an administrator's changes are stored over it
 * (services/work-calendar.ts). A new year is one more notice here.
 *
 * A period is written as the notice writes it: the days off from `from` to
 * `to` inclusive (weekends inside the span included, as the notice counts
 * them in "共N天"), and the weekend days worked to make up for it.
 */
export interface HolidayPeriod {
  /** The festival as the notice names it; one period may cover two ("中秋节、国庆节"). */
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** 上班: the weekend days that are working days because of this period. */
  readonly workdays: readonly IsoDate[];
}

export interface HolidayNotice {
  /** The year the notice arranges; its first period may start in December before it. */
  readonly year: number;
  readonly title: string;
  /** 发文字号, where the source consulted gave it. */
  readonly documentNumber: string | null;
  readonly issued: IsoDate;
  readonly periods: readonly HolidayPeriod[];
}

/** The seven festivals every notice arranges, in the order it lists them. */
export const CHINA_FESTIVALS = [
  "元旦",
  "春节",
  "清明节",
  "劳动节",
  "端午节",
  "中秋节",
  "国庆节",
] as const;

const period = (
  name: string,
  from: IsoDate,
  to: IsoDate,
  workdays: readonly IsoDate[] = [],
): HolidayPeriod => ({ name, from, to, workdays });

export const CHINA_HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2022,
    title: "国务院办公厅关于2022年部分节假日安排的通知",
    documentNumber: "国办发明电〔2021〕11号",
    issued: "2021-10-25",
    periods: [
      period("元旦", "2022-01-01", "2022-01-03"),
      period("春节", "2022-01-31", "2022-02-06", ["2022-01-29", "2022-01-30"]),
      period("清明节", "2022-04-03", "2022-04-05", ["2022-04-02"]),
      period("劳动节", "2022-04-30", "2022-05-04", ["2022-04-24", "2022-05-07"]),
      period("端午节", "2022-06-03", "2022-06-05"),
      period("中秋节", "2022-09-10", "2022-09-12"),
      period("国庆节", "2022-10-01", "2022-10-07", ["2022-10-08", "2022-10-09"]),
    ],
  },
  {
    year: 2023,
    title: "国务院办公厅关于2023年部分节假日安排的通知",
    documentNumber: "国办发明电〔2022〕16号",
    issued: "2022-12-08",
    periods: [
      period("元旦", "2022-12-31", "2023-01-02"),
      period("春节", "2023-01-21", "2023-01-27", ["2023-01-28", "2023-01-29"]),
      period("清明节", "2023-04-05", "2023-04-05"),
      period("劳动节", "2023-04-29", "2023-05-03", ["2023-04-23", "2023-05-06"]),
      period("端午节", "2023-06-22", "2023-06-24", ["2023-06-25"]),
      period("中秋节、国庆节", "2023-09-29", "2023-10-06", ["2023-10-07", "2023-10-08"]),
    ],
  },
  {
    year: 2024,
    title: "国务院办公厅关于2024年部分节假日安排的通知",
    documentNumber: "国办发明电〔2023〕7号",
    issued: "2023-10-25",
    periods: [
      period("元旦", "2024-01-01", "2024-01-01"),
      // 除夕 (2月9日) is a working day: the notice only encourages units to give it as annual leave.
      period("春节", "2024-02-10", "2024-02-17", ["2024-02-04", "2024-02-18"]),
      period("清明节", "2024-04-04", "2024-04-06", ["2024-04-07"]),
      period("劳动节", "2024-05-01", "2024-05-05", ["2024-04-28", "2024-05-11"]),
      period("端午节", "2024-06-10", "2024-06-10"),
      period("中秋节", "2024-09-15", "2024-09-17", ["2024-09-14"]),
      period("国庆节", "2024-10-01", "2024-10-07", ["2024-09-29", "2024-10-12"]),
    ],
  },
  {
    // From 2025 the revised 全国年节及纪念日放假办法 (November 2024) adds two statutory days,
    // one to the Spring Festival (from 除夕) and one to Labour Day: 13 days a year, not 11.
    year: 2025,
    title: "国务院办公厅关于2025年部分节假日安排的通知",
    documentNumber: "国办发明电〔2024〕12号",
    issued: "2024-11-12",
    periods: [
      period("元旦", "2025-01-01", "2025-01-01"),
      period("春节", "2025-01-28", "2025-02-04", ["2025-01-26", "2025-02-08"]),
      period("清明节", "2025-04-04", "2025-04-06"),
      period("劳动节", "2025-05-01", "2025-05-05", ["2025-04-27"]),
      period("端午节", "2025-05-31", "2025-06-02"),
      period("国庆节、中秋节", "2025-10-01", "2025-10-08", ["2025-09-28", "2025-10-11"]),
    ],
  },
  {
    year: 2026,
    title: "国务院办公厅关于2026年部分节假日安排的通知",
    // Published by Xinhua on 2025-11-04; the copies consulted did not print the 发文字号.
    documentNumber: null,
    issued: "2025-11-04",
    periods: [
      period("元旦", "2026-01-01", "2026-01-03", ["2026-01-04"]),
      period("春节", "2026-02-15", "2026-02-23", ["2026-02-14", "2026-02-28"]),
      period("清明节", "2026-04-04", "2026-04-06"),
      period("劳动节", "2026-05-01", "2026-05-05", ["2026-05-09"]),
      period("端午节", "2026-06-19", "2026-06-21"),
      period("中秋节", "2026-09-25", "2026-09-27"),
      period("国庆节", "2026-10-01", "2026-10-07", ["2026-09-20", "2026-10-10"]),
    ],
  },
];

/** The days of one notice: every day of each period off, and each make-up day worked. */
export const noticeDays = (notice: HolidayNotice): CalendarDay[] => {
  const days: CalendarDay[] = [];
  for (const { name, from, to, workdays } of notice.periods) {
    for (let date = from; date <= to; date = addDays(date, 1)) {
      days.push({ date, kind: "holiday", name });
    }
    for (const date of workdays) days.push({ date, kind: "workday", name });
  }
  return days;
};

/** Every shipped day, in notice order. */
export const CHINA_CALENDAR_DAYS: readonly CalendarDay[] =
  CHINA_HOLIDAY_NOTICES.flatMap(noticeDays);

/** The notice that arranges a year, if Duban ships it. */
export const holidayNoticeFor = (year: number): HolidayNotice | undefined =>
  CHINA_HOLIDAY_NOTICES.find((notice) => notice.year === year);
