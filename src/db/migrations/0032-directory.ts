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
 * The LDAP directory: its settings as the admin screen stores them (one
 * row; the environment's DUBAN_LDAP_* win over it), and what a sync
 * proposes (a unit, a user, a link of a user to an entry, a move, a
 * disable) until an administrator accepts or rejects it. A proposal names
 * the entry (its DN) and carries what it would write as JSON.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("directory_settings")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("url", "text", notNull)
    .addColumn("bind_dn", "text", notNull)
    .addColumn("bind_password", "text", notNull)
    .addColumn("base_dn", "text", notNull)
    .addColumn("user_filter", "text", notNull)
    .addColumn("username_attribute", "text", notNull)
    .addColumn("name_attribute", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .execute();
  await db.schema
    .createTable("directory_proposals")
    .addColumn("id", "integer", (c) =>
      isPostgres(db)
        ? c.primaryKey().generatedByDefaultAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    .addColumn("provider", "text", notNull)
    .addColumn("kind", "text", notNull)
    .addColumn("subject", "text", notNull)
    .addColumn("details", "text", notNull)
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("proposed_at", "text", notNull)
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("directory_proposals_status")
    .on("directory_proposals")
    .columns(["status", "kind"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("directory_proposals").execute();
  await db.schema.dropTable("directory_settings").execute();
};
