import type { Deadline, Period, Recurrence } from "./deadline.js";
import { daysInMonth, isoDate, isValidDay, lastDayOfMonth, type IsoDate } from "./iso-date.js";
import { message, type Message } from "./message.js";
import { chineseNumeralValue } from "./normalize-text.js";

/** A rule recognised the wording but what it names cannot exist (2月30日, 第五季度). */
export interface Rejection {
  readonly kind: "rejected";
  readonly reason: Message;
}

interface Context {
  /** The deadline as written, stored on the result. */
  readonly text: string;
  /** The plan's year, for texts that leave it out. */
  readonly year: number;
}

type Groups = Readonly<Record<string, string | undefined>>;

interface Rule {
  /** Matched against the folded text (see `matchable` in parse-deadline.ts). */
  readonly pattern: RegExp;
  readonly build: (groups: Groups, context: Context) => Deadline | Rejection;
}

// Months, days and quarters come in Arabic or Chinese numerals (十二月, 三季度);
// years only in Arabic ones, since chineseNumeralValue reads 二〇二二 as a count.
const N = String.raw`\d{1,2}|[〇零一二三四五六七八九十]{1,3}`;
// A year is written in figures or relative to the plan's: 次年3月, 今年6月底.
const OPTIONAL_YEAR = String.raw`(?:(?<year>\d{4})年|(?<relative>次年|明年|翌年|今年|本年|当年))?`;

/** The verbs that follow 持续 / 长期 in an ongoing deadline: 持续推进, 长期坚持. */
export const ONGOING_VERBS = "(?:推进|坚持|开展|实施|落实|进行|推动)";

const rule = (source: string, build: Rule["build"]): Rule => ({
  pattern: new RegExp(`^(?:${source})$`, "i"),
  build,
});

const toNumber = (numeral: string | undefined): number => {
  if (numeral === undefined) return Number.NaN;
  if (/^\d+$/.test(numeral)) return Number(numeral);
  return chineseNumeralValue(numeral) ?? Number.NaN;
};

/** 次年, 明年, 翌年 (or 次 before 年底): the year after the plan's. */
const NEXT_YEAR = /^[次明翌]/;

const yearOf = (written: string | undefined, context: Context, relative?: string): number => {
  if (written !== undefined) return Number(written);
  return relative !== undefined && NEXT_YEAR.test(relative) ? context.year + 1 : context.year;
};

const reject = (zh: string, en: string): Rejection => ({
  kind: "rejected",
  reason: message(zh, en),
});

const isMonth = (month: number): boolean => Number.isInteger(month) && month >= 1 && month <= 12;

const noSuchMonth = (month: number): Rejection =>
  reject(`没有${month}月`, `there is no month ${month}`);

const periodEnd = (context: Context, period: Period, date: IsoDate, start?: IsoDate): Deadline =>
  start === undefined
    ? { kind: "period_end", text: context.text, period, date }
    : { kind: "period_end", text: context.text, period, date, start };

const onDay = (
  context: Context,
  year: number,
  month: number,
  day: number,
): Deadline | Rejection => {
  if (!isMonth(month)) return noSuchMonth(month);
  if (!isValidDay(year, month, day)) {
    return reject(
      `${year}年${month}月没有${day}日`,
      `${isoDate(year, month, day)} is not a real day`,
    );
  }
  return { kind: "date", text: context.text, date: isoDate(year, month, day) };
};

const monthEnd = (context: Context, year: number, month: number): Deadline | Rejection =>
  isMonth(month) ? periodEnd(context, "month", lastDayOfMonth(year, month)) : noSuchMonth(month);

const TEN_DAY_ENDS: Readonly<Record<string, (year: number, month: number) => number>> = {
  上: () => 10,
  中: () => 20,
  下: daysInMonth,
};

const tenDaysEnd = (
  context: Context,
  year: number,
  month: number,
  part: string,
): Deadline | Rejection => {
  const lastDay = TEN_DAY_ENDS[part];
  if (!isMonth(month)) return noSuchMonth(month);
  if (lastDay === undefined)
    return reject(`无法识别“${part}旬”`, `"${part}旬" is not a ten-day period`);
  return periodEnd(context, "ten_days", isoDate(year, month, lastDay(year, month)));
};

const yearEnd = (context: Context, year: number): Deadline =>
  periodEnd(context, "year", isoDate(year, 12, 31));

const halfYearEnd = (context: Context, year: number, second: boolean): Deadline =>
  periodEnd(context, "half_year", second ? isoDate(year, 12, 31) : isoDate(year, 6, 30));

const quarterEnd = (context: Context, year: number, quarter: number): Deadline | Rejection =>
  Number.isInteger(quarter) && quarter >= 1 && quarter <= 4
    ? periodEnd(context, "quarter", lastDayOfMonth(year, quarter * 3))
    : reject(`没有第${quarter}季度`, `there is no quarter ${quarter}`);

const endBeforeStart = (): Rejection =>
  reject("结束时间早于开始时间", "the span ends before it starts");

const quarterSpan = (
  context: Context,
  year: number,
  from: number,
  to: number,
): Deadline | Rejection => {
  const last = quarterEnd(context, year, to);
  if (last.kind !== "period_end") return last;
  const first = quarterEnd(context, year, from);
  if (first.kind !== "period_end") return first;
  if (to < from) return endBeforeStart();
  return periodEnd(context, "quarter", last.date, isoDate(year, from * 3 - 2, 1));
};

const yearSpan = (context: Context, from: number, to: number): Deadline | Rejection =>
  to < from
    ? endBeforeStart()
    : periodEnd(context, "year", isoDate(to, 12, 31), isoDate(from, 1, 1));

const monthSpan = (
  context: Context,
  from: { year: number; month: number },
  to: { year: number; month: number },
): Deadline | Rejection => {
  if (!isMonth(from.month)) return noSuchMonth(from.month);
  if (!isMonth(to.month)) return noSuchMonth(to.month);
  if (to.year * 12 + to.month < from.year * 12 + from.month) return endBeforeStart();
  return periodEnd(
    context,
    "month",
    lastDayOfMonth(to.year, to.month),
    isoDate(from.year, from.month, 1),
  );
};

const recurring = (
  context: Context,
  every: Recurrence,
  day: number | "end",
): Deadline | Rejection =>
  day === "end" || (Number.isInteger(day) && day >= 1 && day <= 31)
    ? { kind: "recurring", text: context.text, every, day }
    : reject(`没有${day}日`, `there is no day ${day} in a month`);

const RECURRENCE_UNITS: Readonly<Record<string, Recurrence>> = {
  季: "quarter",
  季度: "quarter",
  半年: "half_year",
  年: "year",
  年度: "year",
};

const recurrenceOf = (unit: string | undefined): Recurrence =>
  RECURRENCE_UNITS[unit ?? ""] ?? "year";

// The Deadline type can only place a recurring day in the period's last
// month, so "每季度首月10日前" (first month) and the ambiguous "每季度10日前"
// are refused rather than moved to a month the table did not name.
const lastMonthOnly = (): Rejection =>
  reject(
    "周期性时限只能写在周期的最后一个月，如“每季度末月10日前”",
    "a recurring day must fall in the period's last month, as in 每季度末月10日前",
  );

/**
 * What a deadline can be the deadline of ("5月底前动工", "年底前建成投用"), as a
 * regular-expression alternation: longer words before the words they start with.
 */
const EVENT_WORDS = [
  "开工建设",
  "开工",
  "动工",
  "建成投用",
  "建成投产",
  "建成运行",
  "建成运营",
  "建成使用",
  "建成",
  "投入使用",
  "投入运营",
  "投入运行",
  "投用",
  "投产",
  "竣工验收",
  "竣工",
  "完工",
  "完成验收",
  "通过验收",
  "验收",
  "交付使用",
  "交付",
  "开业",
  "运营",
  "上线运行",
  "上线",
  "启用",
  "开通",
  "通车",
  "签约",
  "落地",
  "挂牌",
  "出台",
  "印发",
  "启动",
].join("|");

/** An event after the deadline, as a regular expression: "正式上线运行". */
export const EVENT = `(?:正式|全面|基本|全部)?(?:${EVENT_WORDS})`;

/** 完成 after a deadline only restates it: "年底前全面完成" = "年底前". */
export const COMPLETION = "(?:全面|基本|全部)?完成";

/** Tried in order; the first rule whose pattern matches decides. */
export const DEADLINE_RULES: readonly Rule[] = [
  // Fixed days: 12月15日, 2022年6月30日, 6月30号, 2022.6.30, 2022-06-30, 2022/6/30.
  rule(String.raw`${OPTIONAL_YEAR}(?<month>${N})月(?<day>${N})[日号]`, (g, c) =>
    onDay(c, yearOf(g.year, c, g.relative), toNumber(g.month), toNumber(g.day)),
  ),
  rule(String.raw`(?<year>\d{4})(?<sep>[./-])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})`, (g, c) =>
    onDay(c, yearOf(g.year, c), toNumber(g.month), toNumber(g.day)),
  ),

  // Month ends: 6月底, 6月末, 2022年12月, 6月份.
  rule(String.raw`${OPTIONAL_YEAR}(?<month>${N})月份?(?:底|末)?`, (g, c) =>
    monthEnd(c, yearOf(g.year, c, g.relative), toNumber(g.month)),
  ),
  rule(String.raw`${OPTIONAL_YEAR}(?<month>${N})月份?(?<part>[上中下])旬(?:末|底)?`, (g, c) =>
    tenDaysEnd(c, yearOf(g.year, c, g.relative), toNumber(g.month), g.part ?? ""),
  ),

  // Year ends: 年底, 年末, 年内, 本年底, 2022年底, 2022年, 2022年度, 全年, 2022年全年.
  rule(String.raw`(?:(?<year>\d{4})|(?<relative>[本今当次明翌])年?)?年度?(?:底|末|内)`, (g, c) =>
    yearEnd(c, yearOf(g.year, c, g.relative)),
  ),
  rule(String.raw`(?<year>\d{4})年度?(?:全年)?`, (g, c) => yearEnd(c, yearOf(g.year, c))),
  // "全年持续推进": work that goes on all year is due when the year ends.
  rule(`全年(?:持续|常态化)?${ONGOING_VERBS}?|本年度`, (_g, c) => yearEnd(c, c.year)),

  // Half years: 上半年, 下半年, 年中.
  rule(String.raw`${OPTIONAL_YEAR}(?<half>[上下])半年(?:底|末|内)?`, (g, c) =>
    halfYearEnd(c, yearOf(g.year, c, g.relative), g.half === "下"),
  ),
  rule(String.raw`(?:(?<year>\d{4})年年?|年)中`, (g, c) =>
    halfYearEnd(c, yearOf(g.year, c), false),
  ),

  // Quarters: 第三季度, 三季度末, 第3季度, Q3, 2022Q3.
  rule(String.raw`${OPTIONAL_YEAR}第?(?<quarter>${N})季度?(?:末|底|内)?`, (g, c) =>
    quarterEnd(c, yearOf(g.year, c, g.relative), toNumber(g.quarter)),
  ),
  rule(String.raw`(?:(?<year>\d{4})年?)?Q(?<quarter>\d)(?:末|底)?`, (g, c) =>
    quarterEnd(c, yearOf(g.year, c), toNumber(g.quarter)),
  ),
  // Quarter spans: 一至三季度, 第一、二季度 (end of the last, start of the first kept).
  rule(
    String.raw`${OPTIONAL_YEAR}第?(?<from>${N})(?:季度?)?[-、]第?(?<to>${N})季度?(?:末|底)?`,
    (g, c) => quarterSpan(c, yearOf(g.year, c, g.relative), toNumber(g.from), toNumber(g.to)),
  ),

  // Spans, with every dash already folded to "-": 2022-2023年, 2022年6月-12月, 6-12月.
  rule(String.raw`(?<from>\d{4})(?:年度?)?-(?<to>\d{4})年度?(?:底|末)?`, (g, c) =>
    yearSpan(c, Number(g.from), Number(g.to)),
  ),
  rule(
    String.raw`(?:(?<y1>\d{4})年|(?<relative>次年|明年|翌年|今年|本年|当年))?(?<m1>${N})(?:月份?)?-(?:(?<y2>\d{4})年)?(?<m2>${N})月份?(?:底|末)?`,
    (g, c) => {
      const fromYear = yearOf(g.y1, c, g.relative);
      return monthSpan(
        c,
        { year: fromYear, month: toNumber(g.m1) },
        { year: g.y2 === undefined ? fromYear : Number(g.y2), month: toNumber(g.m2) },
      );
    },
  ),

  // Recurring: 每季度末, 按季度, 每月底, 每月25日, 每半年, 每年, 每季度末月25日, 每年12月20日.
  rule(String.raw`(?:每个?|按)季度?(?:末|底)?`, (_g, c) => recurring(c, "quarter", "end")),
  rule(String.raw`(?:每个?|按)月份?(?:底|末)?`, (_g, c) => recurring(c, "month", "end")),
  rule(String.raw`(?:每个?|按)月份?(?<day>${N})[日号]`, (g, c) =>
    recurring(c, "month", toNumber(g.day)),
  ),
  rule(String.raw`(?:每|按)半年(?:底|末)?`, (_g, c) => recurring(c, "half_year", "end")),
  rule(String.raw`(?:每|按)年度?(?:底|末)?`, (_g, c) => recurring(c, "year", "end")),
  rule(
    String.raw`(?:每个?|按)(?<unit>季度?|半年|年度?)(?:末月|最后一个?月)(?<day>${N})[日号]`,
    (g, c) => recurring(c, recurrenceOf(g.unit), toNumber(g.day)),
  ),
  rule(String.raw`每年(?<month>${N})月(?<day>${N})[日号]`, (g, c) =>
    toNumber(g.month) === 12 ? recurring(c, "year", toNumber(g.day)) : lastMonthOnly(),
  ),
  rule(String.raw`(?:每个?|按)(?:季度?|半年).+[日号]`, () => lastMonthOnly()),

  // Ongoing: 持续推进, 长期坚持, 常态化, 长期持续推进.
  rule(`(?:长期|持续|常态化|常年){1,2}${ONGOING_VERBS}?`, (_g, c) => ({
    kind: "ongoing",
    text: c.text,
  })),
];
