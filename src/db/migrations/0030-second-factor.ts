import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

const notNull = (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder => column.notNull();

/**
 * The second factor (TOTP): a user's authenticator secret (enrolled once a
 * code was typed; the last time step accepted, so that a code works once),
 * their recovery codes (digests, each used once), the policy of which roles
 * must have one (one row; none: not required), and a session's state: a
 * session opened by a first factor alone is "pending" until its user passes
 * the second ("passed"), or "none" when nobody asked for one.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .alterTable("sessions")
    .addColumn("second_factor", "text", (c) => c.notNull().defaultTo("none"))
    .execute();
  await db.schema
    .createTable("second_factors")
    .addColumn("user_id", "integer", (c) =>
      c.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("secret", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addColumn("enrolled_at", "text")
    .addColumn("last_step", "integer")
    .execute();
  await db.schema
    .createTable("recovery_codes")
    .addColumn("id", "integer", (c) =>
      isPostgres(db)
        ? c.primaryKey().generatedByDefaultAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("code_hash", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addColumn("used_at", "text")
    .addUniqueConstraint("recovery_codes_hash", ["user_id", "code_hash"])
    .execute();
  await db.schema
    .createTable("second_factor_policy")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("roles", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addColumn("updated_by", "text", notNull)
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("second_factor_policy").execute();
  await db.schema.dropTable("recovery_codes").execute();
  await db.schema.dropTable("second_factors").execute();
  await db.schema.alterTable("sessions").dropColumn("second_factor").execute();
};
