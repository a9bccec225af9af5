import { describe, expect, it } from "vitest";
import { describeOffset, parseOffset } from "../../src/domain/parse-offset.js";

type Unit = "calendar_day" | "working_day";
type Direction = "before" | "after";

describe("parseOffset: what offices write", () => {
  it.each<[string, number, Unit, Direction]>([
    ["3个工作日前", 3, "working_day", "before"],
    ["前3个工作日", 3, "working_day", "before"],
    ["提前3个工作日", 3, "working_day", "before"],
    ["到期前3个工作日", 3, "working_day", "before"],
    ["截止日前3个工作日", 3, "working_day", "before"],
    ["3个工作日之前", 3, "working_day", "before"],
    ["3工作日前", 3, "working_day", "before"],
    ["三个工作日前", 3, "working_day", "before"],
    ["两个工作日前", 2, "working_day", "before"],
    ["十个工作日前", 10, "working_day", "before"],
    ["十五天前", 15, "calendar_day", "before"],
    ["２０天前", 20, "calendar_day", "before"],
    ["３个工作日前", 3, "working_day", "before"],
    ["提前7天", 7, "calendar_day", "before"],
    ["提前七天", 7, "calendar_day", "before"],
    ["7日前", 7, "calendar_day", "before"],
    ["15天前", 15, "calendar_day", "before"],
    ["提前5个自然日", 5, "calendar_day", "before"],
    ["提前一周", 7, "calendar_day", "before"],
    ["2周前", 14, "calendar_day", "before"],
    ["提前1个星期", 7, "calendar_day", "before"],
    ["到期后1个工作日", 1, "working_day", "after"],
    ["到期后3天", 3, "calendar_day", "after"],
    ["逾期3天", 3, "calendar_day", "after"],
    ["逾期后2个工作日", 2, "working_day", "after"],
    ["1个工作日后", 1, "working_day", "after"],
    ["到期前3个工作日提醒", 3, "working_day", "before"],
    [" 3 个工作日前。", 3, "working_day", "before"],
  ])("%s → %i %s %s", (text, amount, unit, direction) => {
    expect(parseOffset(text)).toEqual({ ok: true, offset: { amount, unit }, direction });
  });
});

describe("parseOffset: what is not an offset", () => {
  it.each<[string, RegExp]>([
    ["逾期后每周", /周期/],
    ["每3个工作日", /周期/],
    ["提前1个月", /月/],
    ["3个工作日", /到期前还是到期后/],
    ["提前3天后", /既写了之前又写了之后/],
    ["0天前", /1到366/],
    ["400天前", /1到366/],
    ["尽快", /无法识别/],
    ["", /没有填写/],
    ["12月15日前", /是日期/],
    ["6月底前", /是日期/],
    ["半年前", /以月或年计/],
  ])("%s", (text, reason) => {
    const parsed = parseOffset(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message.zh).toMatch(reason);
    expect(parsed.message.en).not.toBe("");
  });
});

describe("describeOffset", () => {
  it("writes what parseOffset reads", () => {
    for (const text of ["3个工作日前", "7天前", "到期后1个工作日", "到期后3天"]) {
      const parsed = parseOffset(text);
      if (!parsed.ok) throw new Error(text);
      expect(describeOffset(parsed.offset, parsed.direction)).toBe(text);
    }
  });
});
