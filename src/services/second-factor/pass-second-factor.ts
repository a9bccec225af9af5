import type { Database } from "../../db/database.js";
import type { UserActor } from "../../policies/actor.js";
import type { AuthSettings } from "../auth/auth-settings.js";
import type { OpenedSession } from "../auth/open-session.js";
import { checkSecondFactorCode, type CodeRequest } from "./check-code.js";
import { riseSession, type PendingSession } from "./rise-session.js";

/**
 * The second step of signing in, after any first factor: a right code (the
 * app's, or a recovery code) makes the waiting session whole.
 */
export const passSecondFactor = async (
  db: Database,
  actor: UserActor,
  pending: PendingSession,
  code: string,
  request: CodeRequest,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> => {
  const passedWith = await checkSecondFactorCode(
    db,
    actor,
    code,
    "enrolled",
    request,
    settings,
    now,
  );
  return riseSession(db, actor, pending, passedWith, request, settings, now);
};
