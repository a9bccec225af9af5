import type { Schema } from "../api.js";
import type { Text } from "../i18n.js";

export type Target = Schema<"Target">;
export type TargetComparison = Target["comparison"];

/**
 * The comparison in words: src/domain/target.ts COMPARISON_WORDS, which the
 * command line and the bulletin share; written again here because the web app
 * may import only the glossary from src/ (eslint's layer rule).
 */
export const COMPARISON_WORD: Readonly<Record<TargetComparison, Text>> = {
  at_least: { zh: "不少于", en: "at least" },
  more_than: { zh: "超过", en: "more than" },
  reach: { zh: "达到", en: "reach" },
  at_most: { zh: "不超过", en: "at most" },
  range: { zh: "区间", en: "range" },
};

export const STATE_WORD: Readonly<Record<Target["state"], Text>> = {
  proposed: { zh: "待确认", en: "Proposed" },
  confirmed: { zh: "已确认", en: "Confirmed" },
  dismissed: { zh: "已排除", en: "Dismissed" },
};

/** Where the target sits: "202（5）" for a milestone's, "202" for a task's own. */
export const placeOf = (target: Target): string =>
  `${target.taskNo === null ? "" : String(target.taskNo)}${
    target.milestoneSeq === null ? "" : `（${String(target.milestoneSeq)}）`
  }`;

/** "2300家", "20～30家": the value or the range with its unit of measure, as the plan writes it. */
export const measureOf = (target: Target): string =>
  `${
    target.comparison === "range"
      ? `${String(target.low)}～${String(target.high)}`
      : String(target.value)
  }${target.unitOfMeasure}`;

/** The target in words, as the bulletin writes it: "超过2300家", "20～30家" (a range says itself). */
export const goalText = (target: Target): Text =>
  target.comparison === "range"
    ? { zh: measureOf(target), en: measureOf(target) }
    : {
        zh: `${COMPARISON_WORD[target.comparison].zh}${measureOf(target)}`,
        en: `${COMPARISON_WORD[target.comparison].en} ${measureOf(target)}`,
      };

/** The ratio as a percentage with one decimal at most (1.126 → "112.6%"). */
export const percentText = (ratio: number): string => `${String(Math.round(ratio * 1000) / 10)}%`;
