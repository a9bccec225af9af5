import { chineseNumeralValue } from "./normalize-text.js";

/** 万 and 亿 as multipliers of everything written before them. */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ["亿", 100_000_000],
  ["万", 10_000],
];

/** Traditional characters of a count, as their simplified forms. */
const TRADITIONAL: Readonly<Record<string, string>> = { 萬: "万", 億: "亿", 兩: "两" };

/**
 * Reads a Chinese count with 万 and 亿 sections ("两千三百" → 2300,
 * 兩萬 alike,
 * "三万五千" → 35000, "一亿二千万" → 120000000), or null when the text is not
 * one. Every section must be a numeral below ten thousand; an empty section
 * (a bare "万") is not a count.
 */
export const chineseCountValue = (text: string): number | null =>
  readSections(
    text.replace(/[萬億兩]/g, (ch) => TRADITIONAL[ch] ?? ch),
    0,
  );

const readSections = (text: string, level: number): number | null => {
  const magnitude = MAGNITUDES[level];
  if (magnitude === undefined) return chineseNumeralValue(text);
  const [mark, factor] = magnitude;
  const at = text.indexOf(mark);
  if (at < 0) return readSections(text, level + 1);
  const high = readSections(text.slice(0, at), level + 1);
  const rest = text.slice(at + 1);
  const low = rest === "" ? 0 : readSections(rest, level + 1);
  return high === null || low === null ? null : high * factor + low;
};
