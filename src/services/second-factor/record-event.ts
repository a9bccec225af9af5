import type { Kysely } from "kysely";
import {
  appendAudit,
  type SecondFactorAuditAction,
  type SecondFactorAuditView,
} from "../../db/queries/audit.js";
import type { Schema } from "../../db/schema.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor } from "../authorize.js";

/** Writes one event of a user's second factor to the audit log, under whoever acted. */
export const recordSecondFactorEvent = (
  db: Kysely<Schema>,
  actor: Actor,
  action: SecondFactorAuditAction,
  userId: number,
  view: SecondFactorAuditView,
  now: Date,
): Promise<void> =>
  appendAudit(
    db,
    auditActor(actor),
    { action, objectType: "user", objectId: userId, after: view },
    now.toISOString(),
  );
