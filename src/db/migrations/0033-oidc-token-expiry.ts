import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * When a session's provider access token expires (from the token response's
 * `expires_in`; null when the provider did not say): a refusal at the recheck
 * after that moment, with no refresh token to ask again, says nothing about
 * the person, so the session is not ended for it.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .alterTable("oidc_session_tokens")
    .addColumn("access_expires_at", "text")
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("oidc_session_tokens").dropColumn("access_expires_at").execute();
};
