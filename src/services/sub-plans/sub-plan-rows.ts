import type { Kysely } from "kysely";
import { findUnitIds } from "../../db/queries/units.js";
import type { Schema } from "../../db/schema.js";
import type { Diagnostic } from "../../domain/diagnostic.js";
import { unitNamesIn } from "../../domain/plan-units.js";
import type { Plan } from "../../domain/plan.js";
import { subPlanDeadlineDiagnostics } from "../../domain/sub-plan.js";
import type { DecompositionParent } from "./decomposition-parent.js";
import { notASubordinate } from "./decomposition-parent.js";

/**
 * A table read as a milestone's sub-plan, checked whole before anything is
 * written: every row's deadline no later than the parent's, every unit
 * named the lead unit, one under it, or new (then created under it). The
 * plan is the lead unit's, in the parent plan's year.
 */
export const checkSubPlanRows = async (
  trx: Kysely<Schema>,
  parent: DecompositionParent,
  plan: Plan,
  fileName: string,
): Promise<{ readonly plan: Plan; readonly diagnostics: readonly Diagnostic[] }> => {
  const names = unitNamesIn(plan);
  const known = await findUnitIds(trx, names);
  const outsiders = [...known].filter(([, id]) => !parent.allowedUnits.has(id));
  const unitErrors = outsiders.map(([name]): Diagnostic => ({
    severity: "error",
    code: "sub_plan.unit_outside",
    message: notASubordinate(name, parent.parent.leadUnit).text,
    location: { file: fileName, field: "责任单位", text: name },
  }));
  return {
    plan: { ...plan, ownerUnit: parent.parent.leadUnit, year: parent.parent.planYear },
    diagnostics: [
      ...subPlanDeadlineDiagnostics(plan, parent.parent.deadline, fileName),
      ...unitErrors,
    ],
  };
};
