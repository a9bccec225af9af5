import type { RecordScope } from "../../db/queries/access.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";
import { authorize } from "../authorize.js";

export type { RecordScope };

/**
 * Whose request drafts an actor sees: a unit's drafts are its own business
 * until confirmed, so its people see their unit's only; the office (and
 * the shell) every unit's.
 */
export const draftScope = (actor: Actor): RecordScope =>
  actor.kind === "shell" || actorMay(actor, { action: "plan.read_all" })
    ? { all: true }
    : { all: false, unitId: actor.unitId };

/**
 * Whose audit entries an actor reads: all of the log for the supervision
 * office and administrators; for a unit leader, what the unit's people did.
 * Asking for another unit's entries (`askedUnitId`) is refused, as is the
 * log to anyone else.
 */
export const auditScope = (actor: Actor, askedUnitId?: number): RecordScope => {
  if (actor.kind === "shell" || actorMay(actor, { action: "audit.read", relation: "none" }))
    return { all: true };
  const relation = askedUnitId === undefined || askedUnitId === actor.unitId ? "own_unit" : "none";
  authorize(actor, { action: "audit.read", relation });
  return { all: false, unitId: actor.unitId };
};
