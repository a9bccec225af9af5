import { describe, expect, it } from "vitest";
import { parseTaskText } from "../../src/domain/task-text.js";

describe("parseTaskText", () => {
  it.each([
    [
      "深入实施科技“双百工程”，高新技术企业突破2300家。（牵头单位：市科技局）",
      {
        title: "深入实施科技“双百工程”，高新技术企业突破2300家。",
        leadUnits: ["市科技局"],
        cooperatingUnits: [],
        otherRoles: [],
      },
    ],
    [
      "推进任务。（牵头单位：市发展改革委；配合单位：市财政局、各县（市、区）政府）",
      {
        title: "推进任务。",
        leadUnits: ["市发展改革委"],
        cooperatingUnits: ["市财政局", "各县（市、区）政府"],
        otherRoles: [],
      },
    ],
    [
      "推进任务。（牵头单位：市发展改革委，配合单位：市财政局）",
      {
        title: "推进任务。",
        leadUnits: ["市发展改革委"],
        cooperatingUnits: ["市财政局"],
        otherRoles: [],
      },
    ],
    [
      "推进任务〔牵头单位：市统计局；数据提供单位：市税务局〕",
      {
        title: "推进任务",
        leadUnits: ["市统计局"],
        cooperatingUnits: [],
        otherRoles: [{ label: "数据提供单位", units: ["市税务局"] }],
      },
    ],
    [
      "推进任务（市科技局、市工业和信息化局牵头，市财政局配合）",
      {
        title: "推进任务",
        leadUnits: ["市科技局", "市工业和信息化局"],
        cooperatingUnits: ["市财政局"],
        otherRoles: [],
      },
    ],
    [
      "推进任务(牵头单位:市科技局)",
      { title: "推进任务", leadUnits: ["市科技局"], cooperatingUnits: [], otherRoles: [] },
    ],
  ])("%s", (text, expected) => {
    expect(parseTaskText(text)).toEqual(expected);
  });

  it.each(["建设产业园（一期）", "完成投资（不含土地）10亿元", "没有括号的任务"])(
    "keeps a bracket that names no responsibility in the title: %s",
    (text) => {
      expect(parseTaskText(text)).toEqual({
        title: text,
        leadUnits: [],
        cooperatingUnits: [],
        otherRoles: [],
      });
    },
  );
});
