import { describe, expect, it } from "vitest";
import { normalizeUnitName, splitUnitList } from "../../src/domain/unit-list.js";

describe("splitUnitList", () => {
  it.each([
    ["市科技局\n市税务局", ["市科技局", "市税务局"]],
    ["市科技局、市税务局", ["市科技局", "市税务局"]],
    ["市科技局，市税务局；市财政局", ["市科技局", "市税务局", "市财政局"]],
    ["市科技局 市税务局", ["市科技局", "市税务局"]],
    ["市科技局、各县（市、区）政府", ["市科技局", "各县（市、区）政府"]],
    ["各县(市、区)政府", ["各县（市、区）政府"]],
    ["市教育局〈含市属学校〉、市卫生健康局等", ["市教育局", "市卫生健康局"]],
    ["市科技局、市科技局", ["市科技局"]],
    ["", []],
    ["\n  \n", []],
  ])("%j → %j", (text, units) => {
    expect(splitUnitList(text)).toEqual(units);
  });

  it("writes ASCII brackets in names as the full-width ones Chinese text uses", () => {
    expect(normalizeUnitName("各县(市、区) 政府")).toBe("各县（市、区）政府");
  });
});
