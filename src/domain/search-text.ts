import { foldWidth } from "./normalize-text.js";

/**
 * How search compares text: full-width ASCII folded to ASCII (（３） → (3)),
 * the ideographic space to a space, letters to lower case. The index stores
 * what this gives for each text and a query is folded the same way, so both
 * sides agree on both databases. Every UTF-16 unit maps to exactly one
 * (a lower case of another length, such as İ's, is left as it is), so an
 * offset in the folded text is the same offset in the text as written:
 * highlights found in one are right in the other.
 */
export const searchFold = (text: string): string => {
  let folded = "";
  for (const unit of foldWidth(text).split("")) {
    const lower = unit.toLowerCase();
    folded += lower.length === 1 ? lower : unit;
  }
  return folded;
};

/** The longest query, in characters after trimming. */
export const MAX_QUERY_LENGTH = 100;

/** Results a search gives unless asked for fewer or more, and the most it gives. */
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/** Trigram indexes need three characters; shorter queries are scanned. */
export const TRIGRAM_LENGTH = 3;

/**
 * A query as search uses it: the folded text to find, and the table's
 * numbering when the query is one: "204" names task 204, "205（3）" or
 * "205(3)" milestone 3 of task 205.
 */
export interface SearchQuery {
  readonly text: string;
  readonly taskNo: number | null;
  readonly milestoneSeq: number | null;
}

const NUMBERING = /^(\d{1,6})\s*(?:\(\s*(\d{1,4})\s*\))?$/;

/** The query folded and read for a 序号; null when nothing is left after trimming. */
export const readSearchQuery = (raw: string): SearchQuery | null => {
  const text = searchFold(raw).trim();
  if (text === "") return null;
  const numbering = NUMBERING.exec(text);
  return {
    text,
    taskNo: numbering ? Number(numbering[1]) : null,
    milestoneSeq: numbering?.[2] === undefined ? null : Number(numbering[2]),
  };
};

/** A match inside a snippet: where it starts and how long it is, in UTF-16 units. */
export interface Highlight {
  readonly start: number;
  readonly length: number;
}

export interface Snippet {
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

const BEFORE = 20;
const WIDTH = 80;
const ELLIPSIS = "…";

/**
 * The part of `body` around the first match of the folded `query`, at most
 * WIDTH characters (an ellipsis marks each cut end), with every match inside
 * it highlighted. A body without a match (a task found by its 序号) gives its
 * start and no highlight.
 */
/** Whether a cut at `index` would split a character outside the BMP (a rare ideograph, 𠀾) in two. */
const insidePair = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff;
};

export const snippetOf = (body: string, query: string): Snippet => {
  const folded = searchFold(body);
  const first = query === "" ? -1 : folded.indexOf(query);
  const start = first <= BEFORE ? 0 : Math.min(first - BEFORE, Math.max(0, body.length - WIDTH));
  const from = insidePair(body, start) ? start - 1 : start;
  const end = Math.min(body.length, from + WIDTH);
  const to = insidePair(body, end) ? end + 1 : end;
  const lead = from > 0 ? ELLIPSIS : "";
  const highlights: Highlight[] = [];
  if (first >= 0) {
    for (
      let at = folded.indexOf(query, from);
      at >= 0;
      at = folded.indexOf(query, at + query.length)
    ) {
      if (at + query.length > to) break;
      highlights.push({ start: lead.length + at - from, length: query.length });
    }
  }
  return {
    text: `${lead}${body.slice(from, to)}${to < body.length ? ELLIPSIS : ""}`,
    highlights,
  };
};
