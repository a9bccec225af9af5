import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

const notNull = (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder => column.notNull();

const identity = (db: AnyDb) => (c: ColumnDefinitionBuilder) =>
  isPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

/**
 * OpenID Connect sign-in. A login under way keeps its state, nonce and PKCE
 * verifier here for a few minutes, keyed by the digest of the browser's
 * cookie, and is deleted when its callback comes (single use). A session an
 * OpenID provider opened keeps the provider's tokens beside it, for the
 * recheck (userinfo, refresh) and the provider's logout (id_token_hint);
 * they go with the session. The administrator's mapping table: a provider's
 * username → an existing user, and the units where a person unknown to
 * Duban may be created at first login, with the highest role a role claim
 * may give there.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("oidc_pending_logins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", notNull)
    .addColumn("nonce", "text", notNull)
    .addColumn("code_verifier", "text", notNull)
    .addColumn("expires_at", "text", notNull)
    .execute();
  await db.schema
    .createTable("oidc_session_tokens")
    .addColumn("session_id", "text", (c) =>
      c.primaryKey().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("provider", "text", notNull)
    .addColumn("subject", "text", notNull)
    .addColumn("id_token", "text")
    .addColumn("access_token", "text")
    .addColumn("refresh_token", "text")
    .addColumn("created_at", "text", notNull)
    .execute();
  await db.schema
    .createIndex("oidc_session_tokens_subject")
    .on("oidc_session_tokens")
    .columns(["provider", "subject"])
    .execute();
  await db.schema
    .createTable("oidc_user_mappings")
    .addColumn("id", "integer", identity(db))
    .addColumn("claim_value", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", notNull)
    .execute();
  await db.schema
    .createTable("oidc_unit_rules")
    .addColumn("unit_id", "integer", (c) =>
      c.primaryKey().references("units.id").onDelete("cascade"),
    )
    .addColumn("claim_value", "text", (c) => c.unique())
    .addColumn("max_role", "text", (c) => c.notNull().defaultTo("unit_staff"))
    .addColumn("created_at", "text", notNull)
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("oidc_unit_rules").execute();
  await db.schema.dropTable("oidc_user_mappings").execute();
  await db.schema.dropTable("oidc_session_tokens").execute();
  await db.schema.dropTable("oidc_pending_logins").execute();
};
