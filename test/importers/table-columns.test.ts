import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { classifyHeader } from "../../src/importers/shapes/table/column-kinds.js";
import { sourceDocument, sourceTable } from "../support/source-builder.js";

const TITLE = ["2022年市政府重点工作任务分解表"];

const build = (rows: string[][], paragraphsBefore = TITLE) =>
  buildPlan(sourceDocument([sourceTable(rows, { paragraphsBefore })]));

const codes = (result: ReturnType<typeof buildPlan>): string[] =>
  result.diagnostics.map((d) => d.code);

describe("columns named by their headers", () => {
  it.each([
    ["工作任务", "task"],
    ["目标任务", "task"],
    ["项目名称", "task"],
    ["重点项目", "task"],
    ["具体措施", "milestone"],
    ["主要内容", "milestone"],
    ["年度目标", "milestone"],
    ["完成\n时限", "deadline"],
    ["完成时间节点", "deadline"],
    ["时间节点", "deadline"],
    ["牵头单位", "lead"],
    ["主办单位", "lead"],
    ["协办部门", "cooperating"],
    ["参与单位", "cooperating"],
    ["数据提供单位", "role"],
    ["牵头市领导", "persons"],
    ["联系领导", "persons"],
    ["一季度进展", "progress"],
    ["存在问题", "progress"],
    ["下步计划", "progress"],
    ["完成情况", "progress"],
  ])("%s is a %s column", (header, kind) => {
    expect(classifyHeader(header)).toBe(kind);
  });
});

describe("columns named by their content", () => {
  it("takes unnamed columns of numbers, units and deadlines for 序号, 责任单位 and 完成时限", () => {
    const result = build([
      ["", "工作任务", "", "完成时限"],
      ["1", "建成科技孵化器一个", "市科技局", "6月30日"],
      ["2", "培育高新技术企业", "市科技局、市税务局", "年底前"],
      ["3", "推进产学研合作", "市工业和信息化局", "9月底前"],
    ]);
    expect(result.plan?.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      [1, ["市科技局"]],
      [2, ["市科技局"]],
      [3, ["市工业和信息化局"]],
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "column.recognised_by_content",
        location: expect.objectContaining({ row: 1, column: 1, field: "序号" }) as unknown,
      }),
      expect.objectContaining({
        code: "column.recognised_by_content",
        location: expect.objectContaining({ row: 1, column: 3, field: "责任单位" }) as unknown,
      }),
    ]);
  });

  it("reads 进度安排 as the deadline when it holds dates and as the steps when it holds text", () => {
    const dates = build([
      ["重点工作", "进度安排", "责任单位"],
      ["建成孵化器", "6月底前", "市科技局"],
      ["培育企业", "年底前", "市科技局"],
    ]);
    expect(dates.plan?.tasks[0]?.milestones[0]?.deadline).toMatchObject({ date: "2022-06-30" });
    expect(codes(dates)).toEqual(["column.recognised_by_content"]);
    const steps = build([
      ["重点工作", "进度安排", "责任单位", "完成时限"],
      ["建成孵化器", "（1）完成选址和设计方案", "市科技局", "6月底前"],
      ["^", "（2）完成主体工程建设", "^", "年底前"],
    ]);
    expect(steps.plan?.tasks[0]?.milestones.map((m) => m.text)).toEqual([
      "完成选址和设计方案",
      "完成主体工程建设",
    ]);
    expect(steps.diagnostics).toEqual([
      expect.objectContaining({
        code: "column.recognised_by_content",
        location: expect.objectContaining({ column: 2, field: "进度安排" }) as unknown,
      }),
    ]);
  });

  it("reads a table pasted without its header row by its content alone, with a warning per column", () => {
    const result = build([
      ["1", "建成科技孵化器一个", "市科技局", "6月30日"],
      ["2", "培育高新技术企业", "市科技局、市税务局", "年底前"],
    ]);
    expect(result.plan?.columns).toEqual(["序号", "工作任务", "责任单位", "完成时限"]);
    expect(result.plan?.tasks.map((t) => [t.no, t.title])).toEqual([
      [1, "建成科技孵化器一个"],
      [2, "培育高新技术企业"],
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.location.column])).toEqual([
      ["column.recognised_by_content", 1],
      ["column.recognised_by_content", 2],
      ["column.recognised_by_content", 3],
      ["column.recognised_by_content", 4],
    ]);
  });

  it("keeps an unnamed column of notes as written", () => {
    const result = build([
      ["工作任务", "责任单位", "完成时限", "附注"],
      ["任务甲", "市科技局", "6月30日", "新增"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks[0]?.milestones[0]?.remarks).toEqual({ 附注: "新增" });
  });
});

describe("headers as tables write them", () => {
  it("reads a header below title rows inside the table, and wrapped header words", () => {
    const result = build(
      [
        ["2022年市政府重点工作任务分解表", "<", "<", "<"],
        ["序号", "重点\n工作", "责任\n单位", "完成\n时限"],
        ["1", "任务甲", "市科技局", "6月30日"],
      ],
      [],
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan?.title).toBe("2022年市政府重点工作任务分解表");
    expect(result.plan?.columns).toEqual(["序号", "重点工作", "责任单位", "完成时限"]);
  });

  it("skips a two-row header repeated on every page", () => {
    const top = ["序号", "工作任务", "责任单位", "<", "完成时限"];
    const sub = ["^", "^", "牵头", "配合", "^"];
    const result = build([
      top,
      sub,
      ["1", "任务甲", "市科技局", "市财政局", "6月30日"],
      top,
      sub,
      ["2", "任务乙", "市财政局", "", "6月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(
      result.plan?.tasks.map((t) => [t.no, t.leadUnits, t.milestones[0]?.responsibilities]),
    ).toEqual([
      [
        1,
        ["市科技局"],
        [
          { unit: "市科技局", role: "lead" },
          { unit: "市财政局", role: "cooperating" },
        ],
      ],
      [2, ["市财政局"], [{ unit: "市财政局", role: "lead" }]],
    ]);
  });

  it("reads the second of two task-like columns as the steps (工作内容 under 节点安排)", () => {
    const result = build([
      ["序号", "工作任务", "节点安排", "<", "责任单位"],
      ["^", "^", "工作内容", "完成\n时间", "^"],
      ["1", "任务甲", "（1）步骤一", "3月份", "市交通运输局"],
      ["^", "^", "（2）步骤二", "12月下旬", "^"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks[0]?.milestones.map((m) => [m.seq, m.text])).toEqual([
      [1, "步骤一"],
      [2, "步骤二"],
    ]);
  });

  it("reads a table without a 序号 column: a task starts where its text does", () => {
    const result = build([
      ["工作任务", "具体措施", "牵头单位", "完成时限"],
      ["任务甲", "（1）措施一", "市科技局", "6月30日"],
      ["", "（2）措施二", "", "9月30日"],
      ["任务乙", "措施", "市财政局", "年底前"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks.map((t) => [t.label, t.title, t.milestones.length])).toEqual([
      ["", "任务甲", 2],
      ["", "任务乙", 1],
    ]);
    expect(result.plan?.tasks[0]?.milestones[1]?.responsibilities).toEqual([
      { unit: "市科技局", role: "lead" },
    ]);
  });
});
