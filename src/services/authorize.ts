import type { AuditActor } from "../db/queries/audit.js";
import type { Actor } from "../policies/actor.js";
import { actorMay, type PermissionRequest } from "../policies/permissions.js";
import { forbidden, type DubanError } from "./duban-error.js";

/**
 * Every use case asks here before it reads or writes. A refusal is 403,
 * except where saying so would tell a unit that something of another unit
 * exists: then the caller passes the "not found" it would give anyway.
 */
export const authorize = (
  actor: Actor,
  request: PermissionRequest,
  refusal: () => DubanError = forbidden,
): void => {
  if (!actorMay(actor, request)) {
    const error = refusal();
    error.refusedAction = request.action;
    throw error;
  }
};

export const auditActor = (actor: Actor): AuditActor => ({
  name: actor.name,
  userId: actor.kind === "user" ? actor.userId : null,
  tokenId: actor.kind === "token" ? actor.tokenId : null,
  unitId: actor.kind === "shell" ? null : actor.unitId,
  signIn: actor.kind === "user" ? actor.signedInVia : null,
});
