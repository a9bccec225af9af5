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

/**
 * Calendar subscriptions (订阅日历): a secret URL per unit or plan that
 * calendar apps fetch without a session. Only the secret's digest is kept.
 * A unit or plan that goes (a merge removes a unit) takes its feeds along,
 * so that their URLs stop answering.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("id", "integer", id(db))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('plan', 'unit')`))
    .addColumn("plan_id", "integer", (c) => c.references("plans.id").onDelete("cascade"))
    .addColumn("unit_id", "integer", (c) => c.references("units.id").onDelete("cascade"))
    .addColumn("created_by", "integer", (c) =>
      c.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("last_used_at", "text")
    .addCheckConstraint(
      "calendar_feeds_target",
      sql`(kind = 'plan' and plan_id is not null) or (kind = 'unit' and unit_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("calendar_feeds_creator")
    .on("calendar_feeds")
    .columns(["created_by"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("calendar_feeds").execute();
};
