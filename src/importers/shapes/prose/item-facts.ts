import { appendAll } from "../../../domain/append-all.js";
import type { Deadline } from "../../../domain/deadline.js";
import { findDeadlineInText } from "../../../domain/deadline-in-text.js";
import type { Diagnostic, SourceLocation } from "../../../domain/diagnostic.js";
import { parseDeadline } from "../../../domain/parse-deadline.js";
import {
  phraseUnits,
  readResponsibilityPhrase,
  type PhraseOptions,
  type ResponsibilityPhrase,
} from "../../../domain/responsibility-phrase.js";
import { readTrailingBracket } from "../../../domain/task-text.js";
import { diagnostic } from "../../build-diagnostic.js";
import { textDeadline, unreadableDeadline } from "../text-deadline.js";
import type { OutlineItem } from "./read-outline.js";

/** What one numbered item states about itself. */
export interface ItemFacts {
  /** The item's text without the responsibilities written at its end. */
  readonly text: string;
  readonly phrase: ResponsibilityPhrase | null;
  /** The units came only from labelled lines under the item, none from its own text. */
  readonly onlyFromLines: boolean;
  readonly deadline: Deadline | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** A last sentence that only names roles: "…。市发展改革委牵头，市财政局配合。" */
const LAST_SENTENCE = /^(.*[。；;])\s*([^。；;]+[。；;]?)$/s;

interface Located {
  readonly text: string;
  readonly location: SourceLocation;
}

const unreadableLine = (line: Located): Diagnostic =>
  diagnostic(
    "warning",
    "responsibility.unreadable_line",
    { ...line.location, text: line.text },
    `无法读出这一行写明的单位或时限，已忽略：「${line.text}」`,
    `Cannot read the units or deadline this line states; ignored: "${line.text}"`,
  );

/** The bracket, as written, that `before` leaves of `text`: "（牵头单位：X）". */
const bracketWritten = (text: string, before: string): string =>
  text
    .trim()
    .slice(before.length)
    .trim()
    .replace(/[。.；;]\s*$/, "");

/** "…（牵头单位：X），6月底前完成。": a bracket followed by the deadline that closes the text. */
const bracketBeforeDeadline = (
  text: string,
  options: PhraseOptions,
): { text: string; phrase: string } | null => {
  if (options.year === undefined) return null;
  const found = findDeadlineInText(text, { year: options.year });
  if (found?.deadline === null || found?.at !== "end") return null;
  const bracket = readTrailingBracket(found.text, options);
  if (!bracket) return null;
  const written = bracketWritten(found.text, bracket.text);
  return { text: text.replace(written, "").trim(), phrase: written.slice(1, -1) };
};

/** The item's own text, and the responsibility phrase at its end if it has one. */
const ownPhrase = (
  text: string,
  options: PhraseOptions,
): { text: string; phrase: string | null } => {
  const bracket = readTrailingBracket(text, options);
  if (bracket)
    return { text: bracket.text, phrase: bracketWritten(text, bracket.text).slice(1, -1) };
  const sentence = LAST_SENTENCE.exec(text);
  // A closing sentence counts only when it names units: "…。持续推进。" is the task's own words.
  const read = sentence?.[2] === undefined ? null : readResponsibilityPhrase(sentence[2], options);
  if (sentence?.[1] && sentence[2] && read && phraseUnits(read).length > 0) {
    return { text: sentence[1].trim(), phrase: sentence[2] };
  }
  return bracketBeforeDeadline(text, options) ?? { text, phrase: null };
};

const readDeadline = (
  written: string,
  year: number,
  location: SourceLocation,
  diagnostics: Diagnostic[],
): Deadline | null => {
  const parsed = parseDeadline(written, { year });
  if (parsed.ok) return parsed.deadline;
  diagnostics.push(unreadableDeadline({ ...location, text: written }, parsed.message));
  return null;
};

/**
 * A deadline in running text is the time phrase alone: "10月底前完成" and
 * "5月底前动工" are due "10月底前" and "5月底前" (the event stays in `event`
 * and in the text); a labelled deadline is kept whole.
 */
const timePhrase = (deadline: Deadline): Deadline => {
  if (deadline.kind !== "date" && deadline.kind !== "period_end") return deadline;
  const event = deadline.event;
  const withoutEvent =
    event !== undefined && deadline.text.endsWith(event)
      ? deadline.text.slice(0, -event.length)
      : deadline.text;
  return { ...deadline, text: withoutEvent.replace(/完成$/, "") };
};

/** Whether the item's own phrase names units: "（9月底前）" names none. */
const ownNamesUnits = (phrase: string | null, options: PhraseOptions): boolean => {
  const read = phrase === null ? null : readResponsibilityPhrase(phrase, options);
  return read !== null && phraseUnits(read).length > 0;
};

/**
 * Reads an item's responsibilities (a bracket or a verb sentence at its end,
 * labelled lines under it) and its deadline (in the bracket or a labelled
 * line, or opening or closing the text, which keeps it as written). Without
 * a year no deadline is read: the shape is being recognised, and a plan
 * without a year is refused anyway.
 */
export const readItemFacts = (item: OutlineItem, year: number | undefined): ItemFacts => {
  const options: PhraseOptions =
    year === undefined ? { readLists: true } : { readLists: true, year };
  const diagnostics: Diagnostic[] = [];
  const own = ownPhrase(item.text, options);
  const lines: Located[] = [];
  for (const line of item.lines) {
    if (readResponsibilityPhrase(line.text, options)) lines.push(line);
    else diagnostics.push(unreadableLine(line));
  }
  // Read together, so that "牵头单位：X" on one line and "责任单位：A" on the next tell the
  // roles apart; the item's own phrase goes last, since a deadline may close it.
  const sources = [...lines.map((l) => l.text), ...(own.phrase === null ? [] : [own.phrase])];
  const phrase =
    sources.length === 0
      ? null
      : (readResponsibilityPhrase(sources.join("；"), options) ??
        (own.phrase === null ? null : readResponsibilityPhrase(own.phrase, options)));
  const deadlineText = phrase?.deadlineText ?? null;
  let deadline: Deadline | null = null;
  if (year !== undefined && deadlineText === null) {
    // Opening the text ("3月底前，…") or closing it ("…，年底前完成。").
    const stated = textDeadline(own.text, year, item.location);
    appendAll(diagnostics, stated.diagnostics);
    deadline = stated.deadline === null ? null : timePhrase(stated.deadline);
  } else if (year !== undefined && deadlineText !== null) {
    const where = lines.find((l) => l.text.includes(deadlineText));
    const read = readDeadline(deadlineText, year, where?.location ?? item.location, diagnostics);
    deadline = read === null || phrase?.deadlineLabelled === true ? read : timePhrase(read);
  }
  return {
    text: own.text,
    phrase,
    onlyFromLines: lines.length > 0 && !ownNamesUnits(own.phrase, options),
    deadline,
    diagnostics,
  };
};
