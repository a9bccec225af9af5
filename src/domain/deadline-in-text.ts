import type { Deadline } from "./deadline.js";
import type { Message } from "./message.js";
import { COMPLETION, EVENT, ONGOING_VERBS } from "./deadline-patterns.js";
import { foldWidth } from "./normalize-text.js";
import { parseDeadline } from "./parse-deadline.js";

/** Where in the text the deadline phrase was written. */
export type DeadlinePlace = "start" | "end" | "inside";

export interface FoundDeadline {
  /** As parseDeadline gives it; its text is the phrase as written. */
  readonly deadline: Deadline;
  /** The surrounding text with the phrase removed, tidy. */
  readonly text: string;
  readonly at: DeadlinePlace;
}

/**
 * A clear deadline phrase naming what cannot be (2月30日前): the caller reports
 * `message` at the text's location instead of reading the step as having no deadline.
 */
export interface UnreadableDeadline {
  readonly deadline: null;
  /** The phrase as written. */
  readonly phrase: string;
  readonly message: Message;
  readonly text: string;
  readonly at: DeadlinePlace;
}

// The grammar below runs on the text folded to ASCII width with every space
// taken out (a wrap or a U+3000 may fall inside "6 月底 前"); `origins` maps
// each folded character back to the text as written.
const N = String.raw`(?:\d{1,2}|[〇零一二两三四五六七八九十]{1,3})`;
const WRITTEN_YEAR = String.raw`(?:\d{4}年度?|次年|明年|翌年|今年|本年|当年)`;
const DASH = String.raw`[-‐‑‒–—―−~〜至到]+`;
const DAY = String.raw`${N}[日号]`;
const CLAUSE_END = "[，,；;：:、。.]|$";

/** A single named day: the one shape allowed without a deadline word inside brackets. */
const DAY_DATE = String.raw`${WRITTEN_YEAR}?${N}月${DAY}|\d{4}[./-]\d{1,2}[./-]\d{1,2}`;

// Longer shapes first: the first alternative that fits decides where a phrase at the start ends.
const TIME = [
  String.raw`\d{4}[./-]\d{1,2}[./-]\d{1,2}`,
  String.raw`${WRITTEN_YEAR}?${N}(?:月份?)?${DASH}${WRITTEN_YEAR}?${N}月份?(?:底|末)?`,
  String.raw`${WRITTEN_YEAR}?${N}月份?(?:${DAY}|[上中下]旬(?:末|底)?|底|末)?`,
  String.raw`${WRITTEN_YEAR}?[上下]半年(?:底|末|内)?`,
  String.raw`${WRITTEN_YEAR}?第?${N}(?:季度?)?(?:${DASH}|、)第?${N}季度?(?:末|底)?`,
  String.raw`${WRITTEN_YEAR}?第?${N}季度?(?:末|底|内)?`,
  String.raw`(?:\d{4}年?)?Q[1-9](?:末|底)?`,
  String.raw`\d{4}(?:年度?)?${DASH}\d{4}年度?(?:底|末)?`,
  String.raw`(?:\d{4}|[本今当次明翌]年?)?年度?(?:底|末|内|中)`,
  // "全年持续推进" is a deadline only as a whole clause: before other words the verb is the step's.
  String.raw`${WRITTEN_YEAR}?全年(?:(?:持续|常态化)${ONGOING_VERBS}?(?=${CLAUSE_END}))?`,
  String.raw`\d{4}年度?`,
  String.raw`(?:每个?|按)(?:季度?|月份?|半年|年度?)(?:末月|最后一个?月)?(?:${DAY})?(?:底|末)?`,
  String.raw`每年${N}月${DAY}`,
  String.raw`(?:长期|持续|常态化|常年){1,2}${ONGOING_VERBS}?`,
].join("|");

/** Words that only restate that the time is a deadline. */
const DEADLINE_WORDS = String.raw`(?:之前|以前|前)?`;
/** What may close the phrase: 完成, or the event the time is the deadline of ("年底前建成投用"). */
const CLOSING_WORDS = `(?:${COMPLETION}|${EVENT})`;
/** Words before the phrase that are not part of it: "力争年底前完成", "完成时限：6月底前". */
const LEAD_IN = String.raw`(?:(?:完成|截止)?(?:时限|时间|期限|日期)[:：])?(?:力争|确保|争取|计划|预计)?(?:在|于)?`;
const SEPARATOR = "[，,；;：:、]";
const STARTS_WITH_SEPARATOR = new RegExp(`^${SEPARATOR}`);
const CLAUSE_SEPARATORS = "，,；;";
const CLOSING = /[。.；;，,\s\u3000]+$/;

/** A deadline word: without one a time is a deadline only in the places allowed bare. */
const MARKER = /前|底|末|内|完成|份|季|旬|半年|全年|年中|每|按|Q/i;
const ONGOING = /^(?:长期|持续|常态化|常年)/;
/** What turns a time at the start into narrative: "2021年底以来", "6月底后". */
const NARRATIVE_FOLLOWER = /^(?:以来|以后|之后|后|起|开始|至今|期间|截止|截至|(?:完成)?的)/;
/** A time without a deadline word starts a step only when it names a month ("6月30日，…"); "2021年，…" is narrative. */
const NAMES_A_MONTH = /月/;

const AT_START = new RegExp(
  String.raw`^${LEAD_IN}(?<phrase>(?:${TIME})${DEADLINE_WORDS}(?:${CLOSING_WORDS}(?=${CLAUSE_END}))?)`,
  "i",
);
const AT_END = new RegExp(
  String.raw`(?:^|[${CLAUSE_SEPARATORS}：:。])${LEAD_IN}(?<phrase>(?:${TIME})${DEADLINE_WORDS}${CLOSING_WORDS}?)$`,
  "i",
);
const WHOLE_CLAUSE = new RegExp(
  String.raw`^${LEAD_IN}(?<phrase>(?:${TIME})${DEADLINE_WORDS}${CLOSING_WORDS}?)$`,
  "i",
);
const BARE_DAY = new RegExp(String.raw`^(?:${DAY_DATE})$`, "i");

interface Folded {
  readonly chars: string;
  /** origins[i] is the index in the written text of folded character i. */
  readonly origins: readonly number[];
}

const SKIPPED = /[\s\u3000\u200b-\u200d\u2060\ufeff\u00ad]/;

const fold = (text: string): Folded => {
  let chars = "";
  const origins: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const ch = text.charAt(index);
    if (SKIPPED.test(ch)) continue;
    chars += foldWidth(ch);
    origins.push(index);
  }
  return { chars, origins };
};

/** The written text behind folded characters [from, to). */
const writtenSpan = (
  text: string,
  folded: Folded,
  from: number,
  to: number,
): { start: number; end: number } => {
  const start = folded.origins[from] ?? text.length;
  const last = folded.origins[to - 1];
  return { start, end: last === undefined ? start : last + 1 };
};

const tidyTail = (text: string): string => text.replace(/^[\s\u3000，,；;：:、]+/, "");
const tidyHead = (text: string): string => text.replace(/[\s\u3000，,；;：:、]+$/, "");

const found = (
  phrase: string,
  text: string,
  at: DeadlinePlace,
  context: { year: number },
): FoundDeadline | UnreadableDeadline => {
  const parsed = parseDeadline(phrase, context);
  return parsed.ok
    ? { deadline: parsed.deadline, text, at }
    : { deadline: null, phrase, message: parsed.message, text, at };
};

const atStart = (
  text: string,
  context: { year: number },
): FoundDeadline | UnreadableDeadline | null => {
  const folded = fold(text);
  const match = AT_START.exec(folded.chars);
  const phrase = match?.groups?.phrase;
  if (match === null || phrase === undefined) return null;
  const rest = folded.chars.slice(match[0].length);
  if (NARRATIVE_FOLLOWER.test(rest)) return null;
  const separated = rest === "" || STARTS_WITH_SEPARATOR.test(rest);
  const clear = MARKER.test(phrase) && !ONGOING.test(phrase);
  if (!clear && !(separated && (NAMES_A_MONTH.test(phrase) || ONGOING.test(phrase)))) return null;
  const span = writtenSpan(text, folded, match[0].length - phrase.length, match[0].length);
  return found(
    text.slice(span.start, span.end),
    tidyTail(text.slice(span.end)).trim(),
    "start",
    context,
  );
};

/** The index of the opening bracket matching the closing one at `close`, or -1. */
const openerOf = (text: string, close: number): number => {
  let depth = 0;
  for (let index = close; index >= 0; index -= 1) {
    const ch = text.charAt(index);
    if ("）)〕]】".includes(ch)) depth += 1;
    else if ("（(〔[【".includes(ch)) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
};

/** The index of the last clause separator outside nested brackets, or -1. */
const lastClauseBreak = (content: string): number => {
  let depth = 0;
  for (let index = content.length - 1; index >= 0; index -= 1) {
    const ch = content.charAt(index);
    if ("）)〕]】".includes(ch)) depth += 1;
    else if ("（(〔[【".includes(ch)) depth -= 1;
    else if (depth === 0 && CLAUSE_SEPARATORS.includes(ch)) return index;
  }
  return -1;
};

const insideBracket = (
  text: string,
  context: { year: number },
): FoundDeadline | UnreadableDeadline | null => {
  const body = text.replace(CLOSING, "");
  const closing = text.slice(body.length).trim();
  const close = body.length - 1;
  if (close < 0 || !"）)〕]】".includes(body.charAt(close))) return null;
  const open = openerOf(body, close);
  if (open < 0) return null;
  const content = body.slice(open + 1, close);
  const cut = lastClauseBreak(content);
  const clause = content.slice(cut + 1);
  const folded = fold(clause);
  const match = WHOLE_CLAUSE.exec(folded.chars);
  const phrase = match?.groups?.phrase;
  if (phrase === undefined) return null;
  const ongoing = ONGOING.test(phrase);
  if (!MARKER.test(phrase) && !ongoing && !BARE_DAY.test(phrase)) return null;
  const span = writtenSpan(
    clause,
    folded,
    folded.chars.length - phrase.length,
    folded.chars.length,
  );
  const kept = tidyHead(content.slice(0, cut < 0 ? 0 : cut)).trim();
  const before = body.slice(0, open).trimEnd();
  const rebuilt =
    kept === "" ? before : `${before}${body.charAt(open)}${kept}${body.charAt(close)}`;
  return found(
    clause.slice(span.start, span.end),
    `${rebuilt}${closing}`.trim(),
    "inside",
    context,
  );
};

const atEnd = (
  text: string,
  context: { year: number },
): FoundDeadline | UnreadableDeadline | null => {
  const body = text.replace(CLOSING, "");
  const closing = text
    .slice(body.length)
    .trim()
    .replace(/^[，,；;、]+/, "");
  const folded = fold(body);
  const match = AT_END.exec(folded.chars);
  const phrase = match?.groups?.phrase;
  if (match === null || phrase === undefined) return null;
  if (!MARKER.test(phrase) && !ONGOING.test(phrase)) return null;
  const phraseSpan = writtenSpan(
    body,
    folded,
    folded.chars.length - phrase.length,
    folded.chars.length,
  );
  // match.index is the separator before the clause; at 0 the clause is the whole text.
  const cut = match.index === 0 ? 0 : (folded.origins[match.index] ?? 0);
  const before = tidyHead(body.slice(0, cut)).trim();
  return found(
    body.slice(phraseSpan.start, phraseSpan.end),
    before === "" ? "" : `${before}${closing}`,
    "end",
    context,
  );
};

/**
 * A deadline phrase at the start of a step ("3月底前，…"), at its end ("…，年底前完成。"),
 * or as the last clause of a responsibility bracket ("X牵头；6月底前"); null when none.
 * Only clear deadline phrases count (a deadline word such as 前/底/末/内/完成/月份/季度/旬,
 * or a bare time at the start followed by "，"), so dates in narrative
 * ("自2021年以来", "截至6月底") are left in the text.
 */
export const findDeadlineInText = (
  text: string,
  context: { year: number },
): FoundDeadline | UnreadableDeadline | null =>
  atStart(text, context) ?? insideBracket(text, context) ?? atEnd(text, context);
