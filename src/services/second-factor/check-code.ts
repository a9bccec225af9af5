import type { Database } from "../../db/database.js";
import { claimStep, findSecondFactor, useRecoveryCode } from "../../db/queries/second-factors.js";
import { message } from "../../domain/message.js";
import { typedTotp } from "../../domain/second-factor.js";
import type { UserActor } from "../../policies/actor.js";
import { throttled } from "../auth/attempt-throttle.js";
import type { AuthSettings } from "../auth/auth-settings.js";
import { lockedOut, loginThrottleKeys } from "../auth/log-in.js";
import { DubanError } from "../duban-error.js";
import { recordSecondFactorEvent } from "./record-event.js";
import { recoveryCodeDigest } from "./recovery-codes.js";
import { totpStep } from "./totp.js";

export interface CodeRequest {
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

/** Which code passed. */
export type CodeKind = "totp" | "recovery_code";

/**
 * Whose secret a code is checked against: the enrolled one, or (while
 * enrolling) the one waiting for its first code, for which a recovery code
 * does not count.
 */
export type CodeAgainst = "enrolled" | "waiting";

const wrongCode = (): DubanError =>
  new DubanError(
    "auth.invalid_code",
    message("验证码不正确或已使用过", "The code is wrong or has been used already"),
    { field: "body.code" },
  );

const passes = async (
  db: Database,
  userId: number,
  typed: string,
  against: CodeAgainst,
  now: Date,
): Promise<CodeKind | undefined> => {
  const factor = await findSecondFactor(db.kysely, userId);
  if (!factor || (factor.enrolledAt === null) !== (against === "waiting")) return undefined;
  const code = typedTotp(typed);
  if (code !== undefined) {
    const step = totpStep(factor.secret, code, now);
    return step !== undefined && (await claimStep(db.kysely, userId, step, now.toISOString()))
      ? "totp"
      : undefined;
  }
  const digest = against === "enrolled" ? recoveryCodeDigest(typed) : undefined;
  return digest !== undefined &&
    (await useRecoveryCode(db.kysely, userId, digest, now.toISOString()))
    ? "recovery_code"
    : undefined;
};

/**
 * Checks a code the user typed: their authenticator's (each step's code is
 * taken once) or a recovery code (once ever). It counts against the same
 * lockout as a wrong password, before it is checked, so codes cannot be
 * guessed faster than passwords; a wrong one is audited under the user.
 */
export const checkSecondFactorCode = async (
  db: Database,
  holder: UserActor,
  typed: string,
  against: CodeAgainst,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
): Promise<CodeKind> => {
  const attempt = await throttled(
    db,
    loginThrottleKeys(holder.username, request.clientIp, settings),
    now,
    () => passes(db, holder.userId, typed, against, now),
  );
  if (attempt.kind === "succeeded") return attempt.value;
  await recordSecondFactorEvent(
    db.kysely,
    holder,
    "auth.second_factor_failed",
    holder.userId,
    {
      username: holder.username,
      clientIp: request.clientIp,
      ...(attempt.kind === "locked" ? { locked: true as const } : {}),
    },
    now,
  );
  throw attempt.kind === "locked" ? lockedOut(attempt.seconds) : wrongCode();
};
