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
 * How people sign in: a session remembers the method that opened it
 * (password, an OpenID provider, a directory) with the provider and the
 * subject it named, and when the provider last confirmed that subject
 * still stands; every audit entry of a session's user carries that
 * method. An external identity ties a provider's subject to one Duban user;
 * the user going takes their identities along.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .alterTable("sessions")
    .addColumn("sign_in_method", "text", (c) => c.notNull().defaultTo("password"))
    .execute();
  await db.schema.alterTable("sessions").addColumn("sign_in_provider", "text").execute();
  await db.schema.alterTable("sessions").addColumn("sign_in_subject", "text").execute();
  await db.schema.alterTable("sessions").addColumn("provider_checked_at", "text").execute();
  await db.schema.alterTable("audit_log").addColumn("sign_in", "text").execute();
  await db.schema
    .createTable("external_identities")
    .addColumn("id", "integer", (c) =>
      isPostgres(db)
        ? c.primaryKey().generatedByDefaultAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("method", "text", notNull)
    .addColumn("provider", "text", notNull)
    .addColumn("subject", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addColumn("last_used_at", "text")
    .addUniqueConstraint("external_identities_subject", ["method", "provider", "subject"])
    .execute();
  await db.schema
    .createIndex("external_identities_user")
    .on("external_identities")
    .column("user_id")
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("external_identities").execute();
  await db.schema.alterTable("audit_log").dropColumn("sign_in").execute();
  await db.schema.alterTable("sessions").dropColumn("provider_checked_at").execute();
  await db.schema.alterTable("sessions").dropColumn("sign_in_subject").execute();
  await db.schema.alterTable("sessions").dropColumn("sign_in_provider").execute();
  await db.schema.alterTable("sessions").dropColumn("sign_in_method").execute();
};
