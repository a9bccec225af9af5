import type { NamedRole } from "./plan.js";
import {
  readResponsibilityPhrase,
  type PhraseOptions,
  type ResponsibilityPhrase,
} from "./responsibility-phrase.js";

/** A 工作任务 cell split into the task text and the responsibilities it states. */
export interface TaskText {
  readonly title: string;
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  readonly otherRoles: readonly NamedRole[];
}

/** The bracket closing a text: （…）, 〔…〕 or (…), with brackets nested one deep inside. */
const TRAILING_BRACKET =
  /[（(〔]([^（）()〔〕]*(?:[（(][^（）()]*[）)][^（）()〔〕]*)*)[）)〕]\s*[。.；;]?\s*$/;

/** A text with the responsibility bracket that closes it read and taken off. */
export interface BracketedText {
  /** The text before the bracket, as written. */
  readonly text: string;
  readonly phrase: ResponsibilityPhrase;
}

/**
 * Reads "…。（牵头单位：X；配合单位：A、B）" and the like at the end of a text.
 * Null when the text ends in no bracket, or in one that states no
 * responsibility (an explanation, a figure: "（一期）").
 */
export const readTrailingBracket = (
  raw: string,
  options: PhraseOptions = {},
): BracketedText | null => {
  const text = raw.trim();
  const bracket = TRAILING_BRACKET.exec(text);
  const phrase = bracket?.[1] === undefined ? null : readResponsibilityPhrase(bracket[1], options);
  return bracket && phrase ? { text: text.slice(0, bracket.index).trim(), phrase } : null;
};

/**
 * Reads "…。（牵头单位：X；配合单位：A、B）" in a table's task cell. Only roles
 * the bracket names count there; a bracket that names people or a deadline
 * has no place in a TaskText and stays part of the title, as written.
 */
export const parseTaskText = (raw: string): TaskText => {
  const read = readTrailingBracket(raw);
  const phrase = read?.phrase;
  if (!read || !phrase || phrase.persons.length > 0 || phrase.deadlineText !== null) {
    return { title: raw.trim(), leadUnits: [], cooperatingUnits: [], otherRoles: [] };
  }
  return {
    title: read.text,
    leadUnits: phrase.leadUnits,
    cooperatingUnits: phrase.cooperatingUnits,
    otherRoles: phrase.otherRoles,
  };
};
