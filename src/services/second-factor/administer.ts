import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  deleteSecondFactor,
  enrolledUserIds,
  readSecondFactorPolicy,
  writeSecondFactorPolicy,
} from "../../db/queries/second-factors.js";
import { findUser } from "../../db/queries/users.js";
import type { Kysely } from "kysely";
import type { Schema } from "../../db/schema.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { Role } from "../../domain/role.js";
import { orderedRoles } from "../../domain/second-factor.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { recordSecondFactorEvent } from "./record-event.js";
import { notFoundUser } from "./second-factor-errors.js";

export interface SecondFactorOverview {
  /** The roles that must use a second factor; empty: none must. */
  readonly requiredRoles: readonly Role[];
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  /** The users who have one enrolled. */
  readonly enrolledUserIds: readonly number[];
}

/** The admin screen's view: the policy, and who has a second factor. */
export const secondFactorOverview = async (
  db: Database,
  actor: Actor,
): Promise<SecondFactorOverview> => {
  authorize(actor, { action: "user.manage" });
  const policy = await readSecondFactorPolicy(db.kysely);
  return {
    requiredRoles: policy.roles,
    updatedAt: policy.updatedAt,
    updatedBy: policy.updatedBy,
    enrolledUserIds: [...(await enrolledUserIds(db.kysely))].sort((a, b) => a - b),
  };
};

/**
 * Sets the roles that must use a second factor, audited. It holds from each
 * user's next sign-in on: sessions already open go on.
 */
export const setRequiredRoles = async (
  db: Database,
  actor: Actor,
  roles: readonly Role[],
  now: Date,
): Promise<SecondFactorOverview> => {
  authorize(actor, { action: "user.manage" });
  const after = orderedRoles(roles);
  await writeTransaction(db, async (trx) => {
    const before = await readSecondFactorPolicy(trx);
    await writeSecondFactorPolicy(trx, after, actor.name, now.toISOString());
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "second_factor.policy_changed",
        objectType: "settings",
        objectId: "second_factor",
        before: { roles: before.roles },
        after: { roles: after },
      },
      now.toISOString(),
    );
  });
  return secondFactorOverview(db, actor);
};

/**
 * Removes a user's second factor and recovery codes (a lost phone), audited;
 * false when they had none. Their next sign-in asks them to enrol again if
 * their role requires it.
 */
export const clearSecondFactor = async (
  db: Kysely<Schema>,
  actor: Actor,
  user: { readonly id: number; readonly username: string },
  now: Date,
): Promise<boolean> => {
  const removed = await deleteSecondFactor(db, user.id);
  if (removed) {
    await recordSecondFactorEvent(
      db,
      actor,
      "second_factor.reset",
      user.id,
      {
        username: user.username,
      },
      now,
    );
  }
  return removed;
};

/** An administrator resets a user's second factor. */
export const resetSecondFactor = async (
  db: Database,
  actor: Actor,
  userId: number,
  now: Date,
): Promise<boolean> => {
  authorize(actor, { action: "user.manage" });
  const user = await findUser(db.kysely, userId);
  if (!user) throw notFoundUser();
  return writeTransaction(db, (trx) => clearSecondFactor(trx, actor, user, now));
};
