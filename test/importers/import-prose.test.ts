import { describe, expect, it } from "vitest";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { buildDocx, escapeXml } from "../support/docx-builder.js";

const LINES = [
  "2023年政府工作报告重点工作任务分工方案",
  "一、稳住经济大盘",
  "1. 实施制造业倍增计划。（牵头单位：市工业和信息化局；配合单位：市发展改革委）",
  "（1）3月底前，出台实施方案。",
  "（2）年底前，规上工业增加值增长8%。",
  "2. 改造老旧小区120个。",
  "牵头单位：市住房城乡建设局",
  "完成时限：11月底前",
  "二、工作要求",
  "（一）加强组织领导。",
];

const paragraphs = (lines: readonly string[]): string =>
  lines.map((line) => `<w:p><w:r><w:t>${escapeXml(line)}</w:t></w:r></w:p>`).join("");

describe("importPlanBytes reads numbered prose from the file formats", () => {
  it.each([
    ["分工方案.docx", buildDocx(paragraphs(LINES))],
    ["分工方案.txt", new TextEncoder().encode(LINES.join("\n"))],
  ])("%s", async (fileName, bytes) => {
    const result = await importPlanBytes(bytes, fileName);
    expect(
      result.ok ? result.diagnostics.filter((d) => d.severity !== "info") : result.diagnostics,
    ).toEqual([]);
    const plan = result.ok ? result.plan : null;
    expect(plan?.title).toBe(LINES[0]);
    expect(
      plan?.tasks.map((t) => [
        t.label,
        t.leadUnits,
        t.outline.map((h) => h.title),
        t.milestones.map((m) => [m.seq, m.deadline.kind === "none" ? null : m.deadline.text]),
      ]),
    ).toEqual([
      [
        "1",
        ["市工业和信息化局"],
        ["稳住经济大盘"],
        [
          [1, "3月底前"],
          [2, "年底前"],
        ],
      ],
      ["2", ["市住房城乡建设局"], ["稳住经济大盘"], [[null, "11月底前"]]],
    ]);
  });
});
