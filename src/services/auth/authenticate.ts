import type { Database } from "../../db/database.js";
import { findApiTokenByHash, touchApiToken } from "../../db/queries/api-tokens.js";
import { claimProviderCheck, findSession, touchSession } from "../../db/queries/sessions.js";
import type { SessionSecondFactor } from "../../domain/second-factor.js";
import type { SignIn } from "../../domain/sign-in.js";
import { userActor, type ApiActor } from "../../policies/actor.js";
import type { AuthSettings } from "./auth-settings.js";
import { endSessionsOfSubject, providerCheckDue, type ProviderChecks } from "./provider-check.js";
import { digestSecret } from "./secret-token.js";

/** Activity is written at most this often, not on every request. */
const TOUCH_AFTER_MS = 60_000;

export interface SessionIdentity {
  readonly actor: ApiActor;
  readonly signIn: SignIn;
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  /** "pending": the user has yet to pass the second factor, and may do nothing else. */
  readonly secondFactor: SessionSecondFactor;
}

/**
 * The user behind a session cookie, or undefined when the session is
 * unknown, revoked, idle too long, past its absolute end, or its user is
 * disabled, or the identity provider that opened it says its person is
 * gone (asked every few minutes, by one request at a time). Sliding: use
 * keeps it alive up to the absolute end.
 */
export const authenticateSession = async (
  db: Database,
  token: string,
  settings: AuthSettings,
  now: Date,
  checks: ProviderChecks = {},
): Promise<SessionIdentity | undefined> => {
  const session = await findSession(db.kysely, digestSecret(token));
  if (!session || session.revoked || session.user.disabled) return undefined;
  const idleSince = Date.parse(session.lastSeenAt);
  if (Date.parse(session.expiresAt) <= now.getTime()) return undefined;
  if (idleSince + settings.sessionIdleMinutes * 60_000 <= now.getTime()) return undefined;
  const { signIn } = session;
  if (signIn.method !== "password") {
    const check = checks[signIn.method];
    if (
      check !== undefined &&
      providerCheckDue(session.providerCheckedAt, settings, now) &&
      (await claimProviderCheck(
        db.kysely,
        session.id,
        session.providerCheckedAt,
        now.toISOString(),
      ))
    ) {
      if ((await check(signIn, now)) === "gone") {
        await endSessionsOfSubject(db, session.user.id, signIn, now);
        return undefined;
      }
    }
  }
  if (now.getTime() - idleSince > TOUCH_AFTER_MS) {
    await touchSession(db.kysely, session.id, now.toISOString());
  }
  return {
    actor: userActor(session.user, session.signIn.method),
    signIn: session.signIn,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    secondFactor: session.secondFactor,
  };
};

/** The scope of an API token (`Authorization: Bearer …`), or undefined if it is no good. */
export const authenticateApiToken = async (
  db: Database,
  token: string,
  now: Date,
): Promise<ApiActor | undefined> => {
  const row = await findApiTokenByHash(db.kysely, digestSecret(token));
  if (!row || row.revokedAt !== null || !row.creatorEntitled) return undefined;
  if (row.expiresAt !== null && Date.parse(row.expiresAt) <= now.getTime()) return undefined;
  if (row.lastUsedAt === null || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_AFTER_MS) {
    await touchApiToken(db.kysely, row.id, now.toISOString());
  }
  return {
    kind: "token",
    tokenId: row.id,
    createdBy: row.createdBy,
    name: `token:${row.id}:${row.name}`,
    unitId: row.unitId,
    role: row.role,
  };
};
