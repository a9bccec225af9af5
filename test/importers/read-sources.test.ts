import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { readFixture } from "../support/fixtures.js";
import { proseDocument, sourceDocument, sourceTable } from "../support/source-builder.js";

/** Each task's source, then its milestones' sources. */
const sourcesOf = (plan: Plan | null | undefined) =>
  plan?.tasks.map((task) => [task.source, task.milestones.map((m) => m.source)]);

describe("tasks and milestones say where they were read", () => {
  it("in a table: the task's first row, each step's own row", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable(
          [
            ["序号", "工作任务", "节点计划", "责任单位", "完成时限"],
            ["1", "推进科技创新", "", "市科技局", ""],
            ["^", "^", "（1）制定方案。", "^", "3月底前"],
            ["^", "^", "（2）组织实施。", "^", "6月底前"],
            ["2", "优化营商环境", "开展评估。", "市发展改革委", "年底前"],
          ],
          { paragraphsBefore: ["2022年市政府重点工作任务分解表"], file: "2022.docx" },
        ),
      ]),
    );
    const row = (n: number) => ({ file: "2022.docx", row: n });
    expect(sourcesOf(result.plan)).toEqual([
      [row(2), [row(3), row(4)]],
      [row(5), [row(5)]],
    ]);
  });

  it("in a table: every step listed in one cell is on that cell's row", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable(
          [
            ["序号", "工作任务", "节点计划", "责任单位"],
            ["1", "推进科技创新", "①3月底前，制定方案；②6月底前，组织实施。", "市科技局"],
          ],
          { paragraphsBefore: ["2022年市政府重点工作任务分解表"] },
        ),
      ]),
    );
    const row = { file: "test.docx", row: 2 };
    expect(sourcesOf(result.plan)).toEqual([[row, [row, row]]]);
  });

  it("in prose: the numbered item's paragraph, or its line in a text file", () => {
    const paragraphs = [
      "2023年政府工作报告重点工作任务分工方案",
      "一、推动高质量发展",
      "1. 实施制造业倍增计划。（牵头单位：市工业和信息化局）",
      "（1）制定方案。",
      "（2）组织实施。",
      "2. 培育专精特新企业50家。（牵头单位：市科技局）",
    ];
    const file = "2023.docx";
    const at = (n: number) => ({ file, paragraph: n });
    expect(sourcesOf(buildPlan(proseDocument(paragraphs, { file })).plan)).toEqual([
      [at(3), [at(4), at(5)]],
      [at(6), [at(6)]],
    ]);
    const text = "2023.txt";
    const line = (n: number) => ({ file: text, line: n });
    expect(
      sourcesOf(buildPlan(proseDocument(paragraphs, { file: text, format: "txt" })).plan),
    ).toEqual([
      [line(3), [line(4), line(5)]],
      [line(6), [line(6)]],
    ]);
  });

  it("in a Word table: the table and row a diagnostic there names", async () => {
    const result = await importPlanBytes(readFixture("seed-2022-kjj.docx"), "kjj.docx");
    if (!result.ok) throw new Error("the reference table no longer reads");
    const first = result.plan.tasks[0];
    expect(first?.source).toMatchObject({ file: "kjj.docx", table: 1 });
    expect(first?.milestones[0]?.source).toEqual(first?.source);
    // Every milestone is on a row of its own or a later one than its task's first.
    for (const task of result.plan.tasks) {
      for (const milestone of task.milestones) {
        expect(milestone.source?.row).toBeGreaterThanOrEqual(task.source?.row ?? Infinity);
      }
    }
  });
});
