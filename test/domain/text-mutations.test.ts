import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDeadlineInText } from "../../src/domain/deadline-in-text.js";
import { foldWidth } from "../../src/domain/normalize-text.js";
import { parseDeadline } from "../../src/domain/parse-deadline.js";
import { readUnitList } from "../../src/domain/unit-list.js";

/**
 * What documents do to the same words: full-width and ASCII forms of digits,
 * letters and punctuation swapped, and spaces or U+3000 left by a line wrap.
 * None of it may change what is read.
 */
const toggleWidth = (ch: string): string => {
  const code = ch.charCodeAt(0);
  if (code >= 0x21 && code <= 0x7e) return String.fromCharCode(code + 0xfee0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
};

type Edit = "keep" | "toggle" | "space" | "ideographic";
const edits = fc.array(fc.constantFrom<Edit>("keep", "keep", "toggle", "space", "ideographic"), {
  maxLength: 60,
});

const mutate = (text: string, plan: readonly Edit[]): string =>
  Array.from(text)
    .map((ch, index) => {
      const edit = plan[index % Math.max(plan.length, 1)] ?? "keep";
      if (edit === "toggle") return toggleWidth(ch);
      if (edit === "space") return ` ${ch}`;
      if (edit === "ideographic") return `\u3000${ch}`;
      return ch;
    })
    .join("");

/** Text compared without the differences the mutations make. */
const canonical = (text: string): string => foldWidth(text).replace(/\s+/g, "");

const reading = (text: string) => {
  const found = findDeadlineInText(text, { year: 2022 });
  if (found === null) return null;
  const { deadline, at } = found;
  const rest = canonical(found.text);
  if (deadline === null) return { unreadable: canonical(found.phrase), at, rest };
  if (deadline.kind === "none") return { kind: "none", at, rest };
  return { ...deadline, text: canonical(deadline.text), at, rest };
};

const STEPS = [
  "3月底前，制定实施方案",
  "6月30日，召开推进会",
  "2022年12月中旬，开展评估",
  "二季度末前，出台政策",
  "1月份：印发通知",
  "6—9月，开展专项检查",
  "次年3月底前，完成评估",
  "每季度报送工作进展",
  "完成老旧小区改造，年底前完成。",
  "建成示范基地，力争10月底前完成。",
  "推进产业园建设，6月底前开工建设。",
  "推进数字化改造，完成时限：12月底前",
  "完成实施方案（市科技局牵头；6月底前）。",
  "召开推进会〔年内〕。",
  "扩大覆盖面(各县(市、区)政府负责；Q3)",
  "2月30日前，完成验收",
  "自2021年以来，全市累计建成基站1200个",
  "截至6月底，已完成投资80%",
  "编制产业发展规划（2021—2025年）",
];

describe("deadlines read the same whatever the width and wrap spaces", () => {
  it("findDeadlineInText", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEPS), edits, (step, plan) => {
        expect(reading(mutate(step, plan))).toEqual(reading(step));
      }),
      { numRuns: 400 },
    );
  });

  it("parseDeadline", () => {
    const cells = [
      "2022年6月底前",
      "12月15日",
      "第三季度末",
      "次年1—3月",
      "年底前建成投用",
      "每月25日前",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cells), edits, (cell, plan) => {
        const original = parseDeadline(cell, { year: 2022 });
        const mutated = parseDeadline(mutate(cell, plan), { year: 2022 });
        expect(original.ok && mutated.ok).toBe(true);
        if (!original.ok || !mutated.ok || original.deadline.kind === "none") return;
        expect({ ...mutated.deadline, text: "" }).toEqual({ ...original.deadline, text: "" });
      }),
      { numRuns: 300 },
    );
  });
});

describe("unit lists read the same whatever the separators and wrap spaces", () => {
  const lists = [
    ["市市场监管局", "发展改革委", "财政局"],
    ["市科技局", "各县（市、区）政府", "市教育局〈含市属学校〉"],
    ["市委宣传部", "组织部", "市税务局", "五邑大学"],
  ];
  const separators = fc.array(fc.constantFrom("、", "，", ",", "；", ";", "\n", "、\n"), {
    minLength: 4,
    maxLength: 4,
  });

  /** The names and what was decided about which name; messages quote the text as written. */
  const decisions = (text: string) => {
    const { names, notes } = readUnitList(text);
    return { names, notes: notes.map((note) => [note.kind, "unit" in note ? note.unit : ""]) };
  };

  it("readUnitList", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lists), separators, edits, (names, between, plan) => {
        const written = names
          .map((name) => mutate(name, plan))
          .map((name, index) => (index === 0 ? name : `${between[index] ?? "、"}${name}`))
          .join("");
        expect(decisions(written)).toEqual(decisions(names.join("、")));
      }),
      { numRuns: 300 },
    );
  });
});
