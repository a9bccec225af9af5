/** A calendar day written YYYY-MM-DD; time zones play no part in deadlines. */
export type IsoDate = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export const isoDate = (year: number, month: number, day: number): IsoDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The number of days in a month (1–12) of a year. */
/** The first day of the day's month: where "this month" starts. */
export const firstOfMonth = (day: IsoDate): IsoDate => `${day.slice(0, 7)}-01`;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export const lastDayOfMonth = (year: number, month: number): IsoDate =>
  isoDate(year, month, daysInMonth(year, month));

/** True when year, month and day name a real calendar day. */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (text: string): text is IsoDate => {
  const match = ISO_PATTERN.exec(text);
  return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The calendar day it is at `moment` in a time zone ("Asia/Shanghai"): what "today" means to an office. */
export const isoDateIn = (moment: Date, timeZone: string): IsoDate =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);

/** The hour of the day (0–23) at `moment` in a time zone. */
export const hourIn = (moment: Date, timeZone: string): number =>
  Number(
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(
      moment,
    ),
  );

/** "2022-06-30T02:05:09.120Z" in Asia/Shanghai → "2022-06-30 10:05:09". */
export const localTimeText = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));

/** The instant a day starts in a time zone: "2022-06-01" in Asia/Shanghai → 2022-05-31T16:00:00.000Z. */
export const dayStartIn = (day: IsoDate, timeZone: string): string => {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const local = Date.parse(
    `${localTimeText(new Date(guess).toISOString(), timeZone).replace(" ", "T")}Z`,
  );
  return new Date(guess - (local - guess)).toISOString();
};

/** "2022-06-30" → "2022年6月30日", as a document dates itself. */
export const chineseDate = (day: IsoDate): string => {
  const [year, month, date] = day.split("-").map(Number);
  return `${String(year)}年${String(month)}月${String(date)}日`;
};
