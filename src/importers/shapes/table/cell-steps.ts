import { parseMilestoneText, type MilestoneText } from "../../../domain/milestone-text.js";
import { foldWidth } from "../../../domain/normalize-text.js";

const CIRCLED = /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/;
/**
 * A line that starts a numbered step: "1.", "1、", "（1）", "(1)". Lines
 * numbered 1, 2, 3 in order are steps even when a digit follows the point
 * ("1.6月底前，…"), which a single line could not tell from a decimal.
 */
const NUMBERED_LINE = /^\s*(?:\((\d{1,2})\)|(\d{1,2})\s*[.、])\s*/;

/** Cuts before every circled number: "①…；②…" → ["①…；", "②…"]. */
const circledParts = (text: string): string[] => {
  const parts: string[] = [];
  let current = "";
  for (const ch of text) {
    if (CIRCLED.test(ch) && current.trim() !== "") {
      parts.push(current);
      current = "";
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
};

/** Lines numbered 1, 2, 3 … in order; a line without a number continues the one above. */
const numberedLines = (text: string): MilestoneText[] | null => {
  const steps: { seq: number; text: string }[] = [];
  for (const line of text.split("\n")) {
    // Width folding maps one character to one, so the match length indexes the line.
    const match = NUMBERED_LINE.exec(foldWidth(line));
    const last = steps.at(-1);
    if (match)
      steps.push({ seq: Number(match[1] ?? match[2]), text: line.slice(match[0].length).trim() });
    else if (last) last.text += line.trim();
    else if (line.trim() !== "") return null;
  }
  return steps.every((step, index) => step.seq === index + 1) ? steps : null;
};

/**
 * The steps one measure cell lists: "①…②…③…" or lines "1.…\n2.…". A cell
 * that lists fewer than two is one step, whatever its number.
 */
export const cellSteps = (text: string): MilestoneText[] => {
  const circled = CIRCLED.test(text) ? circledParts(text) : [];
  if (circled.length >= 2) return circled.map(parseMilestoneText);
  const lines = text.includes("\n") ? numberedLines(text) : null;
  return lines && lines.length >= 2 ? lines : [parseMilestoneText(text)];
};
