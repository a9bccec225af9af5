import type { Target, TargetComparison } from "./target-words.js";

/** What the target form holds: the fields PATCH and POST take, by their API names. */
export interface TargetFields {
  readonly subject: string;
  readonly comparison: TargetComparison;
  readonly value?: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly unitOfMeasure: string;
  readonly baseline?: number | null;
}

/** The form's start from a stored target. */
export const fieldsOf = (target: Target): TargetFields => ({
  subject: target.subject,
  comparison: target.comparison,
  value: target.value,
  low: target.low,
  high: target.high,
  unitOfMeasure: target.unitOfMeasure,
  baseline: target.baseline,
});

const given = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined;

/**
 * The request's body: a range sends low and high, any other comparison its
 * value; an empty number is left out, so the server names the missing field.
 * An emptied baseline is sent as null (removed).
 */
export const bodyOf = (fields: TargetFields): Record<string, unknown> => {
  const { value, low, high, baseline, ...words } = fields;
  const measure =
    fields.comparison === "range"
      ? { ...(given(low) ? { low } : {}), ...(given(high) ? { high } : {}) }
      : given(value)
        ? { value }
        : {};
  return { ...words, ...measure, baseline: given(baseline) ? baseline : null };
};
