import fc from "fast-check";

/**
 * Changes a text document may undergo without changing what it says, as
 * documents are retyped, pasted and converted: full-width and ASCII
 * punctuation exchanged where it is syntax (responsibility brackets, role
 * colons, role separators, outline numbers), wrap spaces inside words, unit
 * separators exchanged, and a table's header row repeated as on each page.
 * Each mutation picks, at random, which of its sites it changes.
 */

/** Where a mutation may act: the offset of each site and what it becomes there. */
interface Site {
  readonly at: number;
  readonly length: number;
  readonly replacement: string;
}

export const applySites = (text: string, sites: readonly Site[]): string => {
  let out = "";
  let from = 0;
  for (const site of [...sites].sort((a, b) => a.at - b.at)) {
    if (site.at < from) continue;
    out += text.slice(from, site.at) + site.replacement;
    from = site.at + site.length;
  }
  return out + text.slice(from);
};

const ROLE = "(?:牵头|配合|责任|参与|协办|数据提供|技术支撑)单位|完成时限|责任领导";
const ROLE_OPENING = new RegExp(`[（〔](?=${ROLE}[：:])`, "g");

/** The closing bracket that matches the opening one at `open`, brackets inside names counted. */
const closingOf = (text: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === "（" || c === "〔" || c === "(") depth += 1;
    if (c === "）" || c === "〕" || c === ")") depth -= 1;
    if (depth === 0) return i;
  }
  return -1;
};

const matchesOf = (text: string, pattern: RegExp): RegExpExecArray[] => [
  ...text.matchAll(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`),
  ),
];

/** Full-width ↔ ASCII where punctuation is syntax, not part of a name or text kept as written. */
const punctuationSites = (text: string): Site[] => {
  const sites: Site[] = [];
  for (const match of matchesOf(text, ROLE_OPENING)) {
    const close = closingOf(text, match.index);
    if (close < 0) continue;
    sites.push({ at: match.index, length: 1, replacement: "(" });
    sites.push({ at: close, length: 1, replacement: ")" });
  }
  for (const match of matchesOf(text, new RegExp(`(?<=${ROLE})：`, "g"))) {
    sites.push({ at: match.index, length: 1, replacement: ":" });
  }
  for (const match of matchesOf(text, new RegExp(`[；，](?=${ROLE}[：:])`, "g"))) {
    sites.push({ at: match.index, length: 1, replacement: match[0] === "；" ? ";" : "," });
  }
  // Step numbers: "（1）" → "(1)", the number is read, not kept.
  for (const match of matchesOf(text, /（(\d{1,2})）/g)) {
    sites.push({ at: match.index, length: match[0].length, replacement: `(${match[1] ?? ""})` });
  }
  // Outline numbers: "1．" ↔ "1.", as typed or converted.
  for (const match of matchesOf(text, /(?<=^[\s\u3000]*\d{1,3})[．.](?=\S)/gm)) {
    sites.push({ at: match.index, length: 1, replacement: match[0] === "．" ? "." : "．" });
  }
  return sites;
};

const IDEOGRAPH_PAIR = /(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g;

/** The characters a unit name ends with, and those a following unit name starts with. */
const UNIT_END = "[局委府办会队关科段团心]";
const UNIT_START = "[市各江国中]";
/** After a whole unit name a space is a separator in a table's unit cell (市公安局 交警支队). */
const AFTER_UNIT_NAME = new RegExp(`${UNIT_END}$`);

/**
 * A wrap space between two ideographs, as a PDF or a narrow column leaves
 * them; never right after a character that ends a unit name, where a space
 * reads as two units in a table (the reference's flattened 责任单位).
 */
const wrapSpaceSites = (text: string): Site[] =>
  matchesOf(text, IDEOGRAPH_PAIR)
    .filter((match) => !AFTER_UNIT_NAME.test(text.slice(0, match.index)))
    .map((match) => ({
      at: match.index,
      length: 0,
      replacement: " ",
    }));

/** A list that a verb follows ("X、Y牵头，Z配合"): there ， would end the clause. */
const VERB_AHEAD = /^[^，。；）\n]*?(?:牵头|负责|配合)/;

/** 、 ↔ ， between two unit names of a list (a cell, a bracket, a labelled line). */
const separatorSites = (text: string): Site[] =>
  matchesOf(text, new RegExp(`(?<=${UNIT_END})[、，](?=${UNIT_START})`, "g"))
    .filter((match) => !VERB_AHEAD.test(text.slice(match.index + 1)))
    .map((match) => ({
      at: match.index,
      length: 1,
      replacement: match[0] === "、" ? "，" : "、",
    }));

/** How a document's table rows are laid out in its text, for repeating its header. */
export type RowLayout = "line" | "cell-per-line" | "html";

const lineStarts = (text: string): number[] => [
  0,
  ...matchesOf(text, /\n/g).map((match) => match.index + 1),
];

const lineAt = (text: string, start: number): string => {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
};

const HEADER_WORD = /序[号號]/;

/** The header (as text, with its line ends) and the offsets where a copy may go: before a numbered row. */
const headerAndRowStarts = (
  text: string,
  layout: RowLayout,
): { header: string; rowStarts: number[] } | null => {
  const starts = lineStarts(text);
  const first = starts.findIndex((start) => HEADER_WORD.test(lineAt(text, start)));
  if (first < 0) return null;
  const headerStart = starts[first] ?? 0;
  let headerEnd: number;
  let isRowStart: (line: string, previous: string) => boolean;
  if (layout === "line") {
    headerEnd = starts[first + 1] ?? text.length;
    isRowStart = (line) => /^\d+(?:\s|[,|\t])/.test(line);
  } else if (layout === "cell-per-line") {
    const blank = starts.findIndex((start, i) => i > first && lineAt(text, start).trim() === "");
    headerEnd = starts[blank + 1] ?? text.length;
    isRowStart = (line, previous) => /^\d+$/.test(line.trim()) && previous.trim() === "";
  } else {
    let last = first;
    while (!/<td[^>]*>\s*\d+\s*<\/td>/.test(lineAt(text, starts[last + 1] ?? text.length)))
      last += 1;
    headerEnd = starts[last + 1] ?? text.length;
    isRowStart = (line) => /^<tr><td[^>]*>\s*\d+\s*<\/td>/.test(line);
  }
  const rowStarts = starts.filter(
    (start, i) =>
      start >= headerEnd &&
      i > 0 &&
      isRowStart(lineAt(text, start), lineAt(text, starts[i - 1] ?? 0)),
  );
  return { header: text.slice(headerStart, headerEnd), rowStarts };
};

/** The header repeated before one or more of the later numbered rows. */
const headerRepeatSites = (text: string, layout: RowLayout | null): Site[] => {
  const found = layout === null ? null : headerAndRowStarts(text, layout);
  if (found === null) return [];
  // A row start past the first numbered row: a page break between two tasks.
  return found.rowStarts.slice(1).map((at) => ({ at, length: 0, replacement: found.header }));
};

export type MutationKind = "punctuation" | "wrap-spaces" | "unit-separators" | "header-repeated";

export const MUTATION_KINDS: readonly MutationKind[] = [
  "punctuation",
  "wrap-spaces",
  "unit-separators",
  "header-repeated",
];

/** What to know of a document to mutate it. */
export interface MutableDocument {
  readonly text: string;
  /** Null for prose (no header to repeat). */
  readonly layout: RowLayout | null;
  /** Spaces separate cells or units here, so wrap spaces would change what it says. */
  readonly spacesAreSeparators: boolean;
}

export const sitesOf = (kind: MutationKind, document: MutableDocument): Site[] => {
  switch (kind) {
    case "punctuation":
      return punctuationSites(document.text);
    case "wrap-spaces":
      return document.spacesAreSeparators ? [] : wrapSpaceSites(document.text);
    case "unit-separators":
      return separatorSites(document.text);
    case "header-repeated":
      return headerRepeatSites(document.text, document.layout);
  }
};

/** Mutated forms of a document: a non-empty random subset of one kind's sites applied. */
export const mutatedText = (
  kind: MutationKind,
  document: MutableDocument,
): fc.Arbitrary<string> | null => {
  const sites = sitesOf(kind, document);
  if (sites.length === 0) return null;
  return fc
    .subarray(sites, { minLength: 1, maxLength: Math.min(sites.length, 12) })
    .map((chosen) => applySites(document.text, chosen));
};
