import type { Deadline } from "../../domain/deadline.js";
import { findDeadlineInText } from "../../domain/deadline-in-text.js";
import type { Diagnostic, SourceLocation } from "../../domain/diagnostic.js";
import type { Message } from "../../domain/message.js";
import { diagnostic } from "../build-diagnostic.js";

export interface TextDeadline {
  /** null when the text states no deadline, or one that cannot be. */
  readonly deadline: Deadline | null;
  readonly diagnostics: Diagnostic[];
}

/** A deadline written to name what cannot be (2月30日前), reported where it is written. */
export const unreadableDeadline = (location: SourceLocation, message: Message): Diagnostic =>
  diagnostic("error", "deadline.unreadable", location, message.zh, message.en);

/** What findDeadlineInText found, as a deadline or an error at the text's place (cell, line). */
export const foundDeadline = (
  found: ReturnType<typeof findDeadlineInText>,
  location: SourceLocation,
): TextDeadline => {
  if (found === null) return { deadline: null, diagnostics: [] };
  if (found.deadline !== null) return { deadline: found.deadline, diagnostics: [] };
  return {
    deadline: null,
    diagnostics: [unreadableDeadline({ ...location, text: found.phrase }, found.message)],
  };
};

/**
 * The deadline a text states ("3月底前，完成…", "…，年底前完成。"): a table's
 * step or task cell, a prose item. An error at its place when the phrase
 * names what cannot be (2月30日前).
 */
export const textDeadline = (text: string, year: number, location: SourceLocation): TextDeadline =>
  foundDeadline(findDeadlineInText(text, { year }), location);
