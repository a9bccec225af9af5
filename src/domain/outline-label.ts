import { chineseNumeralValue, foldWidth } from "./normalize-text.js";

/** A number that heads an outline level: "一、", "（一）", "1.", "（1）", "①". */
export interface OutlineLabel {
  /** The number as written, without punctuation: "一", "1". */
  readonly label: string;
  readonly value: number;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①. */
  readonly level: number;
  /** The text after the number. */
  readonly rest: string;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const CHINESE = "[〇零一二两三四五六七八九十百]+";

const PATTERNS: readonly (readonly [RegExp, number])[] = [
  [new RegExp(`^(${CHINESE})\\s*[、.，,]?\\s*`), 1],
  [new RegExp(`^\\((${CHINESE})\\)\\s*`), 2],
  [/^(\d{1,4})(?:\s*[、.]|\s+|$)(?!\d)\s*/, 3],
  [/^\((\d{1,3})\)\s*/, 4],
];

/**
 * Reads the outline number at the start of a text. A bare Chinese numeral
 * must stand alone or be followed by its 、 so that "三大产业" is not "三".
 */
export const readOutlineLabel = (raw: string): OutlineLabel | null => {
  const text = raw.trim();
  const circled = text === "" ? -1 : CIRCLED.indexOf(text.charAt(0));
  if (circled >= 0) {
    return { label: text.charAt(0), value: circled + 1, level: 5, rest: text.slice(1).trim() };
  }
  const folded = foldWidth(text);
  for (const [pattern, level] of PATTERNS) {
    const match = pattern.exec(folded);
    const label = match?.[1];
    if (!match || label === undefined) continue;
    const rest = text.slice(match[0].length).trim();
    if (level === 1 && rest !== "" && !/[、.，,]/.test(match[0])) continue;
    const value = /^\d+$/.test(label) ? Number(label) : chineseNumeralValue(label);
    if (value === null) continue;
    return { label, value, level, rest };
  }
  return null;
};
