import type { Database } from "../db/database.js";
import { loadPlanContent } from "../db/queries/plan-content.js";
import { findPlan } from "../db/queries/plans.js";
import { ledInPlan, reachOfUnit } from "../db/queries/access.js";
import { findUnitByName, unitNamesById } from "../db/queries/units.js";
import { sliceOf, type UnitSlice } from "../domain/slice.js";
import { planNotFound, unitNotFound } from "./duban-error.js";

/**
 * A unit's slice of a stored plan: the same rule as slicing the file
 * (domain/slice.ts), fed only the rows the unit leads, which SQL picks out.
 * The unit may be named by an alias; groups it belongs to count as it.
 */
export const sliceStoredPlan = async (
  db: Database,
  input: { readonly planId: number; readonly unit: string },
): Promise<UnitSlice> => {
  const plan = await findPlan(db.kysely, input.planId);
  if (!plan) throw planNotFound(input.planId);
  const unit = await findUnitByName(db.kysely, input.unit);
  if (!unit) throw unitNotFound(input.unit);
  const reach = await reachOfUnit(db.kysely, unit.id);
  const names = new Set((await unitNamesById(db.kysely, reach.unitIds)).values());
  const led = await ledInPlan(db.kysely, reach, plan.id);
  const content = await loadPlanContent(db.kysely, plan.id, plan.currentRevision, led);
  if (!content) throw planNotFound(input.planId);
  return sliceOf(content.plan, unit.name, (name) => names.has(name));
};
