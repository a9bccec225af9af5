import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { sourceDocument, sourceTable } from "../support/source-builder.js";

const TITLE = ["2022年市政府重点工作任务分解表"];

const build = (rows: string[][], paragraphsBefore = TITLE) =>
  buildPlan(sourceDocument([sourceTable(rows, { paragraphsBefore })]));

const codes = (result: ReturnType<typeof buildPlan>): string[] =>
  result.diagnostics.map((d) => d.code);

const LEAD = (unit: string) => ({ unit, role: "lead" });
const COOPERATING = (unit: string) => ({ unit, role: "cooperating" });

describe("a merged group column and spanning rows head the tasks below them", () => {
  it("takes a first column merged down over its tasks as their parent, not as a task", () => {
    const result = build([
      ["类别", "序号", "工作任务", "责任单位", "完成时限"],
      ["（一）科技创新", "1", "任务甲", "市科技局", "6月30日"],
      ["^", "2", "任务乙", "市科技局", "9月30日"],
      ["（二）产业发展", "1", "任务丙", "市工业和信息化局", "年底前"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(
      result.plan?.tasks.map((t) => [t.label, t.title, t.outline.map((h) => h.title)]),
    ).toEqual([
      ["1", "任务甲", ["科技创新"]],
      ["2", "任务乙", ["科技创新"]],
      ["1", "任务丙", ["产业发展"]],
    ]);
  });

  it("recognises an unnamed group column by its merged outline labels, with a warning", () => {
    const result = build([
      ["", "工作任务", "责任单位", "完成时限"],
      ["（一）科技创新", "任务甲", "市科技局", "6月30日"],
      ["^", "任务乙", "市科技局", "9月30日"],
    ]);
    expect(result.plan?.tasks.map((t) => t.outline)).toEqual([
      [{ label: "一", title: "科技创新", level: 2 }],
      [{ label: "一", title: "科技创新", level: 2 }],
    ]);
    expect(codes(result)).toEqual(["column.recognised_by_content"]);
  });

  it("reads group labels under a 序号 header that spans them and the numbers", () => {
    const result = build([
      ["序号", "<", "工作任务", "责任单位", "完成时限"],
      ["一、科技创新", "1", "任务甲", "市科技局", "6月30日"],
      ["^", "2", "任务乙", "市科技局", "9月30日"],
      ["二、产业发展", "1", "任务丙", "市工业和信息化局", "年底前"],
    ]);
    expect(result.plan?.tasks.map((t) => [t.no, t.outline.map((h) => h.title)])).toEqual([
      [1, ["科技创新"]],
      [2, ["科技创新"]],
      [1, ["产业发展"]],
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.location.field])).toEqual([
      ["column.recognised_by_content", "序号"],
      ["column.recognised_by_content", "序号"],
    ]);
  });

  it("recognises a group column repeated on every row of a flattened table", () => {
    const result = build([
      ["", "工作任务", "责任单位", "完成时限"],
      ["（一）科技创新", "任务甲", "市科技局", "6月30日"],
      ["（一）科技创新", "任务乙", "市科技局", "9月30日"],
      ["（二）产业发展", "任务丙", "市工业和信息化局", "年底前"],
    ]);
    expect(result.plan?.tasks.map((t) => [t.title, t.outline.map((h) => h.title)])).toEqual([
      ["任务甲", ["科技创新"]],
      ["任务乙", ["科技创新"]],
      ["任务丙", ["产业发展"]],
    ]);
    expect(codes(result)).toEqual(["column.recognised_by_content"]);
  });

  it("takes a row spanning the whole width as a heading, numbered or not", () => {
    const result = build([
      ["序号", "工作任务", "责任单位", "完成时限"],
      ["一、经济发展", "<", "<", "<"],
      ["1", "任务甲", "市发展改革委", "6月30日"],
      ["重大项目", "<", "<", "<"],
      ["1", "任务乙", "市发展改革委", "6月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks.map((t) => t.outline.map((h) => h.title))).toEqual([
      ["经济发展"],
      ["重大项目"],
    ]);
  });
});

describe("continuation rows take what the rows above them in the task wrote", () => {
  it("takes the units of the task row's cells when a step row leaves them empty, unmerged", () => {
    const result = build([
      ["序号", "工作任务", "具体措施", "责任单位", "完成时限"],
      ["1", "任务甲", "", "市科技局、市财政局", "年底前"],
      ["", "", "（1）措施一", "", "6月30日"],
      ["", "", "（2）措施二", "", "9月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    const task = result.plan?.tasks[0];
    expect(task?.leadUnits).toEqual(["市科技局"]);
    expect(task?.cooperatingUnits).toEqual(["市财政局"]);
    expect(task?.milestones.map((m) => [m.responsibilities, m.deadline])).toEqual([
      [
        [LEAD("市科技局"), COOPERATING("市财政局")],
        expect.objectContaining({ date: "2022-06-30" }),
      ],
      [
        [LEAD("市科技局"), COOPERATING("市财政局")],
        expect.objectContaining({ date: "2022-09-30" }),
      ],
    ]);
  });

  it("takes the task bracket's units when every unit cell of the task is empty", () => {
    const result = build([
      ["序号", "工作任务", "节点计划", "责任单位", "完成时限"],
      ["1", "任务甲（牵头单位：市科技局；配合单位：市财政局）", "（1）一", "", "6月30日"],
      ["^", "^", "（2）二", "", "9月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks[0]?.milestones.map((m) => m.responsibilities)).toEqual([
      [LEAD("市科技局"), COOPERATING("市财政局")],
      [LEAD("市科技局"), COOPERATING("市财政局")],
    ]);
  });

  it("still names the cell of a step that no row, column or bracket gives a unit", () => {
    const result = build([
      ["序号", "工作任务", "节点计划", "责任单位", "完成时限"],
      ["1", "任务甲", "（1）一", "", "6月30日"],
    ]);
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "milestone.no_unit",
        location: expect.objectContaining({ row: 2, column: 4, field: "责任单位" }) as unknown,
      }),
    ]);
  });
});

describe("roles, persons and progress", () => {
  it("reads three tiers and an extra named role", () => {
    const result = build([
      ["序号", "工作任务", "牵头单位", "参与单位", "责任单位", "数据提供单位", "完成时限"],
      ["1", "任务甲", "市科技局", "市财政局", "各县（市、区）政府", "市统计局", "年底前"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks[0]?.milestones[0]?.responsibilities).toEqual([
      LEAD("市科技局"),
      COOPERATING("市财政局"),
      { unit: "各县（市、区）政府", role: "other", roleLabel: "责任单位" },
      { unit: "市统计局", role: "other", roleLabel: "数据提供单位" },
    ]);
    expect(result.plan?.tasks[0]).toMatchObject({
      leadUnits: ["市科技局"],
      cooperatingUnits: ["市财政局"],
    });
  });

  it("reads 分别牵头 as several leads, and roles written in a unit cell or after a unit", () => {
    const result = build([
      ["序号", "工作任务", "责任单位", "完成时限"],
      ["1", "任务甲", "市科技局、市财政局分别牵头", "年底前"],
      ["2", "任务乙", "市科技局牵头，市财政局、市统计局配合", "年底前"],
      ["3", "任务丙", "市财政局、市科技局（牵头）", "年底前"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks.map((t) => t.milestones[0]?.responsibilities)).toEqual([
      [LEAD("市科技局"), LEAD("市财政局")],
      [LEAD("市科技局"), COOPERATING("市财政局"), COOPERATING("市统计局")],
      [LEAD("市科技局"), COOPERATING("市财政局")],
    ]);
    expect(result.plan?.tasks[0]?.leadUnits).toEqual(["市科技局", "市财政局"]);
  });

  it("puts a persons column merged over the task on the task, and one per step on the steps", () => {
    const result = build([
      ["序号", "工作任务", "具体措施", "牵头单位", "责任领导", "完成时限"],
      ["1", "任务甲", "（1）一", "市科技局", "张三", "6月30日"],
      ["^", "^", "（2）二", "^", "^", "9月30日"],
      ["2", "任务乙", "（1）一", "市财政局", "李四", "6月30日"],
      ["^", "^", "（2）二", "^", "王五", "9月30日"],
    ]);
    expect(codes(result)).toEqual([]);
    const [first, second] = result.plan?.tasks ?? [];
    expect(first?.persons).toEqual([{ name: "张三", role: "责任领导" }]);
    expect(first?.milestones.map((m) => m.persons)).toEqual([[], []]);
    expect(second?.persons).toEqual([]);
    expect(second?.milestones.map((m) => m.persons.map((p) => p.name))).toEqual([
      ["李四"],
      ["王五"],
    ]);
    expect(first?.milestones[0]?.responsibilities).toEqual([LEAD("市科技局")]);
  });

  it("keeps progress columns as initial progress, never as deadlines or steps", () => {
    const result = build([
      ["序号", "工作任务", "责任单位", "完成时限", "一季度进展", "备注"],
      ["1", "任务甲", "市科技局", "年底前", "1.已于3月15日完成选址；\n2.方案已报批", "新增"],
    ]);
    expect(codes(result)).toEqual([]);
    const milestones = result.plan?.tasks[0]?.milestones ?? [];
    expect(milestones).toHaveLength(1);
    expect(milestones[0]).toMatchObject({
      deadline: { date: "2022-12-31" },
      remarks: { 备注: "新增" },
      initialProgress: [{ header: "一季度进展", text: "1.已于3月15日完成选址；\n2.方案已报批" }],
    });
  });
});

describe("deadlines and steps inside a cell", () => {
  it("reads a deadline at the start of a step when the row has no deadline of its own", () => {
    const result = build([
      ["序号", "工作任务", "具体措施", "责任单位", "完成时限"],
      ["1", "任务甲", "（1）3月底前，完成方案制定", "市科技局", ""],
      ["^", "^", "（2）完成验收", "^", "年底前"],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks[0]?.milestones.map((m) => m.deadline)).toEqual([
      expect.objectContaining({ text: "3月底前", date: "2022-03-31" }),
      expect.objectContaining({ text: "年底前", date: "2022-12-31" }),
    ]);
  });

  it("reads the deadline inside the task text when the table has no deadline column", () => {
    const result = build([
      ["序号", "工作任务", "具体措施", "责任单位"],
      ["1", "建成科技孵化器，年底前完成。", "（1）完成选址", "市科技局"],
      ["^", "^", "（2）完成主体工程，9月底前完成", "^"],
      ["2", "培育企业（市科技局牵头；6月底前）", "（1）组织申报", ""],
    ]);
    expect(codes(result)).toEqual([]);
    const [first, second] = result.plan?.tasks ?? [];
    expect(first?.milestones.map((m) => m.deadline)).toEqual([
      expect.objectContaining({ text: "年底前完成", date: "2022-12-31" }),
      expect.objectContaining({ date: "2022-09-30" }),
    ]);
    expect(second).toMatchObject({ title: "培育企业", leadUnits: ["市科技局"] });
    expect(second?.milestones[0]?.deadline).toMatchObject({ date: "2022-06-30" });
  });

  it("names the cell of a step whose deadline phrase names a day that cannot be", () => {
    const result = build([
      ["序号", "工作任务", "具体措施", "责任单位", "完成时限"],
      ["1", "任务甲", "（1）2月30日前，完成方案", "市科技局", ""],
    ]);
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "deadline.unreadable",
        location: expect.objectContaining({ row: 2, column: 3, field: "具体措施" }) as unknown,
      }),
    ]);
  });

  it("makes each of ①②③ in one cell a step with its own deadline", () => {
    const result = build([
      ["序号", "工作任务", "具体措施", "责任单位", "完成时限"],
      [
        "1",
        "任务甲",
        "①3月底前，完成方案制定；②6月底前，启动建设；③完成验收",
        "市科技局",
        "年底前",
      ],
      ["2", "任务乙", "1.6月底前，完成调研\n2.9月底前，出台办法", "市财政局", ""],
    ]);
    expect(codes(result)).toEqual([]);
    const [first, second] = result.plan?.tasks ?? [];
    expect(
      first?.milestones.map((m) => [
        m.seq,
        m.text,
        m.deadline.kind === "none" ? null : m.deadline.text,
      ]),
    ).toEqual([
      [1, "3月底前，完成方案制定；", "3月底前"],
      [2, "6月底前，启动建设；", "6月底前"],
      [3, "完成验收", "年底前"],
    ]);
    expect(
      second?.milestones.map((m) => [m.seq, m.deadline.kind === "none" ? null : m.deadline.text]),
    ).toEqual([
      [1, "6月底前"],
      [2, "9月底前"],
    ]);
  });
});
