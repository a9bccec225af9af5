import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { sourceDocument, sourceTable } from "../support/source-builder.js";

const TITLE = ["2022年市政府重点工作任务分解表"];
const HEADER = ["序号", "工作任务", "节点计划", "责任单位", "完成时限"];

const build = (rows: string[][], paragraphsBefore = TITLE) =>
  buildPlan(sourceDocument([sourceTable(rows, { paragraphsBefore })]));

const codes = (result: ReturnType<typeof buildPlan>): string[] =>
  result.diagnostics.map((d) => d.code);

describe("buildPlan: rows into tasks and milestones", () => {
  it("continues a task over merged rows and takes merged units from above", () => {
    const result = build([
      HEADER,
      ["1", "任务一。（牵头单位：市科技局）", "（1）步骤一。", "市科技局\n市税务局", "6月30日"],
      ["^", "^", "（2）步骤二。", "^", "年底前"],
      ["2", "任务二。（牵头单位：市财政局）", "唯一步骤。", "市财政局", "持续推进"],
    ]);
    expect(result.diagnostics).toEqual([]);
    const plan = result.plan;
    expect(plan?.tasks.map((t) => [t.no, t.title, t.leadUnits])).toEqual([
      [1, "任务一。", ["市科技局"]],
      [2, "任务二。", ["市财政局"]],
    ]);
    expect(
      plan?.tasks[0]?.milestones.map((m) => [m.seq, m.text, m.responsibilities, m.deadline]),
    ).toEqual([
      [
        1,
        "步骤一。",
        [
          { unit: "市科技局", role: "lead" },
          { unit: "市税务局", role: "cooperating" },
        ],
        { kind: "date", text: "6月30日", date: "2022-06-30" },
      ],
      [
        2,
        "步骤二。",
        [
          { unit: "市科技局", role: "lead" },
          { unit: "市税务局", role: "cooperating" },
        ],
        { kind: "period_end", text: "年底前", period: "year", date: "2022-12-31" },
      ],
    ]);
    expect(plan?.tasks[1]?.milestones[0]).toMatchObject({
      seq: null,
      deadline: { kind: "ongoing" },
    });
  });

  it("finds columns by their synonyms in any order, with separate lead and cooperating columns", () => {
    const result = build([
      ["完成时间", "重点任务", "具体措施", "牵头单位", "配合单位", "责任领导", "备注"],
      [
        "2022年9月底前",
        "任务甲",
        "（1）措施一",
        "市发展改革委、市工业和信息化局",
        "市财政局",
        "张三",
        "新增",
      ],
      ["三季度", "^", "（2）措施二", "^", "", "^", ""],
    ]);
    expect(codes(result)).toEqual([]);
    const task = result.plan?.tasks[0];
    expect(task?.no).toBeNull();
    expect(task?.leadUnits).toEqual(["市发展改革委", "市工业和信息化局"]);
    expect(task?.milestones[0]?.responsibilities).toEqual([
      { unit: "市发展改革委", role: "lead" },
      { unit: "市工业和信息化局", role: "lead" },
      { unit: "市财政局", role: "cooperating" },
    ]);
    // The persons cell is merged over the task: the task's people, not each step's.
    expect(task?.persons).toEqual([{ name: "张三", role: "责任领导" }]);
    expect(task?.milestones[0]?.persons).toEqual([]);
    expect(task?.milestones[0]?.remarks).toEqual({ 备注: "新增" });
    expect(task?.milestones[1]?.deadline).toMatchObject({ period: "quarter", date: "2022-09-30" });
    expect(result.plan?.columns).toEqual([
      "完成时间",
      "重点任务",
      "具体措施",
      "牵头单位",
      "配合单位",
      "责任领导",
      "备注",
    ]);
  });

  it("reads a two-row header whose 责任单位 spans 牵头 and 配合", () => {
    const result = build([
      ["序号", "工作任务", "责任单位", "<", "完成时限"],
      ["^", "^", "牵头单位", "配合单位", "^"],
      ["1", "任务一", "市科技局", "市财政局", "12月15日"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.columns).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]);
    expect(result.plan?.tasks[0]?.milestones[0]).toMatchObject({
      seq: null,
      text: "任务一",
      responsibilities: [
        { unit: "市科技局", role: "lead" },
        { unit: "市财政局", role: "cooperating" },
      ],
    });
  });

  it("keeps outline headings above tasks numbered within them", () => {
    const result = build([
      HEADER,
      ["一、科技创新", "<", "<", "<", "<"],
      ["1", "任务甲", "（1）步骤", "市科技局", "6月30日"],
      ["二", "产业发展", "", "", ""],
      ["1", "任务乙", "（1）步骤", "市工业和信息化局", "6月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks.map((t) => [t.label, t.outline])).toEqual([
      ["1", [{ label: "一", title: "科技创新", level: 1 }]],
      ["1", [{ label: "二", title: "产业发展", level: 1 }]],
    ]);
  });

  it("numbers tasks written with Chinese numerals", () => {
    const result = build([HEADER, ["十二", "任务", "（1）步骤", "市科技局", "6月30日"]]);
    expect(result.plan?.tasks[0]).toMatchObject({ no: 12, label: "十二" });
  });

  it("continues a task whose 序号 and 工作任务 are repeated on every row (a flattened export)", () => {
    const result = build([
      HEADER,
      ["7", "任务", "（1）一", "市科技局", "6月30日"],
      ["7", "任务", "（2）二", "市科技局", "7月31日"],
    ]);
    expect(result.plan?.tasks).toHaveLength(1);
    expect(result.plan?.tasks[0]?.milestones).toHaveLength(2);
  });

  it("skips blank rows and a header repeated inside the data", () => {
    const result = build([
      HEADER,
      ["1", "任务", "（1）一", "市科技局", "6月30日"],
      ["", "", "", "", ""],
      HEADER,
      ["2", "任务二", "（1）一", "市科技局", "6月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks.map((t) => t.no)).toEqual([1, 2]);
  });

  it("reads the title lines: year, issuer, a slice's unit and its header counts", () => {
    const result = build(
      [HEADER, ["1", "任务（牵头单位：市科技局）", "（1）一", "市科技局", "6月30日"]],
      [
        "附件1",
        "2023年市政府重点工作任务分解表（市科技局牵头部分）",
        "（牵头重点工作任务1项，牵头重点工作任务节点计划0项）",
      ],
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan).toMatchObject({
      title: "2023年市政府重点工作任务分解表（市科技局牵头部分）",
      year: 2023,
      issuer: "市政府",
      ownerUnit: "市科技局",
      headerCounts: { leadTasks: 1, leadMilestones: 0 },
    });
    expect(result.plan?.tasks[0]?.milestones[0]?.deadline).toMatchObject({ date: "2023-06-30" });
  });

  it("warns when a slice's stated counts disagree with its rows", () => {
    const result = build(
      [HEADER, ["1", "任务（牵头单位：市科技局）", "（1）一", "市科技局", "6月30日"]],
      [
        "2022年市政府重点工作任务分解表（市科技局牵头部分）",
        "（牵头重点工作任务3项，牵头重点工作任务节点计划0项）",
      ],
    );
    expect(result.plan).not.toBeNull();
    expect(codes(result)).toEqual(["plan.header_counts_mismatch"]);
  });
});

describe("buildPlan: bad tables give errors with their place and no plan", () => {
  it("refuses an empty document", () => {
    const result = buildPlan(sourceDocument([]));
    expect(result.plan).toBeNull();
    expect(codes(result)).toEqual(["document.empty"]);
  });

  it("refuses a table without a recognisable header", () => {
    const result = build([
      ["甲", "乙", "丙"],
      ["1", "2", "3"],
    ]);
    expect(result.plan).toBeNull();
    expect(codes(result)).toEqual(["table.no_header"]);
  });

  it("names the cell of an unreadable deadline", () => {
    const result = build([HEADER, ["1", "任务", "（1）一", "市科技局", "尽快"]]);
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "deadline.unreadable",
        location: { file: "test.docx", row: 2, column: 5, text: "尽快", field: "完成时限" },
      }),
    ]);
  });

  it("names the cell of a milestone with no unit", () => {
    const result = build([HEADER, ["1", "任务", "（1）一", "", "6月30日"]]);
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "milestone.no_unit",
        location: { file: "test.docx", row: 2, column: 4, field: "责任单位" },
      }),
    ]);
  });

  it("names both rows of a duplicate 序号", () => {
    const result = build([
      HEADER,
      ["5", "任务甲", "（1）一", "市科技局", "6月30日"],
      ["5", "任务乙", "（1）一", "市科技局", "6月30日"],
    ]);
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "task.duplicate_no",
        location: expect.objectContaining({ row: 3, column: 1, field: "序号" }) as unknown,
        message: expect.objectContaining({
          zh: expect.stringContaining("第 2 行") as unknown,
        }) as unknown,
      }),
    ]);
  });

  it("refuses a plan whose year cannot be known", () => {
    const result = buildPlan(
      sourceDocument(
        [
          sourceTable([HEADER, ["1", "任务", "（1）一", "市科技局", "6月30日"]], {
            paragraphsBefore: ["重点工作任务分解表"],
          }),
        ],
        {
          file: "plan.docx",
        },
      ),
    );
    expect(codes(result)).toEqual(["plan.no_year"]);
  });

  it("refuses a continuation row with no task above it", () => {
    const result = build([HEADER, ["^", "^", "（1）一", "市科技局", "6月30日"]]);
    expect(codes(result)).toEqual(["row.no_task"]);
    expect(result.plan).toBeNull();
  });
});
