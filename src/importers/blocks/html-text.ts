import { cleanText } from "../../domain/normalize-text.js";

/**
 * Stands for a line break the markup makes (<br>, a paragraph's end inside
 * a cell) in text gathered from HTML, where "\n" itself is only white space.
 * A U+2028 in the page is a line separator anyway.
 */
export const HARD_BREAK = "\u2028";

const HTML_SPACE = /[ \t\n\r\f]+/g;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Turns text gathered from HTML into lines as a browser shows them: white
 * space collapses to one space, except that a line break in the source
 * between two Chinese characters disappears (Word's web pages wrap long
 * lines anywhere); &nbsp; becomes a plain space; each line is cleaned and
 * empty lines are dropped.
 */
export const htmlLines = (raw: string): string[] => {
  const collapsed = raw.replace(HTML_SPACE, (run: string, offset: number, whole: string) => {
    const wrap = /[\n\r]/.test(run);
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + run.length);
    return wrap && CJK.test(before) && CJK.test(after) ? "" : " ";
  });
  const lines: string[] = [];
  for (const line of collapsed.split(HARD_BREAK)) {
    const text = cleanText(line.replace(/\u00a0/g, " "));
    if (text !== "") lines.push(text);
  }
  return lines;
};
