import type { TargetComparison, TargetMeasure } from "../../domain/target.js";
import { invalidTarget } from "./target-errors.js";

/** The longest subject and unit of measure a target keeps. */
export const SUBJECT_MAX = 200;
export const UNIT_OF_MEASURE_MAX = 20;

/** A measure as a request writes it: the comparison with a value, or a range's low and high. */
export interface MeasureInput {
  readonly comparison?: TargetComparison;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
}

const finite = (field: string, value: number): number => {
  if (!Number.isFinite(value)) {
    throw invalidTarget(
      `body.${field}`,
      `${field} 必须是有限的数`,
      `${field} must be a finite number`,
    );
  }
  return value;
};

/**
 * The measure a request makes of the one before (none for a new target):
 * what it leaves out stays, but a range needs low and high and every other
 * comparison a value, and a range's low may not exceed its high.
 */
export const measureFrom = (input: MeasureInput, before: TargetMeasure | null): TargetMeasure => {
  const comparison = input.comparison ?? before?.comparison;
  if (comparison === undefined) {
    throw invalidTarget("body.comparison", "请给出比较方式", "comparison is required");
  }
  if (comparison === "range") {
    if (input.value !== undefined) {
      throw invalidTarget(
        "body.value",
        "区间指标用 low 和 high，不用 value",
        "a range takes low and high, not value",
      );
    }
    const low = input.low ?? (before?.comparison === "range" ? before.low : undefined);
    const high = input.high ?? (before?.comparison === "range" ? before.high : undefined);
    if (low === undefined)
      throw invalidTarget("body.low", "区间指标需要下限 low", "a range needs low");
    if (high === undefined) {
      throw invalidTarget("body.high", "区间指标需要上限 high", "a range needs high");
    }
    if (finite("low", low) > finite("high", high)) {
      throw invalidTarget("body.low", "区间下限不能大于上限", "low cannot be above high");
    }
    return { comparison, low, high };
  }
  if (input.low !== undefined || input.high !== undefined) {
    throw invalidTarget(
      input.low !== undefined ? "body.low" : "body.high",
      "只有区间指标有 low 和 high",
      "only a range has low and high",
    );
  }
  const value =
    input.value ?? (before !== null && before.comparison !== "range" ? before.value : undefined);
  if (value === undefined)
    throw invalidTarget("body.value", "请给出指标值 value", "value is required");
  return { comparison, value: finite("value", value) };
};

/** A subject or unit of measure, trimmed, neither empty nor too long. */
export const wordsFrom = (field: "subject" | "unitOfMeasure", text: string): string => {
  const trimmed = text.trim();
  const max = field === "subject" ? SUBJECT_MAX : UNIT_OF_MEASURE_MAX;
  if (trimmed.length === 0) {
    throw invalidTarget(`body.${field}`, `${field} 不能为空`, `${field} cannot be empty`);
  }
  if (trimmed.length > max) {
    throw invalidTarget(
      `body.${field}`,
      `${field} 不能超过 ${max} 个字`,
      `${field} cannot be longer than ${max} characters`,
    );
  }
  return trimmed;
};

export const baselineFrom = (baseline: number | null): number | null =>
  baseline === null ? null : finite("baseline", baseline);
