import type { Database } from "../../db/database.js";
import { findSecondFactor, startSecondFactor } from "../../db/queries/second-factors.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { UserActor } from "../../policies/actor.js";
import type { AuthSettings } from "../auth/auth-settings.js";
import type { OpenedSession } from "../auth/open-session.js";
import { checkSecondFactorCode, type CodeRequest } from "./check-code.js";
import { qrCodeDataUrl } from "./qr-code.js";
import { recordSecondFactorEvent } from "./record-event.js";
import { issueRecoveryCodes } from "./recovery-codes.js";
import { riseSession, type PendingSession } from "./rise-session.js";
import { alreadyEnrolled, notStarted } from "./second-factor-errors.js";
import { newTotpSecret, totpUri } from "./totp.js";

export interface EnrolmentStart {
  /** Base32, for typing into the app by hand; never sent again once enrolled. */
  readonly secret: string;
  readonly uri: string;
  /** The otpauth address as a QR code, an SVG data URL. */
  readonly qrCode: string;
}

/** A new secret for the user's authenticator app; a secret still waiting is replaced. */
export const startEnrolment = async (
  db: Database,
  actor: UserActor,
  now: Date,
): Promise<EnrolmentStart> => {
  const secret = newTotpSecret();
  const existing = await findSecondFactor(db.kysely, actor.userId);
  if (existing?.enrolledAt != null) throw alreadyEnrolled();
  await writeTransaction(db, (trx) =>
    startSecondFactor(trx, actor.userId, secret, now.toISOString()),
  );
  const uri = totpUri(secret, actor.username);
  return { secret, uri, qrCode: await qrCodeDataUrl(uri) };
};

export interface EnrolmentDone {
  /** Shown once: only their digests are kept. */
  readonly recoveryCodes: readonly string[];
  /** The session risen from pending, when the enrolment was its second factor. */
  readonly session: OpenedSession | null;
}

/**
 * Enrolment completes when the app's first code is right: the user gets
 * their recovery codes, and a session that waited for the factor rises.
 */
export const confirmEnrolment = async (
  db: Database,
  actor: UserActor,
  code: string,
  pending: PendingSession | null,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
): Promise<EnrolmentDone> => {
  const waiting = await findSecondFactor(db.kysely, actor.userId);
  if (waiting === undefined) throw notStarted();
  if (waiting.enrolledAt !== null) throw alreadyEnrolled();
  await checkSecondFactorCode(db, actor, code, "waiting", request, settings, now);
  const recoveryCodes = await writeTransaction(db, async (trx) => {
    const codes = await issueRecoveryCodes(trx, actor.userId, now);
    await recordSecondFactorEvent(
      trx,
      actor,
      "second_factor.enrolled",
      actor.userId,
      { username: actor.username, clientIp: request.clientIp },
      now,
    );
    return codes;
  });
  const session =
    pending === null ? null : await riseSession(db, actor, pending, "totp", request, settings, now);
  return { recoveryCodes, session };
};
