import type { Deadline } from "../../../domain/deadline.js";
import { parseDeadline } from "../../../domain/parse-deadline.js";

/** "3月底前，完成…": the words before the first pause, if they are a deadline. */
const LEADING_PHRASE = /^\s*([^，,：:；;。\s]{2,16})[，,：:；;\s]/;

/** The deadline a step states at its start, or null when it states none there. */
export const leadingDeadline = (text: string, year: number): Deadline | null => {
  const phrase = LEADING_PHRASE.exec(text)?.[1];
  if (phrase === undefined) return null;
  const parsed = parseDeadline(phrase, { year });
  return parsed.ok && parsed.deadline.kind !== "none" ? parsed.deadline : null;
};
