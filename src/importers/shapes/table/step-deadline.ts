import type { Deadline } from "../../../domain/deadline.js";
import type { Diagnostic, SourceLocation } from "../../../domain/diagnostic.js";
import { findDeadlineInText } from "../../../domain/deadline-in-text.js";
import { diagnostic } from "../../build-diagnostic.js";

export interface TextDeadline {
  /** null when the text states no deadline, or one that cannot be. */
  readonly deadline: Deadline | null;
  readonly diagnostics: Diagnostic[];
}

/** What findDeadlineInText found, as a deadline or an error at the text's cell. */
export const foundDeadline = (
  found: ReturnType<typeof findDeadlineInText>,
  location: SourceLocation,
): TextDeadline => {
  if (found === null) return { deadline: null, diagnostics: [] };
  if (found.deadline !== null) return { deadline: found.deadline, diagnostics: [] };
  return {
    deadline: null,
    diagnostics: [
      diagnostic(
        "error",
        "deadline.unreadable",
        { ...location, text: found.phrase },
        found.message.zh,
        found.message.en,
      ),
    ],
  };
};

/**
 * The deadline a step's text states ("3月底前，完成…", "…，年底前完成。"),
 * with an error at the cell when the phrase names what cannot be (2月30日前).
 */
export const textDeadline = (text: string, year: number, location: SourceLocation): TextDeadline =>
  foundDeadline(findDeadlineInText(text, { year }), location);
