import { describe, expect, it } from "vitest";
import { createUnitDirectory } from "../../src/domain/unit-directory.js";

const directory = createUnitDirectory([
  { kind: "unit", name: "市科技局", aliases: ["江门市科学技术局", "市科学技术局"] },
  { kind: "unit", name: "市发展改革委", aliases: [] },
  { kind: "unit", name: "开平市政府", aliases: [] },
  {
    kind: "group",
    name: "各县（市、区）政府",
    aliases: ["各县(市、区)政府"],
    members: ["开平市政府"],
  },
]);

describe("the unit directory", () => {
  it.each([
    ["市科技局", "市科技局"],
    ["江门市科学技术局", "市科技局"],
    ["发展改革委", "市发展改革委"],
    ["各县(市、区)政府", "各县（市、区）政府"],
    ["五邑大学", null],
    ["市發展改革委", "市发展改革委"],
    ["發展改革委", "市发展改革委"],
    ["江門市科學技術局", "市科技局"],
    ["各縣（市、區）政府", "各县（市、区）政府"],
    ["各縣(市、區) 政府", "各县（市、区）政府"],
  ])("resolves %s to %s", (written, canonical) => {
    expect(directory.resolve(written)).toBe(canonical);
  });

  it("matches a unit by its name, an alias, or a group it belongs to", () => {
    const isKaiping = directory.matcher("开平市政府");
    expect(["开平市政府", "各县（市、区）政府", "市科技局"].map(isKaiping)).toEqual([
      true,
      true,
      false,
    ]);
    expect(directory.matcher("市科技局")("江门市科学技术局")).toBe(true);
    expect(directory.matcher("开平市政府")("開平市政府")).toBe(true);
    expect(directory.matcher("市衛生健康局")("市卫生健康局")).toBe(true);
    expect(directory.matcher("市衛生健康局")("市教育局")).toBe(false);
  });

  it("refuses one name for two units", () => {
    expect(() =>
      createUnitDirectory([
        { kind: "unit", name: "甲", aliases: ["丙"] },
        { kind: "unit", name: "乙", aliases: ["丙"] },
      ]),
    ).toThrow(/丙/);
  });
});
