/**
 * Text clean-up shared by every reader. Cell text is kept as written; these
 * helpers only remove what is never content and fold variants for matching.
 */

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

/** Removes invisible characters, unifies line ends and trims each end (full-width spaces too). */
export const cleanText = (text: string): string =>
  text.replace(INVISIBLE, "").replace(/\r\n?/g, "\n").replace(EDGE_SPACE, "");

/**
 * Folds full-width ASCII (０-９, Ａ-Ｚ, ．, －, （） …) and the ideographic space to
 * their ASCII forms. For recognising numbers and patterns, never for stored text.
 */
export const foldWidth = (text: string): string =>
  text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");

/** An ideograph or the Chinese punctuation that sits inside running text (、。〃《》「」『』（）). */
const CHINESE = String.raw`\p{Script=Han}\u3001-\u3003\u300a-\u300f\uff08\uff09`;
/**
 * Spaces between two Chinese characters: where a line wrapped (a PDF, a
 * narrow column), never a word break, since Chinese puts none.
 */
const WRAP_SPACE = new RegExp(`(?<=[${CHINESE}])[ \\t\\u3000]+(?=[${CHINESE}])`, "gu");

/** Text without the wrap spaces inside its words: "综合枢纽工程 建设" → "综合枢纽工程建设". */
export const joinWrappedWords = (text: string): string => text.replace(WRAP_SPACE, "");

/** A header cell reduced to its letters: "完 成\n时 限" → "完成时限". */
export const compactText = (text: string): string => cleanText(text).replace(/[\s\u3000]+/g, "");

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a Chinese numeral up to the thousands ("十二" → 12, "二十一" → 21,
 * "一百零五" → 105), or returns null when the text is not one.
 */
export const chineseNumeralValue = (text: string): number | null => {
  if (text === "" || !/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  let sawUnit = false;
  for (const ch of text) {
    const value = CHINESE_DIGITS[ch];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
    total += (digit === 0 && !sawUnit && unit === 10 ? 1 : digit) * unit;
    digit = 0;
    sawUnit = true;
  }
  return total + digit;
};
