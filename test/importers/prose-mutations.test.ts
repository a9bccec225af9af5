import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/importers/shapes/build-plan.js";
import { proseDocument } from "../support/source-builder.js";

const LINES = [
  "2023年政府工作报告重点工作任务分工方案",
  "（列第一位的为牵头单位，下同）",
  "一、稳住经济大盘",
  "（一）做强实体经济",
  "1. 实施制造业倍增计划。（牵头单位：市工业和信息化局；配合单位：市发展改革委、市统计局）",
  "（1）3月底前，出台实施方案。",
  "（2）推进技改项目建设。（市工业和信息化局牵头，市财政局配合，12月底前完成）",
  "2. 扩大有效投资。（市发展改革委、市财政局、各县（市、区）政府）",
  "3. 改造老旧小区120个。",
  "责任领导：王五",
  "牵头单位：市住房城乡建设局",
  "配合单位：市财政局、市自然资源和规划局",
  "完成时限：11月底前",
  "二、工作要求",
  "（一）加强组织领导。",
];

/** Characters a writer may type either way: full-width or ASCII. */
const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  "（": ["（", "("],
  "）": ["）", ")"],
  "：": ["：", ":"],
  "；": ["；", ";"],
  "，": ["，", ","],
};
/** After an item number: "1." "1．" "1、". */
const NUMBER_DOT = /^(\d+)\.\s?/;

const mutate = (line: string, choices: readonly number[], indent: boolean): string => {
  let index = 0;
  const swapped = line
    .replace(/[（）：；，]/g, (ch) => {
      const options = VARIANTS[ch] ?? [ch];
      index += 1;
      return options[(choices[index % choices.length] ?? 0) % options.length] ?? ch;
    })
    .replace(NUMBER_DOT, (_match, n: string) => `${n}${["．", "、", ". "][(choices[0] ?? 0) % 3]}`);
  return indent ? `\u3000\u3000${swapped}` : swapped;
};

const shape = (lines: readonly string[]) => {
  const result = buildPlan(proseDocument(lines));
  return {
    errors: result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code),
    warnings: result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code),
    tasks: result.plan?.tasks.map((task) => ({
      no: task.no,
      leads: task.leadUnits,
      cooperating: task.cooperatingUnits,
      persons: task.persons,
      outline: task.outline.map((h) => [h.label, h.level]),
      milestones: task.milestones.map((m) => [m.seq, m.responsibilities, m.deadline]),
    })),
  };
};

describe("prose shape: punctuation written either way reads alike", () => {
  const expected = shape(LINES);

  it("reads the base document", () => {
    expect(expected.errors).toEqual([]);
    expect(expected.tasks).toHaveLength(3);
  });

  it("gives the same plan for full-width or ASCII punctuation, item dots and indentation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (choices, indent) => {
          const mutated = LINES.map((line, i) =>
            i === 0 ? line : mutate(line, choices.slice(i % choices.length), indent),
          );
          expect(shape(mutated)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
