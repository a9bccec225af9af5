import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import {
  proseDocument,
  sourceDocument,
  sourceTable,
  type TestParagraph,
} from "../support/source-builder.js";

const TITLE = "2023年政府工作报告重点工作任务分工方案";

const build = (paragraphs: readonly TestParagraph[], format: "docx" | "txt" = "docx") =>
  buildPlan(proseDocument(paragraphs, { format }));

const codes = (diagnostics: readonly Diagnostic[], severity?: Diagnostic["severity"]): string[] =>
  diagnostics.filter((d) => severity === undefined || d.severity === severity).map((d) => d.code);

/** A milestone as [seq, text, [unit, role]…, deadline text]. */
const milestonesOf = (result: ReturnType<typeof build>, task: number) =>
  result.plan?.tasks[task]?.milestones.map((m) => [
    m.seq,
    m.text,
    m.responsibilities.map((r) => `${r.unit}:${r.role}${r.roleLabel ? `:${r.roleLabel}` : ""}`),
    m.deadline.kind === "none" ? null : m.deadline.text,
  ]);

describe("prose shape: numbered items with their responsibilities", () => {
  it("reads tasks at the level that names units, headings above, brackets after the text", () => {
    const result = build([
      TITLE,
      "一、推动高质量发展",
      "（一）做强实体经济",
      "1. 实施制造业倍增计划，规上工业增加值增长8%。（牵头单位：市工业和信息化局；配合单位：市发展改革委、市统计局）",
      "2. 培育专精特新企业50家。〔牵头单位：市工业和信息化局，配合单位：市科技局〕",
      "（二）扩大有效投资",
      "3. 推进重大项目建设。（市发展改革委牵头，各县（市、区）政府按职责分工负责）",
    ]);
    expect(codes(result.diagnostics, "warning")).toEqual([]);
    const plan = result.plan;
    expect(plan?.title).toBe(TITLE);
    expect(plan?.year).toBe(2023);
    expect(plan?.tasks.map((t) => [t.no, t.title, t.leadUnits, t.cooperatingUnits])).toEqual([
      [
        1,
        "实施制造业倍增计划，规上工业增加值增长8%。",
        ["市工业和信息化局"],
        ["市发展改革委", "市统计局"],
      ],
      [2, "培育专精特新企业50家。", ["市工业和信息化局"], ["市科技局"]],
      [3, "推进重大项目建设。", ["市发展改革委"], ["各县（市、区）政府"]],
    ]);
    expect(plan?.tasks[0]?.outline).toEqual([
      { label: "一", title: "推动高质量发展", level: 1 },
      { label: "一", title: "做强实体经济", level: 2 },
    ]);
    expect(plan?.tasks[2]?.outline.at(-1)).toEqual({
      label: "二",
      title: "扩大有效投资",
      level: 2,
    });
    expect(plan?.tasks[2]?.cooperatingUnits).toEqual(["各县（市、区）政府"]);
    expect(milestonesOf(result, 0)).toEqual([
      [
        null,
        "实施制造业倍增计划，规上工业增加值增长8%。",
        ["市工业和信息化局:lead", "市发展改革委:cooperating", "市统计局:cooperating"],
        null,
      ],
    ]);
  });

  it("reads steps below a task as milestones with their own deadlines", () => {
    const result = build([
      TITLE,
      "1. 建设科技创新平台。（牵头单位：市科技局；配合单位：市财政局）",
      "（1）3月底前，出台平台建设方案。",
      "（2）推进省级重点实验室建设，年底前新增3家。（市科技局牵头，市教育局配合，12月底前完成）",
      "（3）持续开展平台绩效评价。",
    ]);
    expect(codes(result.diagnostics, "error")).toEqual([]);
    expect(milestonesOf(result, 0)).toEqual([
      [1, "3月底前，出台平台建设方案。", ["市科技局:lead", "市财政局:cooperating"], "3月底前"],
      [
        2,
        "推进省级重点实验室建设，年底前新增3家。",
        ["市科技局:lead", "市教育局:cooperating"],
        "12月底前",
      ],
      [3, "持续开展平台绩效评价。", ["市科技局:lead", "市财政局:cooperating"], null],
    ]);
    expect(result.plan?.tasks[0]?.milestones[1]?.deadline).toMatchObject({
      kind: "period_end",
      date: "2023-12-31",
    });
  });

  it("reads a deadline closing a step's text, and none where nothing is written", () => {
    const result = build([
      TITLE,
      "1. 推进老旧管网改造。（牵头单位：市城市管理局）",
      "（1）完成雨污分流改造30公里，11月底前完成。",
      "（2）建立管网巡查长效机制。",
    ]);
    expect(codes(result.diagnostics, "warning")).toEqual([]);
    expect(result.plan?.tasks[0]?.milestones.map((m) => [m.text, m.deadline])).toEqual([
      [
        "完成雨污分流改造30公里，11月底前完成。",
        { kind: "period_end", text: "11月底前", period: "month", date: "2023-11-30" },
      ],
      ["建立管网巡查长效机制。", { kind: "none" }],
    ]);
  });

  it("reads a bracket that a closing deadline follows", () => {
    const result = build([
      TITLE,
      "1. 建成城市智慧停车平台（牵头单位：市城市管理局），9月底前完成。",
    ]);
    expect(result.plan?.tasks[0]?.leadUnits).toEqual(["市城市管理局"]);
    expect(milestonesOf(result, 0)).toEqual([
      [null, "建成城市智慧停车平台，9月底前完成。", ["市城市管理局:lead"], "9月底前"],
    ]);
  });

  it("reads Word's list numbering in front of the text", () => {
    const result = build([
      { text: TITLE, style: "Title" },
      { text: "一、稳增长", numbering: { label: "一、", level: 0 } },
      {
        text: "1.稳住工业基本盘。（牵头单位：市工业和信息化局）",
        numbering: { label: "1.", level: 1 },
      },
    ]);
    expect(codes(result.diagnostics, "warning")).toEqual([]);
    expect(result.plan?.tasks.map((t) => [t.label, t.outline])).toEqual([
      ["1", [{ label: "一", title: "稳增长", level: 1 }]],
    ]);
  });

  it("reads labelled lines under a task, persons apart from units", () => {
    const result = build(
      [
        TITLE,
        "1.实施城市更新行动，改造老旧小区120个。",
        "责任领导：王五",
        "牵头单位：市住房城乡建设局",
        "配合单位：市财政局、市自然资源和规划局",
        "完成时限：2023年11月底前",
      ],
      "txt",
    );
    expect(codes(result.diagnostics, "error")).toEqual([]);
    const task = result.plan?.tasks[0];
    expect(task?.title).toBe("实施城市更新行动，改造老旧小区120个。");
    expect(task?.leadUnits).toEqual(["市住房城乡建设局"]);
    expect(task?.persons).toEqual([{ name: "王五", role: "责任领导" }]);
    expect(milestonesOf(result, 0)).toEqual([
      [
        null,
        "实施城市更新行动，改造老旧小区120个。",
        ["市住房城乡建设局:lead", "市财政局:cooperating", "市自然资源和规划局:cooperating"],
        "2023年11月底前",
      ],
    ]);
  });

  it("applies one responsibility line after several sub-items to each of them, and says so", () => {
    const result = build([
      TITLE,
      "1. 优化营商环境。",
      "（1）6月底前，实现企业开办一日办结。",
      "（2）9月底前，推行证照分离改革全覆盖。",
      "责任单位：市政务服务局、市市场监管局",
    ]);
    expect(codes(result.diagnostics, "warning")).toEqual([
      "responsibility.covers_items",
      "responsibility.lead_inferred",
    ]);
    expect(
      result.diagnostics.find((d) => d.code === "responsibility.covers_items")?.location,
    ).toEqual({
      file: "2023年分工方案.docx",
      paragraph: 5,
      text: "责任单位：市政务服务局、市市场监管局",
    });
    expect(milestonesOf(result, 0)).toEqual([
      [
        1,
        "6月底前，实现企业开办一日办结。",
        ["市政务服务局:lead", "市市场监管局:cooperating"],
        "6月底前",
      ],
      [
        2,
        "9月底前，推行证照分离改革全覆盖。",
        ["市政务服务局:lead", "市市场监管局:cooperating"],
        "9月底前",
      ],
    ]);
  });

  it("applies a rule stated once to every later unlabelled list, and warns without one", () => {
    const items = [
      "1. 推进数字政府建设。（市大数据局、市政务服务局）",
      "2. 加强财政收支管理。（市财政局、市税务局）",
    ];
    const ruled = build([TITLE, "（列第一位的为牵头单位，下同）", ...items]);
    expect(codes(ruled.diagnostics, "warning")).toEqual([]);
    expect(ruled.plan?.tasks.map((t) => [t.leadUnits, t.cooperatingUnits])).toEqual([
      [["市大数据局"], ["市政务服务局"]],
      [["市财政局"], ["市税务局"]],
    ]);
    const unruled = build([TITLE, ...items]);
    expect(unruled.plan?.tasks.map((t) => t.leadUnits)).toEqual([["市大数据局"], ["市财政局"]]);
    expect(
      unruled.diagnostics
        .filter((d) => d.code === "responsibility.lead_inferred")
        .map((d) => d.location.paragraph),
    ).toEqual([2, 3]);
  });

  it("reads 分别牵头 as several independent leads, with a warning that says how", () => {
    const result = build([TITLE, "1. 推进教育卫生补短板。市教育局、市卫生健康委分别牵头。"]);
    expect(result.plan?.tasks[0]?.leadUnits).toEqual(["市教育局", "市卫生健康委"]);
    expect(result.plan?.tasks[0]?.title).toBe("推进教育卫生补短板。");
    expect(codes(result.diagnostics, "warning")).toEqual(["responsibility.separate_leads"]);
  });

  it("applies 以下各项均由…负责 to items that name nobody", () => {
    const result = build([
      TITLE,
      "以下各项均由市发展改革委牵头负责。",
      "1. 编制年度投资计划。",
      "2. 开展项目评估。（市财政局负责）",
    ]);
    expect(result.plan?.tasks.map((t) => t.leadUnits)).toEqual([["市发展改革委"], ["市财政局"]]);
  });
});

describe("prose shape: levels and numbering", () => {
  it("keeps tasks at their level when only some name units and others leave it to their steps", () => {
    const result = build([
      TITLE,
      "1. 推进乡村振兴。",
      "（1）建设高标准农田5万亩。（牵头单位：市农业农村局）",
      "（2）改造农村公路100公里。（牵头单位：市交通运输局）",
      "2. 推进城乡融合发展。（牵头单位：市发展改革委）",
    ]);
    expect(result.plan?.tasks.map((t) => [t.label, t.leadUnits, t.milestones.length])).toEqual([
      ["1", ["市农业农村局"], 2],
      ["2", ["市发展改革委"], 1],
    ]);
    expect(milestonesOf(result, 0)?.map((m) => m[2])).toEqual([
      ["市农业农村局:lead"],
      ["市交通运输局:lead"],
    ]);
  });

  it("reads a heading that names units as the task, and the items under it as its steps", () => {
    const result = build([
      TITLE,
      "（一）深化国资国企改革（牵头单位：市国资委）",
      "1. 完成国企改革三年行动扫尾工作。",
      "2. 推进国有企业整合重组。（牵头单位：市国资委；配合单位：市财政局）",
    ]);
    expect(result.plan?.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ["深化国资国企改革", ["市国资委"]],
    ]);
    expect(milestonesOf(result, 0)).toEqual([
      [1, "完成国企改革三年行动扫尾工作。", ["市国资委:lead"], null],
      [2, "推进国有企业整合重组。", ["市国资委:lead", "市财政局:cooperating"], null],
    ]);
  });

  it("gives a heading's units to a task under it that names none, with a warning", () => {
    const result = build([
      TITLE,
      "1. 推进甲。（牵头单位：市科技局）",
      "2. 推进乙。（牵头单位：市财政局）",
      "（一）其他工作（牵头单位：市政府办公室）",
      "3. 推进丙。",
    ]);
    expect(result.plan?.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ["推进甲。", ["市科技局"]],
      ["推进乙。", ["市财政局"]],
      ["推进丙。", ["市政府办公室"]],
    ]);
    expect(codes(result.diagnostics, "warning")).toEqual(["responsibility.from_heading"]);
  });

  it("warns where the numbering skips", () => {
    const result = build([
      TITLE,
      "1. 推进甲。（牵头单位：市科技局）",
      "3. 推进乙。（牵头单位：市科技局）",
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "outline.numbering_gap",
        location: expect.objectContaining({ paragraph: 3 }) as unknown,
      }),
      expect.objectContaining({ code: "prose.preamble_skipped" }),
    ]);
  });

  it("keeps a closing sentence that is no responsibility in the text", () => {
    const result = build([TITLE, "1. 加强生态环境保护。持续推进。（牵头单位：市生态环境局）"]);
    expect(result.plan?.tasks[0]?.title).toBe("加强生态环境保护。持续推进。");
  });

  it("reads a wrap space anywhere as no space: in a label, a unit's name, a deadline", () => {
    const lines = [
      TITLE,
      "一、交通建设",
      "1. 启动快速路二期工程，5月底前动工。（市住房城乡建设局牵头，市财政局配合）",
      "2. 开展拥堵点治理。（牵头单位：市公安局交警支队；配合单位：市城市管理局）",
      "3. 推进枢纽建设。",
      "完成时限：9月底前",
      "牵头单位：市交通运输局",
    ];
    const wrapped = lines.map((line) =>
      line.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, " "),
    );
    const shape = (result: ReturnType<typeof build>) =>
      result.plan?.tasks.map((t, index) => [
        t.title,
        t.leadUnits,
        t.cooperatingUnits,
        t.outline.map((h) => h.title),
        milestonesOf(result, index),
      ]);
    const read = build(lines);
    expect(read.plan?.tasks.map((t) => t.leadUnits)).toEqual([
      ["市住房城乡建设局"],
      ["市公安局交警支队"],
      ["市交通运输局"],
    ]);
    expect(shape(build(wrapped))).toEqual(shape(read));
  });

  it("reads ASCII punctuation as full-width", () => {
    const fullWidth = build([
      TITLE,
      "一、科技创新",
      "1．建设创新平台。（牵头单位：市科技局；配合单位：市财政局、市教育局）",
      "（1）6月底前，出台方案。",
    ]);
    const ascii = build([
      TITLE,
      "一.科技创新",
      "1.建设创新平台。(牵头单位:市科技局;配合单位:市财政局、市教育局)",
      "(1)6月底前,出台方案。",
    ]);
    const shape = (result: ReturnType<typeof build>) =>
      result.plan?.tasks.map((t) => [
        t.title,
        t.leadUnits,
        t.cooperatingUnits,
        t.outline.map((h) => h.title),
        t.milestones.map((m) => [
          m.seq,
          m.responsibilities,
          m.deadline.kind === "none" ? null : m.deadline.kind,
        ]),
      ]);
    expect(shape(ascii)).toEqual(shape(fullWidth));
    expect(codes(ascii.diagnostics, "warning")).toEqual([]);
  });
});

describe("prose shape: the notice around the list", () => {
  const notice: TestParagraph[] = [
    "××市人民政府办公室关于印发2023年政府工作报告重点工作任务分工方案的通知",
    "×政办发〔2023〕5号",
    "各县（市、区）人民政府，市政府各部门：",
    "现将《2023年政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。",
    "××市人民政府办公室",
    "2023年3月1日",
    "附件",
    TITLE,
    "一、总体要求",
    "以推动高质量发展为主题，确保完成全年目标任务。",
    "二、任务分工",
    "1. 稳住工业基本盘。（牵头单位：市工业和信息化局）",
    "2. 扩大消费需求。（牵头单位：市商务局）",
    "三、工作要求",
    "（一）加强组织领导。各地各部门要切实负责，细化措施。",
    "（二）强化督查考核。",
    "××市人民政府办公室",
    "2023年3月1日",
    "— 3 —",
  ];

  it("skips addressees, preamble, requirement sections, signature, date and page numbers, with notes", () => {
    const result = build(notice);
    expect(codes(result.diagnostics, "error")).toEqual([]);
    expect(codes(result.diagnostics, "warning")).toEqual([]);
    expect(result.plan?.title).toBe(TITLE);
    expect(result.plan?.tasks.map((t) => [t.title, t.outline.at(-1)?.title])).toEqual([
      ["稳住工业基本盘。", "任务分工"],
      ["扩大消费需求。", "任务分工"],
    ]);
    expect(codes(result.diagnostics, "info")).toEqual([
      "prose.preamble_skipped",
      "prose.section_skipped",
      "prose.section_skipped",
      "prose.notice_lines_skipped",
    ]);
    expect(
      result.diagnostics
        .filter((d) => d.code === "prose.section_skipped")
        .map((d) => d.location.paragraph),
    ).toEqual([9, 14]);
  });

  it("reads the table of a notice that attaches one", () => {
    const table = sourceTable(
      [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "稳住工业基本盘。", "市工业和信息化局", "年底前"],
      ],
      { paragraphsBefore: notice.slice(0, 8) as string[] },
    );
    const result = buildPlan(sourceDocument([table]));
    expect(result.plan?.columns).toEqual(["序号", "工作任务", "责任单位", "完成时限"]);
  });
});

describe("prose shape: refusals and uncertain readings", () => {
  it("refuses numbered items that name no units anywhere", () => {
    const result = build([TITLE, "一、总体要求", "二、工作要求", "（一）加强组织领导。"]);
    expect(result.plan).toBeNull();
    expect(codes(result.diagnostics)).toEqual(["document.no_responsibilities"]);
  });

  it("refuses a document with neither a plan table nor numbered items", () => {
    const result = build([TITLE, "现将有关事项通知如下，请认真贯彻落实。"]);
    expect(result.plan).toBeNull();
    expect(codes(result.diagnostics)).toEqual(["document.no_plan"]);
  });

  it("names the item of a milestone without a unit", () => {
    const result = build([TITLE, "1. 推进甲。（牵头单位：市科技局）", "2. 推进乙。"]);
    expect(result.plan).toBeNull();
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([
      expect.objectContaining({
        code: "milestone.no_unit",
        location: { file: "2023年分工方案.docx", paragraph: 3, text: "推进乙。" },
      }),
    ]);
  });

  it("names the line of an unreadable labelled deadline", () => {
    const result = build([TITLE, "1. 推进甲。", "牵头单位：市科技局", "完成时限：尽快"], "txt");
    expect(result.plan).toBeNull();
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([
      expect.objectContaining({
        code: "deadline.unreadable",
        location: { file: "2023年分工方案.docx", line: 4, text: "尽快" },
      }),
    ]);
  });

  it("refuses a plan whose year is nowhere", () => {
    const result = buildPlan(
      proseDocument(["重点工作任务分工方案", "1. 推进甲。（牵头单位：市科技局）"], {
        file: "方案.docx",
      }),
    );
    expect(codes(result.diagnostics)).toEqual(["plan.no_year"]);
  });

  it("warns where a level is taken from Word's list level", () => {
    const result = build([
      TITLE,
      { text: "第一项 推进甲。（牵头单位：市科技局）", numbering: { label: "第一项", level: 2 } },
    ]);
    expect(codes(result.diagnostics, "warning")).toEqual(["outline.level_guessed"]);
    expect(result.plan?.tasks[0]?.leadUnits).toEqual(["市科技局"]);
  });
});
