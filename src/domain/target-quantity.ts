import { chineseCountValue } from "./chinese-numerals.js";
import type { TargetMeasure } from "./target.js";
import {
  COMPARISON_AFTER,
  COMPARISON_BEFORE,
  MAGNITUDES,
  MONEY_UNITS,
  MORE_THAN_MARKS,
  RANGE_MARKS,
  UNITS_OF_MEASURE,
} from "./target-words.js";

/** A value with its unit of measure and comparison words, where the text writes it. */
export interface WrittenQuantity {
  /** Offset of the first word (a comparison word before the value, or the value). */
  readonly start: number;
  readonly end: number;
  /** Offset of the value (the low end of a range). */
  readonly valueStart: number;
  /** The value as written (the low end of a range): "2300", "两千三百", "1.5万". */
  readonly written: string;
  /** The word before the value that says how it compares (突破, 提高至 …), or "". */
  readonly before: string;
  /** The word after the value that says how it compares (以上, 以内 …), or "". */
  readonly after: string;
  /** Whether anything but the value and unit says how it compares (a word, 余/多, a range). */
  readonly compared: boolean;
  readonly measure: TargetMeasure;
  readonly unitOfMeasure: string;
}

const longestFirst = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");

// An Arabic value may not continue a number, a decimal or a Latin name (PM2.5,
// 5G); a Chinese one may not continue another numeral. A Chinese value starts
// with a digit or 十: a bare 百, 千, 万 or 亿 (千家万户, 超千亿) is no count.
const ARABIC = String.raw`(?<![\d.,A-Za-z])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[万亿萬億]?`;
const CHINESE =
  "(?<![〇零一二两兩三四五六七八九十百千万亿萬億])[一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千万亿萬億]*";
const NUMBER = `(?:${ARABIC}|${CHINESE})`;
const UNIT = `(?:${longestFirst(UNITS_OF_MEASURE)})`;

const QUANTITY = new RegExp(
  `(?:(?<before>${longestFirst(Object.keys(COMPARISON_BEFORE))})\\s*)?` +
    `(?:(?<low>${NUMBER})(?<lowUnit>${UNIT})?\\s*[${RANGE_MARKS}]\\s*)?` +
    `(?<value>${NUMBER})(?<more>[${MORE_THAN_MARKS}])?(?<unit>${UNIT})` +
    `(?<after>${longestFirst(Object.keys(COMPARISON_AFTER))})?`,
  "dgu",
);

/** Full-width digits and signs read as ASCII; one character for one, so offsets hold. */
const foldNumbers = (text: string): string =>
  text.replace(/[０-９．％－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** Drops the float noise of a decimal times a magnitude (1.1 × 10,000). */
const exact = (value: number): number => Number(value.toPrecision(12));

interface ReadValue {
  readonly value: number;
  /** The trailing 万 or 亿 when the value was written with one. */
  readonly magnitude: string;
}

const readValue = (written: string): ReadValue | null => {
  const last = written.slice(-1);
  const magnitude = last in MAGNITUDES ? last : "";
  if (/^\d/.test(written)) {
    const digits = Number(written.slice(0, written.length - magnitude.length).replace(/,/g, ""));
    return { value: exact(digits * (MAGNITUDES[magnitude] ?? 1)), magnitude };
  }
  const value = chineseCountValue(written);
  return value === null ? null : { value, magnitude };
};

/**
 * Moves a trailing 万 or 亿 into a money unit ("50亿元" is 50 亿元) and folds
 * it into the value before any other unit ("1.5万人" is 15,000 人).
 */
const inUnit = (read: ReadValue, unit: string): { value: number; unit: string } =>
  read.magnitude !== "" && MONEY_UNITS.includes(unit)
    ? { value: exact(read.value / (MAGNITUDES[read.magnitude] ?? 1)), unit: read.magnitude + unit }
    : { value: read.value, unit };

interface Measured {
  readonly measure: TargetMeasure;
  readonly unitOfMeasure: string;
}

const measureOf = (groups: Record<string, string | undefined>): Measured | null => {
  const high = readValue(groups.value ?? "");
  if (high === null) return null;
  const { value, unit } = inUnit(high, groups.unit ?? "");
  if (groups.low !== undefined) {
    const lowRead = readValue(groups.low);
    if (lowRead === null) return null;
    if (groups.lowUnit !== undefined && groups.lowUnit !== groups.unit) return null;
    // "3～5万人": the low end takes the magnitude written once after the high end.
    const shared =
      lowRead.magnitude === "" && high.magnitude !== ""
        ? {
            value: exact(lowRead.value * (MAGNITUDES[high.magnitude] ?? 1)),
            magnitude: high.magnitude,
          }
        : lowRead;
    const low = inUnit(shared, groups.unit ?? "").value;
    return low < value
      ? { measure: { comparison: "range", low, high: value }, unitOfMeasure: unit }
      : null;
  }
  const after = groups.after === undefined ? undefined : COMPARISON_AFTER[groups.after];
  const before = groups.before === undefined ? undefined : COMPARISON_BEFORE[groups.before];
  const comparison = after ?? (groups.more === undefined ? before : "more_than") ?? "reach";
  return comparison === "range" ? null : { measure: { comparison, value }, unitOfMeasure: unit };
};

/** Every value written with a unit of measure in the text, in reading order. */
export const writtenQuantities = (text: string): WrittenQuantity[] => {
  const found: WrittenQuantity[] = [];
  for (const match of foldNumbers(text).matchAll(QUANTITY)) {
    const groups = match.groups ?? {};
    const measured = measureOf(groups);
    const valueAt = match.indices?.groups?.low ?? match.indices?.groups?.value;
    if (measured === null || valueAt === undefined) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      valueStart: valueAt[0],
      written: groups.low ?? groups.value ?? "",
      before: groups.before ?? "",
      after: groups.after ?? "",
      compared:
        measured.measure.comparison !== "reach" ||
        groups.before !== undefined ||
        groups.after !== undefined,
      ...measured,
    });
  }
  return found;
};
