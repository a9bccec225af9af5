import { describe, expect, it } from "vitest";
import { readOutlineLabel } from "../../src/domain/outline-label.js";

describe("readOutlineLabel", () => {
  it.each([
    ["一、科技创新", { label: "一", value: 1, level: 1, rest: "科技创新" }],
    ["十二、民生", { label: "十二", value: 12, level: 1, rest: "民生" }],
    ["一", { label: "一", value: 1, level: 1, rest: "" }],
    ["（二）产业集群", { label: "二", value: 2, level: 2, rest: "产业集群" }],
    ["(三)产业集群", { label: "三", value: 3, level: 2, rest: "产业集群" }],
    ["3. 建设平台", { label: "3", value: 3, level: 3, rest: "建设平台" }],
    ["202", { label: "202", value: 202, level: 3, rest: "" }],
    ["（4）组织申报", { label: "4", value: 4, level: 4, rest: "组织申报" }],
    ["②完成验收", { label: "②", value: 2, level: 5, rest: "完成验收" }],
  ])("%s", (text, label) => {
    expect(readOutlineLabel(text)).toEqual(label);
  });

  it.each(["三大产业集群", "科技创新", "", "2022年"])("%j has no outline number", (text) => {
    expect(readOutlineLabel(text)).toBeNull();
  });
});
