import { describe, expect, it } from "vitest";
import type { ExtractedTarget, TargetMeasure } from "../../src/domain/target.js";
import { extractTargets } from "../../src/domain/target-extraction.js";
import expected from "../fixtures/seed-2022-kjj.expected.json" with { type: "json" };

/**
 * The target rule on every sentence of the reference plan (every task title
 * and milestone text, split at 。 and ；). The sentences with targets are listed
 * here with exactly what they hold; every other sentence must hold none, so
 * dates, 第一批, “双百工程”, 八大, 5G, 三年行动计划, the 3大/3个 recaps of task 75
 * and 超千亿 are all checked as not targets.
 */

/**
 * One line per target: "subject | comparison value unit | span", the span as
 * written, found at its first place in the sentence.
 */
const TARGETS: Readonly<Record<string, readonly string[]>> = {
  "深入实施科技“双百工程”，高新技术企业突破2300家": [
    "高新技术企业 | more_than 2300 家 | 高新技术企业突破2300家",
  ],
  "实施江门科技“双百工程”，收集企业技术需求和高校院所技术成果300项以上，支持建设创新联合体（产学研协同创新中心）20～30家，推动校企合作实施产学研合作项目20～30项，积极申请国家或省重点研发计划项目":
    [
      "企业技术需求和高校院所技术成果 | at_least 300 项 | 企业技术需求和高校院所技术成果300项以上",
      "创新联合体 | range 20-30 家 | 创新联合体（产学研协同创新中心）20～30家",
      "产学研合作项目 | range 20-30 项 | 产学研合作项目20～30项",
    ],
  "鼓励企业加大研发和技改投入，全社会研发经费占地区生产总值比重达到2.7%以上": [
    "全社会研发经费占地区生产总值比重 | at_least 2.7 % | 全社会研发经费占地区生产总值比重达到2.7%以上",
  ],
  "积极引进院士科研团队，推动江门“双碳”实验室纳入省实验室体系，加快筹建江门市应急管理重点实验室，省级以上科创平台超530家":
    ["省级以上科创平台 | more_than 530 家 | 省级以上科创平台超530家"],
  "指导和支持我市重点企业建设省重点实验室、新型研发机构、工程技术研究中心等创新平台，省级以上创新平台总量达530家":
    ["省级以上创新平台总量 | reach 530 家 | 省级以上创新平台总量达530家"],
  // "与50家…企业对接合作": the number of enterprises to work with is the amount
  // of work the milestone asks for, so it is a target to reach.
  "推进省科学院江门产业技术研究院建设，与50家“创新标兵”企业、“金种子”企业、高新技术企业等对接合作，开展项目合作、技术联合攻关或共建技术创新平台20～30项":
    [
      "“创新标兵”企业、“金种子”企业、高新技术企业 | reach 50 家 | 50家“创新标兵”企业、“金种子”企业、高新技术企业",
      "项目合作、技术联合攻关或共建技术创新平台 | range 20-30 项 | 项目合作、技术联合攻关或共建技术创新平台20～30项",
    ],
  "争取引进3～5家科技型机构（或企业）入孵江门产业技术研究院": [
    "科技型机构 | range 3-5 家 | 3～5家科技型机构",
  ],
};

interface Sentence {
  readonly place: string;
  readonly text: string;
}

const sentencesOf = (place: string, text: string): Sentence[] =>
  text
    .split(/[。；]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => ({ place, text: part }));

const SENTENCES: readonly Sentence[] = expected.tasks.flatMap((task) => [
  ...sentencesOf(`T${task.no}`, task.title),
  ...task.milestones.flatMap((m) => sentencesOf(`T${task.no} M${m.seq ?? "-"}`, m.text)),
]);

const measureText = (measure: TargetMeasure): string =>
  measure.comparison === "range"
    ? `range ${measure.low}-${measure.high}`
    : `${measure.comparison} ${measure.value}`;

/** A target as its line in TARGETS, after checking its span is where the line says. */
const lineOf = (sentence: string, target: ExtractedTarget): string => {
  const { start, end, text } = target.span;
  expect([start, end]).toEqual([sentence.indexOf(text), sentence.indexOf(text) + text.length]);
  expect(sentence.slice(start, end)).toBe(text);
  return `${target.subject} | ${measureText(target.measure)} ${target.unitOfMeasure} | ${text}`;
};

describe("extractTargets on every sentence of the reference plan", () => {
  it("reads the plan's 54 sentences, and every sentence listed with targets is one of them", () => {
    expect(SENTENCES).toHaveLength(54);
    const texts = new Set(SENTENCES.map((s) => s.text));
    expect(Object.keys(TARGETS).filter((text) => !texts.has(text))).toEqual([]);
  });

  it.each(SENTENCES.map((s) => [s.place, s.text] as const))("%s: %s", (_place, text) => {
    const found = extractTargets(text).map((target) => lineOf(text, target));
    expect(found).toEqual(TARGETS[text] ?? []);
  });

  it("finds the plan's ten targets and no more", () => {
    const found = SENTENCES.flatMap((s) => extractTargets(s.text));
    expect(found).toHaveLength(10);
  });
});
