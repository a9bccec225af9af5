import { isoDate, type IsoDate } from "../../domain/iso-date.js";

/**
 * The built-in number formats that show dates or times, which a workbook uses
 * by id without writing their code (ECMA-376 §18.8.30). Ids 27–36 and 50–58
 * depend on the locale Excel runs in; these are the zh-CN ones, the locale
 * the tables come from.
 */
const BUILTIN_DATE_FORMATS: ReadonlyMap<number, string> = new Map([
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, "m-d-yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

/** The code of a number format id: the workbook's own, else Excel's built-in date format. */
export const formatCode = (id: number, custom: ReadonlyMap<number, string>): string | undefined =>
  custom.get(id) ?? BUILTIN_DATE_FORMATS.get(id);

const DATE_TOKENS = ["yyyy", "yy", "m", "mm", "d", "dd"] as const;
type DateToken = (typeof DATE_TOKENS)[number];
/** A day-level date format: literal text, and y/m/d tokens to fill in. */
type DateFormat = readonly ({ readonly literal: string } | { readonly token: DateToken })[];

/** How a date-formatted cell is written: by its compiled format, or as the ISO day. */
export type DateDisplay = DateFormat | "iso";

/** Quoted text, [colour] or [$-804] sections, escaped characters and padding: none of them are date parts. */
const NOT_DATE_PARTS = /"[^"]*"|\[[^\]]*\]|\\.|[_*]./g;
const DATE_PARTS = /[ymdhsb]/i;

/**
 * How Excel shows a number under this format code: as a date (the code
 * names years, months, days, hours or seconds) or, when undefined, as a number.
 */
export const dateDisplay = (code: string | undefined): DateDisplay | undefined => {
  if (code === undefined || !DATE_PARTS.test(code.replace(NOT_DATE_PARTS, ""))) return undefined;
  return compileDateFormat(code) ?? "iso";
};

const FORMAT_PART = /"([^"]*)"|\\(.)|(y+|m+|d+)|([-/. 年月日])|(.)/g;
const LOCALE_TAG = /^\[\$-[0-9A-Fa-f]+\]/;

const isDateToken = (token: string): token is DateToken =>
  (DATE_TOKENS as readonly string[]).includes(token);

/**
 * Compiles a format made only of y/m/d and literals (m"月"d"日",
 * yyyy"年"m"月"d"日", yyyy/m/d). Null for anything else (times, month names),
 * and for the built-in short date (mm-dd-yy), which Excel shows per locale:
 * the ISO day is written then.
 */
const compileDateFormat = (code: string): DateFormat | null => {
  // The first section is the one for positive values; a [$-804] locale tag does not change the digits.
  const format = code.split(";")[0]?.replace(LOCALE_TAG, "") ?? "";
  const parts: DateFormat[number][] = [];
  let chinese = false;
  for (const [, quoted, escaped, token, literal, other] of format.matchAll(FORMAT_PART)) {
    if (other !== undefined) return null;
    if (token === undefined) {
      const text = quoted ?? escaped ?? literal ?? "";
      chinese ||= /[年月日]/.test(text);
      parts.push({ literal: text });
    } else if (isDateToken(token)) {
      parts.push({ token });
    } else {
      return null;
    }
  }
  return chinese || format.startsWith("yyyy") ? parts : null;
};

const pad = (n: number): string => String(n).padStart(2, "0");

/** A calendar day as Excel names it, and as its date format shows it. */
export interface ShownDay {
  readonly date: IsoDate;
  readonly text: string;
}

const DAY_MS = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system; 1904 serials are 1462 smaller. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1462;
/**
 * Excel's 1900 calendar has a 29 February (serial 60) that never was, so it
 * shows serials below 60, small 序号 like 5 among them, one day later than
 * counting from the epoch gives. Serial 60 itself has no ISO day and stays
 * 28 February.
 */
const PHANTOM_LEAP_DAY_MS = (60 - UNIX_EPOCH_SERIAL) * DAY_MS;

/** The day a serial number names, shown as `display` says; null when no calendar holds it. */
export const serialDay = (
  serial: number,
  date1904: boolean,
  display: DateDisplay,
): ShownDay | null => {
  // Rounded to the millisecond, so that a time a hair before midnight is not the day before.
  let ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * DAY_MS);
  if (!date1904 && ms < PHANTOM_LEAP_DAY_MS) ms += DAY_MS;
  const day = new Date(ms);
  if (Number.isNaN(day.getTime())) return null;
  const values: Record<DateToken, string> = {
    yyyy: String(day.getUTCFullYear()),
    yy: pad(day.getUTCFullYear() % 100),
    m: String(day.getUTCMonth() + 1),
    mm: pad(day.getUTCMonth() + 1),
    d: String(day.getUTCDate()),
    dd: pad(day.getUTCDate()),
  };
  const date = isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  const text =
    display === "iso"
      ? date
      : display.map((part) => ("literal" in part ? part.literal : values[part.token])).join("");
  return { date, text };
};

const ISO_DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/**
 * The serial number of an ISO 8601 date (a cell of type "d"), counted as
 * Excel counts: the zone, when one is written, is ignored, as Excel does.
 */
export const isoSerial = (text: string, date1904: boolean): number | null => {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (match === null) return null;
  const [, year, month, day, hours, minutes, seconds] = match;
  const ms =
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hours ?? 0),
      Number(minutes ?? 0),
    ) +
    Number(seconds ?? 0) * 1000;
  if (Number.isNaN(ms)) return null;
  const serial = ms / DAY_MS + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  // Before 1 March 1900 Excel's count lacks the phantom 29 February.
  return !date1904 && ms < PHANTOM_LEAP_DAY_MS + DAY_MS ? serial - 1 : serial;
};

/** As Excel's General format shows it: at most 15 significant digits, no float noise. */
export const plainNumber = (value: number): string =>
  // An integer under 10^15 has 15 digits at most: the common case skips toPrecision.
  Number.isInteger(value) && Math.abs(value) < 1e15
    ? String(value)
    : String(Number(value.toPrecision(15)));
