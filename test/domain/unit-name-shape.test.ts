import { describe, expect, it } from "vitest";
import { looksLikeUnitName } from "../../src/domain/unit-name-shape.js";

describe("looksLikeUnitName", () => {
  it.each([
    "市发展改革委",
    "市工业和信息化局",
    "各县（市、区）政府",
    "各县（市、区）",
    "市政府各部门",
    "团市委",
    "市妇联",
    "国网××供电公司",
    "市城投集团",
    "高新区管委会",
    "各有关单位",
  ])("%s is a unit's name", (name) => {
    expect(looksLikeUnitName(name)).toBe(true);
  });

  it.each(["一期", "不含土地", "试行", "切实", "2023年版", "详见附件", "科技攻关", "数字平台", ""])(
    "%j is not",
    (name) => {
      expect(looksLikeUnitName(name)).toBe(false);
    },
  );
});
