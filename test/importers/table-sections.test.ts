import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { sourceDocument, sourceTable } from "../support/source-builder.js";

const HEADER = ["序号", "工作任务", "责任单位", "完成时限"];
const row = (no: string, unit = "市科技局"): string[] => [no, `任务${no}`, unit, "6月30日"];

const codes = (result: ReturnType<typeof buildPlan>): string[] =>
  result.diagnostics.map((d) => d.code);

describe("several tables in one document read as one plan with sections", () => {
  it("heads each table's tasks with the outline heading above it; 序号 restart per section", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1"), row("2")], {
          paragraphsBefore: ["2022年市政府重点工作任务分解表", "一、经济发展"],
        }),
        sourceTable([HEADER, row("1", "市民政局")], {
          name: "表2",
          paragraphsBefore: ["二、社会事业"],
        }),
      ]),
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan?.title).toBe("2022年市政府重点工作任务分解表");
    expect(result.plan?.tasks.map((t) => [t.label, t.outline])).toEqual([
      ["1", [{ label: "一", title: "经济发展", level: 1 }]],
      ["2", [{ label: "一", title: "经济发展", level: 1 }]],
      ["1", [{ label: "二", title: "社会事业", level: 1 }]],
    ]);
  });

  it("keeps the outline across tables: 一、 over （一） above one table, （二） alone above the next", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1")], {
          paragraphsBefore: ["2022年市政府重点工作任务分解表", "一、经济发展", "（一）科技创新"],
        }),
        sourceTable([HEADER, row("1")], { name: "表2", paragraphsBefore: ["（二）产业升级"] }),
        sourceTable([HEADER, row("1")], { name: "表3", paragraphsBefore: ["二、社会事业"] }),
      ]),
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan?.title).toBe("2022年市政府重点工作任务分解表");
    expect(result.plan?.tasks.map((t) => t.outline.map((h) => `${h.level}${h.title}`))).toEqual([
      ["1经济发展", "2科技创新"],
      ["1经济发展", "2产业升级"],
      ["1社会事业"],
    ]);
  });

  it("heads each leader's table with the note naming the leader", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1")], {
          paragraphsBefore: ["2022年市政府重点工作任务分解表", "（张三副市长分管）"],
        }),
        sourceTable([HEADER, row("1", "市财政局")], {
          name: "表2",
          paragraphsBefore: ["（李四副市长分管）"],
        }),
      ]),
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan?.subtitle).toBeNull();
    expect(result.plan?.tasks.map((t) => t.outline.map((h) => h.title))).toEqual([
      ["张三副市长分管"],
      ["李四副市长分管"],
    ]);
  });

  it("keeps a table's own group rows under its section", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, ["（一）科技创新", "<", "<", "<"], row("1")], {
          paragraphsBefore: ["2022年市政府重点工作任务分解表", "一、经济发展"],
        }),
      ]),
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks[0]?.outline.map((h) => [h.label, h.level])).toEqual([
      ["一", 1],
      ["一", 2],
    ]);
  });

  it("reads every sheet of a workbook with the same header, each named for its section", () => {
    const result = buildPlan(
      sourceDocument(
        [
          sourceTable([["2022年市政府重点工作任务分解表"], HEADER, row("1")], {
            name: "经济发展",
            file: "plan.xlsx",
          }),
          sourceTable([HEADER, row("1", "市民政局")], { name: "社会事业", file: "plan.xlsx" }),
        ],
        { file: "plan.xlsx", format: "xlsx" },
      ),
    );
    expect(result.diagnostics.map((d) => [d.code, d.location.sheet])).toEqual([
      ["table.section_from_sheet", "经济发展"],
      ["table.section_from_sheet", "社会事业"],
    ]);
    expect(result.plan?.tasks.map((t) => [t.label, t.outline.map((h) => h.title)])).toEqual([
      ["1", ["经济发展"]],
      ["1", ["社会事业"]],
    ]);
  });

  it("joins a table continued after 续表 without its header", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1")], { paragraphsBefore: ["2022年市政府重点工作任务分解表"] }),
        sourceTable([row("2")], { name: "表2", paragraphsBefore: ["续表"] }),
      ]),
    );
    expect(codes(result)).toEqual([]);
    expect(result.plan?.tasks.map((t) => t.no)).toEqual([1, 2]);
  });

  it("ignores a contact list whose header names units and people but no task", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1")], { paragraphsBefore: ["2022年市政府重点工作任务分解表"] }),
        sourceTable(
          [
            ["责任单位", "联系人", "联系电话"],
            ["市科技局", "张三", "12345678"],
          ],
          { name: "表2", paragraphsBefore: ["二、联系方式"] },
        ),
      ]),
    );
    expect(result.plan?.tasks).toHaveLength(1);
    expect(codes(result)).toEqual(["table.ignored"]);
  });

  it("ignores a signature table after the plan with a note, and still finds duplicates in one section", () => {
    const result = buildPlan(
      sourceDocument([
        sourceTable([HEADER, row("1"), ["1", "另一任务", "市科技局", "6月30日"]], {
          paragraphsBefore: ["2022年市政府重点工作任务分解表"],
        }),
        sourceTable([["签发人", "张三"]], { name: "表2", paragraphsBefore: ["附："] }),
      ]),
    );
    expect(codes(result)).toEqual(["table.ignored", "task.duplicate_no"]);
  });
});
