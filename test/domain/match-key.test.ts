import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/domain/match-key.js";

describe("matchKey", () => {
  it.each([
    ["市發展改革委", "市发展改革委"],
    ["市衛生健康局", "市卫生健康局"],
    ["市衞生健康局", "市卫生健康局"],
    ["市臺港澳辦", "市台港澳办"],
    ["市場監管局", "市场监管局"],
    ["各縣(市、區) 政府", "各县（市、区）政府"],
  ])("gives %s the key of %s", (traditional, simplified) => {
    expect(matchKey(traditional)).toBe(matchKey(simplified));
    expect(matchKey(traditional)).toBe(simplified);
  });

  it("leaves simplified names as they are and keeps different names apart", () => {
    expect(matchKey("市科技局")).toBe("市科技局");
    expect(matchKey("市發展改革委")).not.toBe(matchKey("市财政局"));
  });
});
