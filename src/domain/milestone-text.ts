import { foldWidth } from "./normalize-text.js";

/** A 节点计划 cell split into its step number and its text. */
export interface MilestoneText {
  readonly seq: number | null;
  readonly text: string;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** "（1）", "(1)", "（1)", "1.", "1．", "1、" at the start of the step (after width folding). */
const NUMBERED = /^\s*(?:\((\d{1,3})\)|(\d{1,3})\s*[.、](?!\d))\s*/;

export const parseMilestoneText = (raw: string): MilestoneText => {
  const folded = foldWidth(raw);
  const match = NUMBERED.exec(folded);
  if (match) {
    // Width folding maps one character to one, so the match length indexes the raw text.
    return { seq: Number(match[1] ?? match[2]), text: raw.slice(match[0].length).trim() };
  }
  const first = raw.trimStart().charAt(0);
  const circled = first === "" ? -1 : CIRCLED.indexOf(first);
  if (circled >= 0) return { seq: circled + 1, text: raw.trimStart().slice(1).trim() };
  return { seq: null, text: raw.trim() };
};
