import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import type { Schema } from "../../db/schema.js";
import {
  deleteSecondFactor,
  findSecondFactor,
  readSecondFactorPolicy,
  unusedRecoveryCodes,
} from "../../db/queries/second-factors.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { mayTurnOff, pendingStep, type SecondFactorStep } from "../../domain/second-factor.js";
import type { UserActor } from "../../policies/actor.js";
import type { AuthSettings } from "../auth/auth-settings.js";
import { checkSecondFactorCode, type CodeRequest } from "./check-code.js";
import { recordSecondFactorEvent } from "./record-event.js";
import { issueRecoveryCodes } from "./recovery-codes.js";
import { notEnrolled, requiredForRole } from "./second-factor-errors.js";

export interface SecondFactorStatus {
  readonly enrolled: boolean;
  readonly enrolledAt: string | null;
  /** The user's role requires one: it cannot be turned off. */
  readonly required: boolean;
  readonly recoveryCodesLeft: number;
}

/** The account page's view of the caller's own second factor: never its secret. */
export const ownSecondFactor = async (
  db: Database,
  actor: UserActor,
): Promise<SecondFactorStatus> => {
  const factor = await findSecondFactor(db.kysely, actor.userId);
  const { roles } = await readSecondFactorPolicy(db.kysely);
  const enrolledAt = factor?.enrolledAt ?? null;
  return {
    enrolled: enrolledAt !== null,
    enrolledAt,
    required: !mayTurnOff(roles, actor.role),
    recoveryCodesLeft: enrolledAt === null ? 0 : await unusedRecoveryCodes(db.kysely, actor.userId),
  };
};

/** What a session waiting for the second factor asks of its user. */
export const pendingStepOf = async (db: Database, userId: number): Promise<SecondFactorStep> => {
  const factor = await findSecondFactor(db.kysely, userId);
  return pendingStep(factor?.enrolledAt != null);
};

/**
 * A change to the caller's own enrolled factor, made for a current code
 * (the app's or a recovery code) and audited in the same transaction.
 */
const withCurrentCode = async <T>(
  db: Database,
  actor: UserActor,
  code: string,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
  action: "second_factor.recovery_codes_renewed" | "second_factor.turned_off",
  change: (trx: Kysely<Schema>) => Promise<T>,
): Promise<T> => {
  const factor = await findSecondFactor(db.kysely, actor.userId);
  if (factor?.enrolledAt == null) throw notEnrolled();
  await checkSecondFactorCode(db, actor, code, "enrolled", request, settings, now);
  return writeTransaction(db, async (trx) => {
    const done = await change(trx);
    const view = { username: actor.username, clientIp: request.clientIp };
    await recordSecondFactorEvent(trx, actor, action, actor.userId, view, now);
    return done;
  });
};

/** New recovery codes for a current code; the old ones, used or not, stop working. */
export const renewRecoveryCodes = (
  db: Database,
  actor: UserActor,
  code: string,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
): Promise<readonly string[]> =>
  withCurrentCode(
    db,
    actor,
    code,
    request,
    settings,
    now,
    "second_factor.recovery_codes_renewed",
    (trx) => issueRecoveryCodes(trx, actor.userId, now),
  );

/** The user turns their own factor off with a current code, unless their role requires it. */
export const turnOffSecondFactor = async (
  db: Database,
  actor: UserActor,
  code: string,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
): Promise<void> => {
  const { roles } = await readSecondFactorPolicy(db.kysely);
  if (!mayTurnOff(roles, actor.role)) throw requiredForRole();
  await withCurrentCode(
    db,
    actor,
    code,
    request,
    settings,
    now,
    "second_factor.turned_off",
    (trx) => deleteSecondFactor(trx, actor.userId),
  );
};
