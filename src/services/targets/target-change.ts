import type { StoredTarget, TargetChange } from "../../db/queries/targets.js";
import { sameMeasure } from "../../domain/target.js";

/**
 * What of a requested change differs from the target as stored: a field
 * sent with the value it already has is no change, so a request that only
 * repeats the target writes nothing.
 */
export const changedFields = (target: StoredTarget, change: TargetChange): TargetChange => ({
  ...(change.subject === undefined || change.subject === target.subject
    ? {}
    : { subject: change.subject }),
  ...(change.measure === undefined || sameMeasure(change.measure, target.measure)
    ? {}
    : { measure: change.measure }),
  ...(change.unitOfMeasure === undefined || change.unitOfMeasure === target.unitOfMeasure
    ? {}
    : { unitOfMeasure: change.unitOfMeasure }),
  ...(change.baseline === undefined || change.baseline === target.baseline
    ? {}
    : { baseline: change.baseline }),
  ...(change.state === undefined || change.state === target.state ? {} : { state: change.state }),
});

/** Whether a request or a change names any field at all. */
export const changesAnything = (fields: object): boolean =>
  Object.values(fields).some((value) => value !== undefined);
