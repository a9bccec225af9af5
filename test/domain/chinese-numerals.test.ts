import { describe, expect, it } from "vitest";
import { chineseCountValue } from "../../src/domain/chinese-numerals.js";

describe("chineseCountValue", () => {
  it.each<[string, number]>([
    ["三百", 300],
    ["两千三百", 2300],
    ["二十", 20],
    ["十五", 15],
    ["一百零五", 105],
    ["十万", 100_000],
    ["三万五千", 35_000],
    ["一亿二千万", 120_000_000],
    ["兩萬", 20_000],
  ])("%s → %d", (text, value) => {
    expect(chineseCountValue(text)).toBe(value);
  });

  it.each(["", "万", "亿", "千亿万", "三百家", "abc"])("reads %j as no count", (text) => {
    expect(chineseCountValue(text)).toBeNull();
  });
});
