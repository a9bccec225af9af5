import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

const id =
  (db: AnyDb) =>
  (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    isPostgres(db)
      ? column.primaryKey().generatedByDefaultAsIdentity()
      : column.primaryKey().autoIncrement();

const notNull = (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder => column.notNull();

const ROLE_CHECK = sql`role in ('admin', 'supervisor', 'unit_leader', 'unit_staff')`;

export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("users")
    .addColumn("id", "integer", id(db))
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", notNull)
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
    .addColumn("role", "text", (c) => c.notNull().check(ROLE_CHECK))
    .addColumn("password_hash", "text", notNull)
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addColumn("password_changed_at", "text", notNull)
    .execute();

  await db.schema
    .createTable("sessions")
    // The SHA-256 of the cookie's token: a leaked table opens no session.
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addColumn("last_seen_at", "text", notNull)
    .addColumn("expires_at", "text", notNull)
    .addColumn("revoked_at", "text")
    .addColumn("client_ip", "text")
    .addColumn("user_agent", "text")
    .execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "integer", id(db))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", notNull)
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
    .addColumn("role", "text", (c) => c.notNull().check(ROLE_CHECK))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", notNull)
    .addColumn("expires_at", "text")
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .createTable("login_throttle")
    // "user:<name>" or "ip:<address>": failed logins counted per key in a window.
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", notNull)
    .addColumn("window_started_at", "text", notNull)
    .addColumn("locked_until", "text")
    .execute();

  // Who acted, for filtering; no foreign keys, because the log outlives users and merged units.
  await db.schema.alterTable("audit_log").addColumn("user_id", "integer").execute();
  await db.schema.alterTable("audit_log").addColumn("unit_id", "integer").execute();

  const indexes: readonly (readonly [string, string, readonly string[]])[] = [
    ["users_unit", "users", ["unit_id"]],
    ["sessions_user", "sessions", ["user_id"]],
    ["sessions_expires", "sessions", ["expires_at"]],
    ["api_tokens_unit", "api_tokens", ["unit_id"]],
    ["audit_log_user", "audit_log", ["user_id", "at"]],
    ["audit_log_unit", "audit_log", ["unit_id", "at"]],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropIndex("audit_log_unit").execute();
  await db.schema.dropIndex("audit_log_user").execute();
  await db.schema.alterTable("audit_log").dropColumn("unit_id").execute();
  await db.schema.alterTable("audit_log").dropColumn("user_id").execute();
  for (const table of ["login_throttle", "api_tokens", "sessions", "users"]) {
    await db.schema.dropTable(table).execute();
  }
};
