import type { Database } from "../../db/database.js";
import { revokeSession } from "../../db/queries/sessions.js";
import { findUser } from "../../db/queries/users.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { SignIn } from "../../domain/sign-in.js";
import type { UserActor } from "../../policies/actor.js";
import type { AuthSettings } from "../auth/auth-settings.js";
import { storeSession, type OpenedSession } from "../auth/open-session.js";
import { notFoundUser } from "./second-factor-errors.js";
import type { CodeKind, CodeRequest } from "./check-code.js";
import { recordSecondFactorEvent } from "./record-event.js";

/** The session that waits for its second factor. */
export interface PendingSession {
  readonly id: string;
  readonly signIn: SignIn;
}

/**
 * A pending session whose user passed the second factor becomes a whole
 * one under a new cookie and CSRF token, the old pair ending: a token
 * planted in the browser before the sign-in (session fixation) never
 * gains the privilege. The idle and absolute ends start now.
 */
export const riseSession = async (
  db: Database,
  actor: UserActor,
  pending: PendingSession,
  passedWith: CodeKind,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> => {
  const user = await findUser(db.kysely, actor.userId);
  if (!user) throw notFoundUser();
  return writeTransaction(db, async (trx) => {
    await revokeSession(trx, pending.id, now.toISOString());
    const opened = await storeSession(
      trx,
      user,
      pending.signIn,
      { username: user.username, ...request },
      "passed",
      settings,
      now,
    );
    await recordSecondFactorEvent(
      trx,
      actor,
      "auth.second_factor_passed",
      user.id,
      { username: user.username, clientIp: request.clientIp, code: passedWith },
      now,
    );
    return { ...opened, secondFactor: null };
  });
};
