import { describe, expect, it } from "vitest";
import { formatListNumber, renderListLabel } from "../../src/importers/blocks/render-list-label.js";

describe("formatListNumber", () => {
  it.each([
    ["decimal", [1, 9, 10, 123], ["1", "9", "10", "123"]],
    ["decimalZero", [3, 12], ["03", "12"]],
    ["decimalFullWidth", [7, 12], ["７", "１２"]],
    ["decimalEnclosedCircle", [1, 10, 20, 21], ["①", "⑩", "⑳", "21"]],
    ["decimalEnclosedParen", [1, 3], ["⑴", "⑶"]],
    [
      "chineseCounting",
      [1, 10, 11, 20, 21, 99, 105],
      ["一", "十", "十一", "二十", "二十一", "九十九", "一〇五"],
    ],
    [
      "chineseCountingThousand",
      [10, 19, 100, 105, 110, 1001, 1010, 1100, 2345],
      [
        "十",
        "十九",
        "一百",
        "一百零五",
        "一百一十",
        "一千零一",
        "一千零一十",
        "一千一百",
        "二千三百四十五",
      ],
    ],
    ["japaneseCounting", [10, 100, 101, 110, 1001], ["十", "百", "百一", "百十", "千一"]],
    ["ideographTraditional", [1, 3, 10, 11], ["甲", "丙", "癸", "甲"]],
    ["ideographZodiac", [1, 12], ["子", "亥"]],
    ["ideographDigital", [105], ["一〇五"]],
    ["chineseLegalSimplified", [3, 12, 105], ["叁", "拾贰", "壹佰零伍"]],
    ["lowerLetter", [1, 26, 27, 28], ["a", "z", "aa", "bb"]],
    ["upperLetter", [2, 53], ["B", "AAA"]],
    ["lowerRoman", [4, 9, 14, 1994], ["iv", "ix", "xiv", "mcmxciv"]],
    ["upperRoman", [3, 40], ["III", "XL"]],
    ["bullet", [1], [""]],
    ["none", [1], [""]],
    ["somethingNew", [5], ["5"]],
  ] as const)("%s", (format, values, expected) => {
    expect(values.map((value) => formatListNumber(value, format))).toEqual(expected);
  });
});

describe("renderListLabel", () => {
  const chinese = { value: 3, format: "chineseCounting" };
  const decimal = { value: 2, format: "decimal" };

  it("places the level's number in its text", () => {
    expect(renderListLabel("%1、", [chinese])).toBe("三、");
    expect(renderListLabel("（%1）", [chinese])).toBe("（三）");
    expect(renderListLabel("%2.", [chinese, decimal])).toBe("2.");
    expect(renderListLabel("第%1条", [chinese])).toBe("第三条");
  });

  it("shows each level in its own format, or all in decimal when legal", () => {
    expect(renderListLabel("%1.%2", [chinese, decimal])).toBe("三.2");
    expect(renderListLabel("%1.%2", [chinese, decimal], true)).toBe("3.2");
  });

  it("drops a placeholder for a level it is not given", () => {
    expect(renderListLabel("%1.%3", [decimal])).toBe("2.");
  });
});
