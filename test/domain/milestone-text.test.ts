import { describe, expect, it } from "vitest";
import { parseMilestoneText } from "../../src/domain/milestone-text.js";

describe("parseMilestoneText", () => {
  it.each([
    ["（1）组织政策宣讲。", 1, "组织政策宣讲。"],
    ["(12) 组织申报。", 12, "组织申报。"],
    ["（３）全角数字。", 3, "全角数字。"],
    ["2.完成验收。", 2, "完成验收。"],
    ["2、完成验收。", 2, "完成验收。"],
    ["③圈号。", 3, "圈号。"],
    ["无编号的唯一步骤。", null, "无编号的唯一步骤。"],
    ["1.5亿元专项资金到位。", null, "1.5亿元专项资金到位。"],
  ])("%s → (%s) %s", (raw, seq, text) => {
    expect(parseMilestoneText(raw)).toEqual({ seq, text });
  });
});

describe("parseMilestoneText on an empty cell", () => {
  it("gives no number", () => {
    expect(parseMilestoneText("")).toEqual({ seq: null, text: "" });
  });
});
