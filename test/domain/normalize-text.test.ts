import { describe, expect, it } from "vitest";
import {
  chineseNumeralValue,
  cleanText,
  compactText,
  foldWidth,
  joinWrappedWords,
} from "../../src/domain/normalize-text.js";

describe("text clean-up", () => {
  it("removes invisible characters and trims full-width spaces, keeping the inside", () => {
    expect(cleanText("\u3000\ufeff市科技局\u200b 市税务局\r\n")).toBe("市科技局 市税务局");
  });

  it("folds full-width ASCII for matching", () => {
    expect(foldWidth("２０２２年（１）Ｑ３")).toBe("2022年(1)Q3");
  });

  it("compacts a header written with spaces and breaks", () => {
    expect(compactText("完 成\n时　限")).toBe("完成时限");
  });

  it.each([
    ["综合枢纽工程 建设", "综合枢纽工程建设"],
    ["完成\u3000 时限：5月底前", "完成时限：5月底前"],
    ["各县（市、区） 政府、 市财政局", "各县（市、区）政府、市财政局"],
    ["PM2.5 平均浓度", "PM2.5 平均浓度"],
    ["牵头单位：市公安局 交警支队", "牵头单位：市公安局交警支队"],
  ])("joins the wrap spaces of %s", (text, joined) => {
    expect(joinWrappedWords(text)).toBe(joined);
  });

  it.each([
    ["一", 1],
    ["十", 10],
    ["十二", 12],
    ["二十一", 21],
    ["一百零五", 105],
    ["两千", 2000],
    ["abc", null],
    ["", null],
  ])("%s = %s", (text, value) => {
    expect(chineseNumeralValue(text)).toBe(value);
  });
});
