import { describe, expect, it } from "vitest";
import { noticeLineKind } from "../../src/importers/shapes/prose/notice-lines.js";

describe("noticeLineKind", () => {
  it.each([
    ["各县（市、区）人民政府，市政府各部门，各直属机构：", "addressees"],
    ["×政办发〔2023〕5号", "document_number"],
    ["××市人民政府办公室", "signature"],
    ["2023年3月1日", "date"],
    ["二〇二三年三月一日", "date"],
    ["附件", "attachment"],
    ["附件2：重点项目清单", "attachment"],
    ["— 3 —", "page_number"],
    ["-12-", "page_number"],
    ["（此件公开发布）", "publication"],
    ["抄送：市委办公室", "distribution"],
  ])("%s is a notice line (%s)", (text, kind) => {
    expect(noticeLineKind(text)).toBe(kind);
  });

  it.each([
    "推进重大项目建设。",
    "牵头单位：市发展改革委",
    "1. 稳住工业基本盘。",
    "2023年政府工作报告重点工作任务分工方案",
  ])("%s is not", (text) => {
    expect(noticeLineKind(text)).toBeNull();
  });
});
