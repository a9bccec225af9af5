import type { Kysely } from "kysely";
import { keptCorrections } from "../db/queries/revisions.js";
import { resolveUnitNames } from "../db/queries/unit-names.js";
import type { Schema } from "../db/schema.js";
import { furtherPlanKey, planIdentityKey } from "../domain/plan-identity.js";
import type { PlanCorrection } from "../domain/plan-corrections.js";
import type { Plan } from "../domain/plan.js";
import { normalizeUnitName } from "../domain/unit-list.js";
import { checkedCorrections, readCorrections } from "./plan-corrections-input.js";

/**
 * The corrections an import applies: those sent with it, or else those kept
 * with the last import of the very same file (by SHA-256) into the plan it
 * goes to (the plan named, or the plans its identity finds), so that a file
 * imported again is read as the office corrected it.
 */
export const correctionsForImport = async (
  trx: Kysely<Schema>,
  input: {
    readonly corrections?: readonly PlanCorrection[];
    readonly planId?: number;
    readonly plan: Plan;
    readonly sha256: string;
  },
): Promise<readonly PlanCorrection[]> => {
  if (input.corrections !== undefined) return checkedCorrections(input.corrections);
  const { plan, sha256 } = input;
  // Plans are keyed by their owner unit's name in the directory (an alias is renamed first).
  const owner =
    plan.ownerUnit === null
      ? null
      : ((await resolveUnitNames(trx, [plan.ownerUnit])).canonical.get(
          normalizeUnitName(plan.ownerUnit),
        ) ?? plan.ownerUnit);
  const identity = planIdentityKey({ ...plan, ownerUnit: owner });
  const kept = await keptCorrections(
    trx,
    {
      ...(input.planId === undefined ? {} : { planId: input.planId }),
      planKeys: [identity, furtherPlanKey(identity, sha256)],
    },
    sha256,
  );
  return kept === null ? [] : readCorrections(kept);
};
