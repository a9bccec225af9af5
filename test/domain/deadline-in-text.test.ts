import { describe, expect, it } from "vitest";
import { findDeadlineInText } from "../../src/domain/deadline-in-text.js";

const plan = { year: 2022 };

/** The phrase, due date, remaining text and place found, in one line per case. */
const summary = (text: string) => {
  const found = findDeadlineInText(text, plan);
  if (found === null) return null;
  if (found.deadline === null) return { unreadable: found.phrase, text: found.text, at: found.at };
  const { deadline } = found;
  return {
    phrase: deadline.kind === "none" ? "" : deadline.text,
    kind: deadline.kind,
    due: deadline.kind === "date" || deadline.kind === "period_end" ? deadline.date : null,
    text: found.text,
    at: found.at,
  };
};

describe("findDeadlineInText: at the start of a step", () => {
  it.each<[string, string, string, string]>([
    ["3月底前，制定实施方案", "3月底前", "2022-03-31", "制定实施方案"],
    ["3月底前完成实施方案制定", "3月底前", "2022-03-31", "完成实施方案制定"],
    ["3月底前完成，报市政府审定", "3月底前完成", "2022-03-31", "报市政府审定"],
    ["6 月底 前，完成验收", "6 月底 前", "2022-06-30", "完成验收"],
    ["６月底前，完成验收", "６月底前", "2022-06-30", "完成验收"],
    ["\u3000\u30006月30日前，完成验收", "6月30日前", "2022-06-30", "完成验收"],
    ["6月30日，召开推进会", "6月30日", "2022-06-30", "召开推进会"],
    ["2022年12月中旬，开展评估", "2022年12月中旬", "2022-12-20", "开展评估"],
    ["二季度末前，出台政策", "二季度末前", "2022-06-30", "出台政策"],
    ["上半年，完成选址", "上半年", "2022-06-30", "完成选址"],
    ["年底前完成全部任务", "年底前", "2022-12-31", "完成全部任务"],
    ["力争9月底前，建成平台", "9月底前", "2022-09-30", "建成平台"],
    ["1月份：印发通知", "1月份", "2022-01-31", "印发通知"],
    ["6—9月，开展专项检查", "6—9月", "2022-09-30", "开展专项检查"],
    ["2023年3月底前，完成评估", "2023年3月底前", "2023-03-31", "完成评估"],
    ["次年3月底前，完成评估", "次年3月底前", "2023-03-31", "完成评估"],
    ["一至三季度，开展专项检查", "一至三季度", "2022-09-30", "开展专项检查"],
    ["全年持续开展专项行动", "全年", "2022-12-31", "持续开展专项行动"],
    ["全年持续推进，按月调度", "全年持续推进", "2022-12-31", "按月调度"],
    ["5月底前动工，年底前主体完工", "5月底前动工", "2022-05-31", "年底前主体完工"],
    ["5月底前动工建设产业园", "5月底前", "2022-05-31", "动工建设产业园"],
  ])("%j → %s (%s), text %j", (text, phrase, due, rest) => {
    expect(summary(text)).toMatchObject({ phrase, due, text: rest, at: "start" });
  });

  it("keeps the event a deadline is for", () => {
    expect(findDeadlineInText("推进产业园建设，6 月底前 开工建设。", plan)).toEqual({
      deadline: {
        kind: "period_end",
        text: "6 月底前 开工建设",
        period: "month",
        date: "2022-06-30",
        event: "开工建设",
      },
      text: "推进产业园建设。",
      at: "end",
    });
  });

  it("reads a recurring phrase at the start", () => {
    expect(summary("每季度报送工作进展")).toEqual({
      phrase: "每季度",
      kind: "recurring",
      due: null,
      text: "报送工作进展",
      at: "start",
    });
  });
});

describe("findDeadlineInText: at the end of a step", () => {
  it.each<[string, string, string | null, string]>([
    ["完成老旧小区改造，年底前完成。", "年底前完成", "2022-12-31", "完成老旧小区改造。"],
    ["完成老旧小区改造，年底前完成", "年底前完成", "2022-12-31", "完成老旧小区改造"],
    ["建成示范基地；6月底前", "6月底前", "2022-06-30", "建成示范基地"],
    ["建成示范基地，力争10月底前完成。", "10月底前完成", "2022-10-31", "建成示范基地。"],
    ["建成示范基地，第三季度。", "第三季度", "2022-09-30", "建成示范基地。"],
    ["开展监督检查，持续推进", "持续推进", null, "开展监督检查"],
    ["市科技局牵头；6月底前", "6月底前", "2022-06-30", "市科技局牵头"],
    ["推进数字化改造，完成时限：12月底前", "12月底前", "2022-12-31", "推进数字化改造"],
    ["推进产业园建设，年底前建成投用。", "年底前建成投用", "2022-12-31", "推进产业园建设。"],
    ["推进产业园建设，确保年底前全面完成", "年底前全面完成", "2022-12-31", "推进产业园建设"],
    ["推进产业园建设，次年上半年", "次年上半年", "2023-06-30", "推进产业园建设"],
  ])("%j → %s (%s), text %j", (text, phrase, due, rest) => {
    expect(summary(text)).toMatchObject({ phrase, due, text: rest, at: "end" });
  });
});

describe("findDeadlineInText: last clause of a responsibility bracket", () => {
  it.each<[string, string, string | null, string]>([
    [
      "完成实施方案（市科技局牵头；6月底前）。",
      "6月底前",
      "2022-06-30",
      "完成实施方案（市科技局牵头）。",
    ],
    [
      "完成实施方案（牵头单位：市科技局，配合单位：市财政局；2022年12月底前完成）",
      "2022年12月底前完成",
      "2022-12-31",
      "完成实施方案（牵头单位：市科技局，配合单位：市财政局）",
    ],
    ["召开推进会（6月30日）", "6月30日", "2022-06-30", "召开推进会"],
    ["召开推进会〔年内〕。", "年内", "2022-12-31", "召开推进会。"],
    [
      "召开推进会（市科技局牵头；全年持续推进）",
      "全年持续推进",
      "2022-12-31",
      "召开推进会（市科技局牵头）",
    ],
    [
      "建立工作机制（市发展改革委牵头，长期坚持）",
      "长期坚持",
      null,
      "建立工作机制（市发展改革委牵头）",
    ],
    [
      "扩大覆盖面（各县（市、区）政府负责；每季度）",
      "每季度",
      null,
      "扩大覆盖面（各县（市、区）政府负责）",
    ],
  ])("%j → %s (%s), text %j", (text, phrase, due, rest) => {
    expect(summary(text)).toMatchObject({ phrase, due, text: rest, at: "inside" });
  });
});

describe("findDeadlineInText: no deadline", () => {
  it.each([
    "自2021年以来，全市累计建成基站1200个",
    "截至6月底，已完成投资80%",
    "2021年底以来，项目进展顺利",
    "2021年，全市地区生产总值增长8%",
    "6月召开推进会",
    "持续推进营商环境改革",
    "编制产业发展规划（2021—2025年）",
    "落实《条例》（市司法局牵头）",
    "在6月底前完成的基础上扩大试点",
    "加快推进重点项目建设",
    "",
  ])("%j", (text) => {
    expect(findDeadlineInText(text, plan)).toBeNull();
  });
});

describe("findDeadlineInText: impossible dates", () => {
  it("reports a clear phrase naming a day that does not exist, with the reason", () => {
    const found = findDeadlineInText("2月30日前，完成验收", plan);
    expect(found).toMatchObject({
      deadline: null,
      phrase: "2月30日前",
      text: "完成验收",
      at: "start",
      message: { zh: expect.stringContaining("2022年2月没有30日") as string },
    });
  });

  it("reports a quarter that does not exist in a bracket", () => {
    expect(summary("完成验收（市科技局牵头；第五季度）")).toEqual({
      unreadable: "第五季度",
      text: "完成验收（市科技局牵头）",
      at: "inside",
    });
  });
});
