import type { IsoDate } from "./iso-date.js";
import type { Light } from "./milestone-status.js";

/**
 * A quantitative target (量化指标) read from a task's or a milestone's words:
 * "高新技术企业突破2300家" is 高新技术企业, more than 2,300, 家.
 */
export interface Target {
  /** What is counted or measured: 高新技术企业, 全社会研发经费占地区生产总值比重. */
  readonly subject: string;
  readonly measure: TargetMeasure;
  /** The unit of measure as written (家, 项, %, 亿元, 个, 人 …). */
  readonly unitOfMeasure: string;
}

/**
 * How the value is compared. A range ("20～30家") is met at its low end and
 * carries its high end; every other comparison has one value.
 */
export type TargetMeasure =
  | { readonly comparison: "at_least" | "more_than" | "reach" | "at_most"; readonly value: number }
  | { readonly comparison: "range"; readonly low: number; readonly high: number };

export type TargetComparison = TargetMeasure["comparison"];

/** Whether two measures compare the same way with the same values. */
export const sameMeasure = (a: TargetMeasure, b: TargetMeasure): boolean =>
  a.comparison === "range"
    ? b.comparison === "range" && a.low === b.low && a.high === b.high
    : b.comparison !== "range" && a.comparison === b.comparison && a.value === b.value;

/**
 * Each comparison in words, as every view of a target writes it (`duban
 * targets`, the bulletin's 目标 "超过2300家"): one definition for both.
 */
export const COMPARISON_WORDS: Readonly<
  Record<TargetComparison, { readonly zh: string; readonly en: string }>
> = {
  at_least: { zh: "不少于", en: "at least" },
  more_than: { zh: "超过", en: "more than" },
  reach: { zh: "达到", en: "reach" },
  at_most: { zh: "不超过", en: "at most" },
  range: { zh: "区间", en: "range" },
};

export const TARGET_COMPARISONS: readonly TargetComparison[] = [
  "at_least",
  "more_than",
  "reach",
  "at_most",
  "range",
];

/** Where in its text a target was read: UTF-16 offsets, `end` exclusive, and the words themselves. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A target found in a text, with the words it came from. */
export interface ExtractedTarget extends Target {
  readonly span: TextSpan;
  /** The value the words say it starts from ("从20家提高至30家": 20), when they say one. */
  readonly baseline?: number;
}

/** A value a unit reported for a target, as of a day. */
export interface TargetActual {
  readonly value: number;
  readonly asOf: IsoDate;
}

/**
 * How far a target is, as of a day: the latest actual against the value to
 * reach, the value projected for the deadline, and a light; `light` is null
 * while nothing has been reported.
 */
export interface TargetProgress {
  readonly latest: TargetActual | null;
  /** latest / the value to reach (the low end of a range); null before any actual, for at_most, or when that value is 0. */
  readonly ratio: number | null;
  readonly projected: number | null;
  readonly met: boolean;
  readonly light: Light | null;
}

/** What a target's progress is measured against. */
export interface TargetProgressOptions {
  /** The day the progress is computed for: actuals dated after it are not yet known. */
  readonly asOf: IsoDate;
  /** The day the work started (the plan's first day): the projection's origin with one actual. */
  readonly start: IsoDate;
  /** The day the target is due. */
  readonly deadline: IsoDate;
  /** The value at `start` (last year's figure); 0 when not given, as for counts made this year. */
  readonly baseline?: number;
}
