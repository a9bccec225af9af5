import { LEADING_WORDS, OBJECT_VERBS, SUBJECT_AFTER_ENDS } from "./target-words.js";

/** The words a target measures and where they stand in the text. */
export interface Subject {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LEADING = [...LEADING_WORDS].sort((a, b) => b.length - a.length);
const SPACE = /\s/u;

/** Narrows [start, end) past spaces and the verbs, adverbs and links that open it. */
const trimLeading = (text: string, start: number, end: number): number => {
  let at = start;
  for (;;) {
    while (at < end && SPACE.test(text.charAt(at))) at += 1;
    const word = LEADING.find((lead) => text.startsWith(lead, at) && at + lead.length <= end);
    if (word === undefined) return at;
    at += word.length;
  }
};

/** Past the last verb that takes the counted thing as its object ("…实施产学研合作项目"). */
const afterObjectVerb = (text: string, start: number, end: number): number => {
  const words = text.slice(start, end);
  let at = start;
  for (const verb of OBJECT_VERBS) {
    const found = words.lastIndexOf(verb);
    if (found >= 0) at = Math.max(at, start + found + verb.length);
  }
  return at;
};

const trimTrailing = (text: string, start: number, end: number): number => {
  let at = end;
  while (at > start && (SPACE.test(text.charAt(at - 1)) || text.charAt(at - 1) === "等")) at -= 1;
  return at;
};

/**
 * The subject as read: a bracketed aside is left out ("创新联合体（产学研协同创新中心）"
 * reads 创新联合体) unless the brackets are all there is.
 */
const subjectOf = (text: string, start: number, end: number): Subject | null => {
  if (end <= start) return null;
  const written = text.slice(start, end);
  const plain = written.replace(/（[^（）]*）|\([^()]*\)/g, "").trim();
  return { text: plain === "" ? written : plain, start, end };
};

/** The noun phrase before the quantity, in [from, to): what "高新技术企业突破2300家" counts. */
export const subjectBefore = (text: string, from: number, to: number): Subject | null => {
  const opened = trimLeading(text, from, to);
  const start = trimLeading(text, afterObjectVerb(text, opened, to), to);
  return subjectOf(text, start, trimTrailing(text, start, to));
};

/**
 * The noun phrase after the quantity, from `from` to the clause's end `to`:
 * what "引进3～5家科技型机构（或企业）入孵…" counts, up to a bracket, 等, another
 * number or the verb that says what is done with it.
 */
export const subjectAfter = (text: string, from: number, to: number): Subject | null => {
  let end = to;
  for (const word of SUBJECT_AFTER_ENDS) {
    const found = text.indexOf(word, from);
    if (found >= 0 && found < end) end = found;
  }
  const digit = text.slice(from, end).search(/[0-9０-９]/);
  if (digit >= 0) end = from + digit;
  const start = trimLeading(text, from, end);
  return subjectOf(text, start, trimTrailing(text, start, end));
};
