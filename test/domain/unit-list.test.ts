import { describe, expect, it } from "vitest";
import { normalizeUnitName, readUnitList, splitUnitList } from "../../src/domain/unit-list.js";

describe("splitUnitList", () => {
  it.each([
    ["市科技局\n市税务局", ["市科技局", "市税务局"]],
    ["市科技局、市税务局", ["市科技局", "市税务局"]],
    ["市科技局，市税务局；市财政局", ["市科技局", "市税务局", "市财政局"]],
    ["市科技局,市税务局;市财政局", ["市科技局", "市税务局", "市财政局"]],
    ["市科技局 市税务局", ["市科技局", "市税务局"]],
    ["市科技局\u3000市税务局", ["市科技局", "市税务局"]],
    ["市科技局、各县（市、区）政府", ["市科技局", "各县（市、区）政府"]],
    ["各县(市、区)政府", ["各县（市、区）政府"]],
    ["市教育局〈含市属学校〉、市卫生健康局等", ["市教育局", "市卫生健康局"]],
    ["市教育局（含市属学校）", ["市教育局"]],
    ["市政府办公室（市大数据局）", ["市政府办公室（市大数据局）"]],
    ["市科技局、市科技局", ["市科技局"]],
    ["市 科技局、市税务局", ["市科技局", "市税务局"]],
    ["市 科技局\n市 税务局", ["市科技局", "市税务局"]],
    ["市教育局等单位", ["市教育局"]],
    ["", []],
    ["\n  \n", []],
  ])("%j → %j", (text, units) => {
    expect(splitUnitList(text)).toEqual(units);
  });

  it("writes ASCII brackets in names as the full-width ones Chinese text uses", () => {
    expect(normalizeUnitName("各县(市、区) 政府")).toBe("各县（市、区）政府");
  });
});

describe("readUnitList: prefix written once", () => {
  it.each([
    ["市市场监管局、发展改革委、财政局", ["市市场监管局", "市发展改革委", "市财政局"]],
    ["区教育局、卫生健康局", ["区教育局", "区卫生健康局"]],
    ["市委宣传部、组织部、发展改革委", ["市委宣传部", "市委组织部", "市发展改革委"]],
    ["市政府办公室、发展改革委", ["市政府办公室", "市发展改革委"]],
    ["市住房城乡建设局、城市管理和综合执法局", ["市住房城乡建设局", "市城市管理和综合执法局"]],
    ["市科技局、政务服务数据管理中心", ["市科技局", "市政务服务数据管理中心"]],
    ["市科技局、市政公用事业局", ["市科技局", "市市政公用事业局"]],
  ])("%j → %j", (text, units) => {
    expect(readUnitList(text).names).toEqual(units);
  });

  it.each([
    ["市科技局、江门海关", ["市科技局", "江门海关"]],
    ["市科技局、五邑大学", ["市科技局", "五邑大学"]],
    ["市科技局、各县（市、区）政府", ["市科技局", "各县（市、区）政府"]],
    ["市公安局、交警支队", ["市公安局", "交警支队"]],
    ["市税务局、人民银行", ["市税务局", "人民银行"]],
    ["市科技局、蓬江区科工商务局", ["市科技局", "蓬江区科工商务局"]],
    ["市科技局、省科技厅", ["市科技局", "省科技厅"]],
    ["市场监管局、发展改革委", ["市场监管局", "发展改革委"]],
    ["科技局、财政局", ["科技局", "财政局"]],
    ["市科技局、市中级法院", ["市科技局", "市中级法院"]],
    ["市妇联、市政务服务数据管理局", ["市妇联", "市政务服务数据管理局"]],
    ["市发展改革委、供电局", ["市发展改革委", "供电局"]],
  ])("%j keeps %j as written", (text, units) => {
    expect(readUnitList(text)).toEqual({ names: units, notes: [] });
  });

  it("says which name was completed and from which", () => {
    expect(readUnitList("市市场监管局、发展改革委").notes).toEqual([
      {
        kind: "prefix_added",
        written: "发展改革委",
        unit: "市发展改革委",
        message: {
          zh: "“发展改革委”补全为“市发展改革委”（沿用“市市场监管局”的前缀）",
          en: '"发展改革委" read as 市发展改革委, with the prefix of 市市场监管局',
        },
      },
    ]);
  });
});

describe("readUnitList: notes for the caller to report", () => {
  it("notes an open list", () => {
    expect(readUnitList("市教育局、市民政局等")).toEqual({
      names: ["市教育局", "市民政局"],
      notes: [
        {
          kind: "open_list",
          message: {
            zh: "单位名单“市教育局、市民政局等”以“等”结尾，只读取了列出的单位",
            en: 'the unit list "市教育局、市民政局等" ends in 等 (and others): only the units it names are read',
          },
        },
      ],
    });
  });

  it("keeps a dropped qualifier in a note", () => {
    expect(readUnitList("市教育局〈含市属学校〉、市卫生健康局（含各医院）").notes).toEqual([
      expect.objectContaining({ kind: "qualifier", unit: "市教育局", qualifier: "含市属学校" }),
      expect.objectContaining({ kind: "qualifier", unit: "市卫生健康局", qualifier: "含各医院" }),
    ]);
  });

  it("notes names split at spaces, and not a single name with a wrap space", () => {
    expect(readUnitList("市科技局 市税务局").notes).toEqual([
      expect.objectContaining({ kind: "split_on_spaces" }),
    ]);
    expect(readUnitList("市科技局、市 税务局").notes).toEqual([]);
  });
});
