import type { WrittenQuantity } from "./target-quantity.js";
import { FROM_MARKS, RISE_TO } from "./target-words.js";

/**
 * Whether `from` is the figure the target `to` starts from: "从20家提高至30家",
 * "由2.5%提升到2.7%". It is written after 从 or 由 with nothing that says how it
 * compares, and `to` follows it straight away with a word of rising to
 * (提高至, 增加到 …). Such a figure is no target of its own.
 */
export const startsFrom = (
  text: string,
  from: WrittenQuantity,
  to: WrittenQuantity | undefined,
): boolean =>
  to !== undefined &&
  !from.compared &&
  FROM_MARKS.includes(text.charAt(from.start - 1)) &&
  RISE_TO.includes(to.before) &&
  text.slice(from.end, to.start).trim() === "";

/**
 * The baseline a target's words state, in the target's own unit of measure:
 * "从20家提高至30家" starts from 20 家; "从2000万元提高到1亿元" states none in 亿元.
 */
export const statedBaseline = (from: WrittenQuantity, to: WrittenQuantity): number | null =>
  from.unitOfMeasure === to.unitOfMeasure && from.measure.comparison !== "range"
    ? from.measure.value
    : null;
