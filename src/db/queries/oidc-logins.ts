import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/** What an OpenID login under way must find again at its callback. */
export interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly expiresAt: string;
}

/** Keeps a login under way, and forgets those whose time is up. */
export const insertPendingLogin = async (
  db: Kysely<Schema>,
  id: string,
  login: PendingLogin,
  now: string,
): Promise<void> => {
  await db.deleteFrom("oidc_pending_logins").where("expires_at", "<=", now).execute();
  await db
    .insertInto("oidc_pending_logins")
    .values({
      id,
      state: login.state,
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      expires_at: login.expiresAt,
    })
    .execute();
};

/** Takes a login under way: it is deleted as it is read, so a callback replayed finds nothing. */
export const takePendingLogin = async (
  db: Kysely<Schema>,
  id: string,
): Promise<PendingLogin | undefined> => {
  const row = await db
    .deleteFrom("oidc_pending_logins")
    .where("id", "=", id)
    .returning(["state", "nonce", "code_verifier", "expires_at"])
    .executeTakeFirst();
  return (
    row && {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
      expiresAt: row.expires_at,
    }
  );
};

/** The provider's tokens of one session. */
export interface SessionTokens {
  readonly idToken: string | null;
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  /** When the access token expires; null: the provider did not say. */
  readonly accessExpiresAt: string | null;
}

export const insertSessionTokens = async (
  db: Kysely<Schema>,
  sessionId: string,
  who: { readonly provider: string; readonly subject: string },
  tokens: SessionTokens,
  now: string,
): Promise<void> => {
  await db
    .insertInto("oidc_session_tokens")
    .values({
      session_id: sessionId,
      provider: who.provider,
      subject: who.subject,
      id_token: tokens.idToken,
      access_token: tokens.accessToken,
      refresh_token: tokens.refreshToken,
      access_expires_at: tokens.accessExpiresAt,
      created_at: now,
    })
    .execute();
};

export const sessionTokens = async (
  db: Kysely<Schema>,
  sessionId: string,
): Promise<SessionTokens | undefined> => {
  const row = await db
    .selectFrom("oidc_session_tokens")
    .select(["id_token", "access_token", "refresh_token", "access_expires_at"])
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
  return (
    row && {
      idToken: row.id_token,
      accessToken: row.access_token,
      refreshToken: row.refresh_token,
      accessExpiresAt: row.access_expires_at,
    }
  );
};

/** The newest tokens a subject's sessions hold, with the session they belong to. */
export const latestTokensOfSubject = async (
  db: Kysely<Schema>,
  who: { readonly provider: string; readonly subject: string },
): Promise<(SessionTokens & { readonly sessionId: string }) | undefined> => {
  const row = await db
    .selectFrom("oidc_session_tokens")
    .innerJoin("sessions", "sessions.id", "oidc_session_tokens.session_id")
    .select(["session_id", "id_token", "access_token", "refresh_token", "access_expires_at"])
    .where("oidc_session_tokens.provider", "=", who.provider)
    .where("oidc_session_tokens.subject", "=", who.subject)
    .where("sessions.revoked_at", "is", null)
    .orderBy("oidc_session_tokens.created_at", "desc")
    .executeTakeFirst();
  return (
    row && {
      sessionId: row.session_id,
      idToken: row.id_token,
      accessToken: row.access_token,
      refreshToken: row.refresh_token,
      accessExpiresAt: row.access_expires_at,
    }
  );
};

/** After a refresh: the new access token, and the new refresh token if the provider rotated it. */
export const updateSessionTokens = async (
  db: Kysely<Schema>,
  sessionId: string,
  tokens: Omit<SessionTokens, "idToken" | "accessToken"> & { readonly accessToken: string },
): Promise<void> => {
  await db
    .updateTable("oidc_session_tokens")
    .set({
      access_token: tokens.accessToken,
      access_expires_at: tokens.accessExpiresAt,
      ...(tokens.refreshToken === null ? {} : { refresh_token: tokens.refreshToken }),
    })
    .where("session_id", "=", sessionId)
    .execute();
};
