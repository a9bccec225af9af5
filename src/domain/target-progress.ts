import { daysBetween } from "./iso-date.js";
import type { Light } from "./milestone-status.js";
import type {
  Target,
  TargetActual,
  TargetComparison,
  TargetProgress,
  TargetProgressOptions,
} from "./target.js";

/** A projection this close to the value to reach is yellow rather than red. */
export const NEAR_TARGET_RATIO = 0.9;

/** The value to reach: the value, or the low end of a range. */
export const valueToReach = (target: Target): number =>
  target.measure.comparison === "range" ? target.measure.low : target.measure.value;

/** Whether a value meets the target: ≥ for at least, reach and range, > for more than, ≤ for at most. */
export const meetsTarget = (comparison: TargetComparison, value: number, goal: number): boolean => {
  switch (comparison) {
    case "more_than":
      return value > goal;
    case "at_most":
      return value <= goal;
    default:
      return value >= goal;
  }
};

/** The actuals known on `asOf`, oldest first; of two on one day the later-listed counts. */
const knownActuals = (actuals: readonly TargetActual[], asOf: string): TargetActual[] =>
  actuals
    .map((actual, order) => ({ actual, order }))
    .filter(({ actual }) => actual.asOf <= asOf)
    .sort((a, b) => a.actual.asOf.localeCompare(b.actual.asOf) || a.order - b.order)
    .map(({ actual }) => actual);

/**
 * The value the trend reaches on the deadline: a line through the first and
 * the latest actual, or, with one actual (or all on one day), through the
 * baseline (0 without one) at the start and that actual. Null when the line
 * has no length in time (the only day reported is the start or before it).
 */
const projection = (
  known: readonly TargetActual[],
  latest: TargetActual,
  options: TargetProgressOptions,
): number | null => {
  const first = known[0];
  const from =
    first !== undefined && first.asOf < latest.asOf
      ? first
      : { value: options.baseline ?? 0, asOf: options.start };
  const elapsed = daysBetween(from.asOf, latest.asOf);
  if (elapsed <= 0) return null;
  const perDay = (latest.value - from.value) / elapsed;
  return latest.value + perDay * daysBetween(latest.asOf, options.deadline);
};

const projectedLight = (target: Target, projected: number | null): Light => {
  const goal = valueToReach(target);
  if (projected === null) return "yellow";
  if (meetsTarget(target.measure.comparison, projected, goal)) return "green";
  return projected >= goal * NEAR_TARGET_RATIO ? "yellow" : "red";
};

/**
 * How far a target is on `asOf` (README, "Targets: progress and light"):
 * met → green; past the deadline and not met → red; otherwise by the value
 * projected for the deadline: meets the value → green, at least 90 % of it →
 * yellow, less → red, no trend yet → yellow. An at-most target is green while
 * the latest actual keeps within it and red when it does not, with no
 * projection. Nothing reported yet → no light.
 */
export const targetProgress = (
  target: Target,
  actuals: readonly TargetActual[],
  options: TargetProgressOptions,
): TargetProgress => {
  const known = knownActuals(actuals, options.asOf);
  const latest = known.at(-1);
  if (latest === undefined)
    return { latest: null, ratio: null, projected: null, met: false, light: null };
  const goal = valueToReach(target);
  const met = meetsTarget(target.measure.comparison, latest.value, goal);
  if (target.measure.comparison === "at_most")
    return { latest, ratio: null, projected: null, met, light: met ? "green" : "red" };
  const ratio = goal === 0 ? null : latest.value / goal;
  const projected = projection(known, latest, options);
  const light: Light = met
    ? "green"
    : options.asOf > options.deadline
      ? "red"
      : projectedLight(target, projected);
  return { latest, ratio, projected, met, light };
};
