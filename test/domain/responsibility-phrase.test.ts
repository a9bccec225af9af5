import { describe, expect, it } from "vitest";
import { readResponsibilityPhrase } from "../../src/domain/responsibility-phrase.js";

const prose = { readLists: true, year: 2023 } as const;
const read = (text: string) => readResponsibilityPhrase(text, prose);

const phrase = (fields: Partial<NonNullable<ReturnType<typeof read>>>) => ({
  leadUnits: [],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  deadlineText: null,
  deadlineLabelled: false,
  leadBasis: "named",
  separateLeads: false,
  ...fields,
});

describe("readResponsibilityPhrase", () => {
  it.each([
    [
      "牵头单位：市发展改革委；配合单位：市财政局、各县（市、区）政府",
      phrase({ leadUnits: ["市发展改革委"], cooperatingUnits: ["市财政局", "各县（市、区）政府"] }),
    ],
    [
      "牵头单位：市发展改革委，配合单位：市财政局",
      phrase({ leadUnits: ["市发展改革委"], cooperatingUnits: ["市财政局"] }),
    ],
    [
      "牵头单位：市统计局 数据提供单位：市税务局、市市场监管局",
      phrase({
        leadUnits: ["市统计局"],
        otherRoles: [{ label: "数据提供单位", units: ["市税务局", "市市场监管局"] }],
      }),
    ],
    [
      "市发展改革委、市财政局牵头，各县（市、区）政府按职责分工负责",
      phrase({
        leadUnits: ["市发展改革委", "市财政局"],
        cooperatingUnits: ["各县（市、区）政府"],
      }),
    ],
    [
      "市科技局牵头，市财政局配合",
      phrase({ leadUnits: ["市科技局"], cooperatingUnits: ["市财政局"] }),
    ],
    ["市住房城乡建设局负责", phrase({ leadUnits: ["市住房城乡建设局"] })],
    [
      "市教育局、市卫生健康委分别牵头",
      phrase({ leadUnits: ["市教育局", "市卫生健康委"], separateLeads: true }),
    ],
    ["市科技局牵头，6月底前完成", phrase({ leadUnits: ["市科技局"], deadlineText: "6月底前完成" })],
    [
      "责任单位：市交通运输局、市公安局",
      phrase({
        leadUnits: ["市交通运输局"],
        cooperatingUnits: ["市公安局"],
        leadBasis: "first_listed",
      }),
    ],
    [
      "市发展改革委、市财政局",
      phrase({
        leadUnits: ["市发展改革委"],
        cooperatingUnits: ["市财政局"],
        leadBasis: "first_listed",
      }),
    ],
    [
      "牵头单位：市科技局；责任单位：各县（市、区）政府",
      phrase({
        leadUnits: ["市科技局"],
        otherRoles: [{ label: "责任单位", units: ["各县（市、区）政府"] }],
      }),
    ],
    [
      "责任领导：张三、李四；牵头单位：市民政局",
      phrase({
        leadUnits: ["市民政局"],
        persons: [
          { name: "张三", role: "责任领导" },
          { name: "李四", role: "责任领导" },
        ],
      }),
    ],
    [
      "完成时限：2023年9月底前",
      phrase({ deadlineText: "2023年9月底前", deadlineLabelled: true, leadBasis: "none" }),
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(["一期", "不含土地", "试行", "各地要切实负责", "2023年版", "详见附件"])(
    "%s names no responsibility",
    (text) => {
      expect(read(text)).toBeNull();
    },
  );

  it("reads a bare list or a 责任单位 label as roles only where prose is read", () => {
    expect(readResponsibilityPhrase("市发展改革委、市财政局")).toBeNull();
    expect(readResponsibilityPhrase("责任单位：市交通运输局")).toEqual(
      phrase({ otherRoles: [{ label: "责任单位", units: ["市交通运输局"] }], leadBasis: "none" }),
    );
  });

  it("reads a last clause as a deadline only when it knows the year", () => {
    expect(readResponsibilityPhrase("市科技局牵头，6月底前完成")).toBeNull();
  });
});
