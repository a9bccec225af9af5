import { describe, expect, it } from "vitest";
import type { Period, Recurrence } from "../../src/domain/deadline.js";
import { parseDeadline } from "../../src/domain/parse-deadline.js";

const plan = { year: 2022 };

describe("parseDeadline: fixed days", () => {
  it.each<[string, string]>([
    ["12月15日", "2022-12-15"],
    ["12月15日前", "2022-12-15"],
    ["12月15日之前", "2022-12-15"],
    ["12月15日以前", "2022-12-15"],
    ["12月15日前完成", "2022-12-15"],
    ["2022年6月30日", "2022-06-30"],
    ["2022.6.30", "2022-06-30"],
    ["2022-06-30", "2022-06-30"],
    ["2022/6/30", "2022-06-30"],
    ["6月30号", "2022-06-30"],
    ["十二月十五日", "2022-12-15"],
    ["2024年2月29日", "2024-02-29"],
    ["2023年3月1日前", "2023-03-01"],
    ["１２月１５日", "2022-12-15"],
    ["２０２２年６月３０日前", "2022-06-30"],
    ["２０２２．６．３０", "2022-06-30"],
    ["２０２２－０６－３０", "2022-06-30"],
    ["６月３０号前完成", "2022-06-30"],
    ["（12月15日前）", "2022-12-15"],
    ["(12月15日前)", "2022-12-15"],
    ["12月15日。", "2022-12-15"],
    ["12月 15日", "2022-12-15"],
  ])("%s → %s", (text, date) => {
    expect(parseDeadline(text, plan)).toEqual({ ok: true, deadline: { kind: "date", text, date } });
  });
});

const periodEnd = (text: string, period: Period, date: string, start?: string) => ({
  ok: true,
  deadline:
    start === undefined
      ? { kind: "period_end", text, period, date }
      : { kind: "period_end", text, period, date, start },
});

describe("parseDeadline: ends of periods", () => {
  it.each<[string, Period, string]>([
    ["2022年6月底前", "month", "2022-06-30"],
    ["6月底前", "month", "2022-06-30"],
    ["6月底", "month", "2022-06-30"],
    ["6月末", "month", "2022-06-30"],
    ["2022年12月", "month", "2022-12-31"],
    ["9月", "month", "2022-09-30"],
    ["6月份", "month", "2022-06-30"],
    ["2月底", "month", "2022-02-28"],
    ["十二月底前", "month", "2022-12-31"],
    ["2023年3月底前", "month", "2023-03-31"],
    ["６月底前完成", "month", "2022-06-30"],
    ["（6月底前）", "month", "2022-06-30"],
    ["12月上旬", "ten_days", "2022-12-10"],
    ["12月中旬", "ten_days", "2022-12-20"],
    ["12月下旬", "ten_days", "2022-12-31"],
    ["2月下旬", "ten_days", "2022-02-28"],
    ["2024年2月下旬前", "ten_days", "2024-02-29"],
    ["年底前", "year", "2022-12-31"],
    ["年底", "year", "2022-12-31"],
    ["年内", "year", "2022-12-31"],
    ["年内完成", "year", "2022-12-31"],
    ["2022年底", "year", "2022-12-31"],
    ["2022年底前", "year", "2022-12-31"],
    ["2022年", "year", "2022-12-31"],
    ["2023年", "year", "2023-12-31"],
    ["年末", "year", "2022-12-31"],
    ["全年", "year", "2022-12-31"],
    ["2022年内", "year", "2022-12-31"],
    ["２０２２年底前", "year", "2022-12-31"],
    ["上半年", "half_year", "2022-06-30"],
    ["下半年", "half_year", "2022-12-31"],
    ["年中", "half_year", "2022-06-30"],
    ["2023年上半年", "half_year", "2023-06-30"],
    ["第三季度", "quarter", "2022-09-30"],
    ["三季度", "quarter", "2022-09-30"],
    ["第3季度", "quarter", "2022-09-30"],
    ["第３季度", "quarter", "2022-09-30"],
    ["三季度末", "quarter", "2022-09-30"],
    ["一季度前", "quarter", "2022-03-31"],
    ["二季度", "quarter", "2022-06-30"],
    ["第四季度", "quarter", "2022-12-31"],
    ["Q3", "quarter", "2022-09-30"],
    ["Ｑ１", "quarter", "2022-03-31"],
    ["2023年Q2", "quarter", "2023-06-30"],
    ["一季度", "quarter", "2022-03-31"],
    ["第一季度", "quarter", "2022-03-31"],
    ["一季度末", "quarter", "2022-03-31"],
    ["三季度前", "quarter", "2022-09-30"],
    ["2023年一季度", "quarter", "2023-03-31"],
    ["q3", "quarter", "2022-09-30"],
    ["1月份", "month", "2022-01-31"],
    ["6 月底 前", "month", "2022-06-30"],
    ["6\u3000月底前", "month", "2022-06-30"],
    ["6月底之前", "month", "2022-06-30"],
    ["6月以前", "month", "2022-06-30"],
    ["次年3月", "month", "2023-03-31"],
    ["次年3月底前", "month", "2023-03-31"],
    ["明年6月", "month", "2023-06-30"],
    ["今年6月底", "month", "2022-06-30"],
    ["次年一季度", "quarter", "2023-03-31"],
    ["次年上半年", "half_year", "2023-06-30"],
    ["次年底", "year", "2023-12-31"],
    ["明年年底前", "year", "2023-12-31"],
    ["今年年底", "year", "2022-12-31"],
    ["次年3月中旬", "ten_days", "2023-03-20"],
    ["全年持续", "year", "2022-12-31"],
    ["全年持续推进", "year", "2022-12-31"],
    ["全年持续开展", "year", "2022-12-31"],
    ["年底前全面完成", "year", "2022-12-31"],
    ["6月底前基本完成", "month", "2022-06-30"],
  ])("%s → %s ending %s", (text, period, date) => {
    expect(parseDeadline(text, plan)).toEqual(periodEnd(text, period, date));
  });
});

describe("parseDeadline: spans", () => {
  it.each<[string, Period, string, string]>([
    ["2022—2023年", "year", "2022-01-01", "2023-12-31"],
    ["2022-2023年", "year", "2022-01-01", "2023-12-31"],
    ["2022年至2023年", "year", "2022-01-01", "2023-12-31"],
    ["2022–2024年", "year", "2022-01-01", "2024-12-31"],
    ["2022~2023年", "year", "2022-01-01", "2023-12-31"],
    ["2022～2023年底前", "year", "2022-01-01", "2023-12-31"],
    ["2022——2023年", "year", "2022-01-01", "2023-12-31"],
    ["２０２２－２０２３年", "year", "2022-01-01", "2023-12-31"],
    ["2022年6月—12月", "month", "2022-06-01", "2022-12-31"],
    ["2022年6月至12月底", "month", "2022-06-01", "2022-12-31"],
    ["6-12月", "month", "2022-06-01", "2022-12-31"],
    ["6月～9月", "month", "2022-06-01", "2022-09-30"],
    ["2022年11月—2023年3月", "month", "2022-11-01", "2023-03-31"],
    ["3—5月", "month", "2022-03-01", "2022-05-31"],
    ["3-5月份", "month", "2022-03-01", "2022-05-31"],
    ["次年1—3月", "month", "2023-01-01", "2023-03-31"],
    ["一至三季度", "quarter", "2022-01-01", "2022-09-30"],
    ["第一、二季度", "quarter", "2022-01-01", "2022-06-30"],
    ["2023年第二—第三季度", "quarter", "2023-04-01", "2023-09-30"],
  ])("%s → %s from %s to %s", (text, period, start, date) => {
    expect(parseDeadline(text, plan)).toEqual(periodEnd(text, period, date, start));
  });
});

describe("parseDeadline: the deadline of an event", () => {
  it.each<[string, string, string, string]>([
    ["5月底前动工", "动工", "period_end", "2022-05-31"],
    ["6月底前开工建设", "开工建设", "period_end", "2022-06-30"],
    ["年底前建成投用", "建成投用", "period_end", "2022-12-31"],
    ["年底建成投用", "建成投用", "period_end", "2022-12-31"],
    ["9月30日前竣工验收", "竣工验收", "date", "2022-09-30"],
    ["三季度正式上线运行", "正式上线运行", "period_end", "2022-09-30"],
    ["6 月底前 开工", "开工", "period_end", "2022-06-30"],
  ])("%s → %s by %s %s", (text, event, kind, date) => {
    const result = parseDeadline(text, plan);
    expect(result).toMatchObject({ ok: true, deadline: { kind, text, date, event } });
  });

  it("keeps no event on a deadline that names none", () => {
    const result = parseDeadline("6月底前完成", plan);
    expect(result.ok && "event" in result.deadline).toBe(false);
  });
});

describe("parseDeadline: recurring", () => {
  it.each<[string, Recurrence, number | "end"]>([
    ["每季度", "quarter", "end"],
    ["每季度末", "quarter", "end"],
    ["按季度", "quarter", "end"],
    ["每季度末前", "quarter", "end"],
    ["每个季度", "quarter", "end"],
    ["每季度末月25日前", "quarter", 25],
    ["每月", "month", "end"],
    ["每月底", "month", "end"],
    ["按月", "month", "end"],
    ["每月底前", "month", "end"],
    ["每月25日前", "month", 25],
    ["每月10日", "month", 10],
    ["每月１０日前", "month", 10],
    ["每月31日", "month", 31],
    ["每半年", "half_year", "end"],
    ["每年", "year", "end"],
    ["每年12月20日前", "year", 20],
  ])("%s → every %s on %s", (text, every, day) => {
    expect(parseDeadline(text, plan)).toEqual({
      ok: true,
      deadline: { kind: "recurring", text, every, day },
    });
  });
});

describe("parseDeadline: ongoing and none", () => {
  it.each([
    "持续推进",
    "长期坚持",
    "长期",
    "持续",
    "常态化推进",
    "常态化",
    "长期推进",
    "持续开展",
    "长期持续推进",
  ])("%s → ongoing", (text) => {
    expect(parseDeadline(text, plan)).toEqual({ ok: true, deadline: { kind: "ongoing", text } });
  });

  it.each(["", "   ", "\u3000", "\n\t", "\u200b"])("%j → none", (text) => {
    expect(parseDeadline(text, plan)).toEqual({ ok: true, deadline: { kind: "none" } });
  });
});

describe("parseDeadline: text kept as written", () => {
  it.each<[string, string]>([
    ["  １２月１５日前 ", "１２月１５日前"],
    ["\t2022年6月底前\n", "2022年6月底前"],
    ["\u3000年底前\u3000", "年底前"],
  ])("%j keeps %s", (input, text) => {
    const result = parseDeadline(input, plan);
    expect(result.ok && result.deadline.kind !== "none" ? result.deadline.text : null).toBe(text);
  });

  it("takes the plan year when the text gives none", () => {
    expect(parseDeadline("12月15日", { year: 2023 })).toEqual({
      ok: true,
      deadline: { kind: "date", text: "12月15日", date: "2023-12-15" },
    });
  });
});

describe("parseDeadline: errors", () => {
  it.each<[string, string, string]>([
    ["尽快", "", ""],
    ["下个月", "", ""],
    ["待定", "", ""],
    ["前", "", ""],
    ["完成", "", ""],
    ["6月初", "", ""],
    ["年初", "", ""],
    ["2022.6", "", ""],
    ["6月1日—6月30日", "", ""],
    ["2022年6月底前完成，长期坚持", "", ""],
    ["6月底前；12月底前", "", ""],
    ["动工", "", ""],
    ["6月底前完成方案", "", ""],
    ["二〇二二年底", "", ""],
    ["6月31日前动工", "：2022年6月没有31日", ": 2022-06-31 is not a real day"],
    ["四至二季度", "：结束时间早于开始时间", ": the span ends before it starts"],
    ["三至五季度", "：没有第5季度", ": there is no quarter 5"],
    [
      "每季度动工",
      "：“动工”需要具体的日期或期限，如“5月底前动工”",
      ': "动工" needs a day or the end of a period, as in 5月底前动工',
    ],
    ["13月1日", "：没有13月", ": there is no month 13"],
    ["13月底", "：没有13月", ": there is no month 13"],
    ["0月", "：没有0月", ": there is no month 0"],
    ["2月30日", "：2022年2月没有30日", ": 2022-02-30 is not a real day"],
    ["2022年2月29日", "：2022年2月没有29日", ": 2022-02-29 is not a real day"],
    ["4月31日", "：2022年4月没有31日", ": 2022-04-31 is not a real day"],
    ["2022-13-01", "：没有13月", ": there is no month 13"],
    ["第五季度", "：没有第5季度", ": there is no quarter 5"],
    ["Q5", "：没有第5季度", ": there is no quarter 5"],
    ["2023—2022年", "：结束时间早于开始时间", ": the span ends before it starts"],
    ["2022年12月—6月", "：结束时间早于开始时间", ": the span ends before it starts"],
    ["12月-13月", "：没有13月", ": there is no month 13"],
    ["每月32日", "：没有32日", ": there is no day 32 in a month"],
    ["每月0日", "：没有0日", ": there is no day 0 in a month"],
    [
      "每季度首月10日前",
      "：周期性时限只能写在周期的最后一个月，如“每季度末月10日前”",
      ": a recurring day must fall in the period's last month, as in 每季度末月10日前",
    ],
    [
      "每季度10日前",
      "：周期性时限只能写在周期的最后一个月，如“每季度末月10日前”",
      ": a recurring day must fall in the period's last month, as in 每季度末月10日前",
    ],
    [
      "每年6月30日",
      "：周期性时限只能写在周期的最后一个月，如“每季度末月10日前”",
      ": a recurring day must fall in the period's last month, as in 每季度末月10日前",
    ],
  ])("%s is refused", (text, zhReason, enReason) => {
    expect(parseDeadline(text, plan)).toEqual({
      ok: false,
      message: {
        zh: expect.stringContaining(
          `无法识别完成时限“${text}”${zhReason}。可用的写法如：`,
        ) as string,
        en: expect.stringContaining(
          `Cannot read the deadline "${text}"${enReason}. Accepted forms include`,
        ) as string,
      },
    });
  });

  it("names the text and lists accepted forms in both languages", () => {
    expect(parseDeadline(" 尽快 ", plan)).toEqual({
      ok: false,
      message: {
        zh:
          "无法识别完成时限“尽快”。可用的写法如：12月15日、2022年6月30日、6月底前、12月中旬、" +
          "年底前、全年、上半年、第三季度、2022—2023年、3—5月、5月底前动工、每季度末、" +
          "每月25日前、持续推进。",
        en:
          'Cannot read the deadline "尽快". Accepted forms include 12月15日 or 2022年6月30日 ' +
          "(a day), 6月底前 (end of a month), 12月中旬 (ten days), 年底前 or 全年 (end of the year), " +
          "上半年 (half year), 第三季度 (quarter), 2022—2023年 or 3—5月 (span), " +
          "5月底前动工 (the deadline of an event), " +
          "每季度末 or 每月25日前 (recurring), 持续推进 (ongoing).",
      },
    });
  });
});
