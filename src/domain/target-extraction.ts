import type { ExtractedTarget } from "./target.js";
import { clauseEnd, clauseStart } from "./target-clause.js";
import { startsFrom, statedBaseline } from "./target-baseline.js";
import { notATarget } from "./target-exclusions.js";
import { writtenQuantities } from "./target-quantity.js";
import { subjectAfter, subjectBefore } from "./target-subject.js";

/**
 * The quantitative targets in a task's or a milestone's words, in reading
 * order: "高新技术企业突破2300家" is 高新技术企业, more than 2,300, 家. A value
 * counts when it is written with a unit of measure, is not excluded by the
 * rule in target-exclusions.ts and measures a noun phrase in its clause: the
 * words before it ("高新技术企业突破2300家"), from the clause's start or the
 * previous target's end, past the verbs that open them; or, when nothing is
 * left of those, the words after it ("引进3～5家科技型机构"). The span runs
 * from the subject to the value's last word (or the other way round). A value
 * rising from another ("从20家提高至30家") is the target, and the one it rises
 * from its baseline.
 */
export const extractTargets = (text: string): ExtractedTarget[] => {
  const targets: ExtractedTarget[] = [];
  const quantities = writtenQuantities(text);
  let consumed = 0;
  for (const [index, quantity] of quantities.entries()) {
    const start = clauseStart(text, quantity.start);
    if (notATarget(text, quantity, start, quantities[index + 1]) !== null) continue;
    const previous = quantities[index - 1];
    const from = previous !== undefined && startsFrom(text, previous, quantity) ? previous : null;
    // "高新技术企业从20家提高至30家": the subject ends at 从, the span takes it in.
    const wordsStart = from === null ? quantity.start : from.start - 1;
    const subject =
      subjectBefore(text, Math.max(start, consumed), wordsStart) ??
      subjectAfter(text, quantity.end, clauseEnd(text, quantity.end));
    if (subject === null) continue;
    const span = {
      start: Math.min(subject.start, wordsStart),
      end: Math.max(subject.end, quantity.end),
    };
    consumed = span.end;
    const baseline = from === null ? null : statedBaseline(from, quantity);
    targets.push({
      subject: subject.text,
      measure: quantity.measure,
      unitOfMeasure: quantity.unitOfMeasure,
      ...(baseline === null ? {} : { baseline }),
      span: { ...span, text: text.slice(span.start, span.end) },
    });
  }
  return targets;
};
