import { describe, expect, it } from "vitest";
import { findResponsibilityRule } from "../../src/domain/responsibility-rule.js";

describe("findResponsibilityRule", () => {
  it.each([
    ["（列第一位的为牵头单位）", ""],
    ["注：排在第一位的为牵头单位，下同。", ""],
    ["各项任务的责任单位中，列第一位者为牵头单位。", "各项任务的责任单位中"],
    [
      "1.推进项目建设。（市发展改革委、市财政局，排在第一位的为牵头单位，下同）",
      "1.推进项目建设。（市发展改革委、市财政局）",
    ],
  ])("%s states that the first unit leads", (text, rest) => {
    expect(findResponsibilityRule(text)).toEqual({
      rule: { kind: "first_leads", text: expect.any(String) as unknown },
      rest,
    });
  });

  it("reads who is responsible for every item after it", () => {
    expect(findResponsibilityRule("以下各项均由市发展改革委牵头负责。")).toEqual({
      rule: {
        kind: "default_units",
        text: "以下各项均由市发展改革委牵头负责。",
        phrase: "市发展改革委牵头负责",
      },
      rest: "",
    });
  });

  it.each(["推进第一批项目建设", "市科技局牵头", "以下为工作要求"])("%s states no rule", (text) => {
    expect(findResponsibilityRule(text)).toBeNull();
  });
});
