import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from "kysely";

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

/**
 * Milestone links (填报链接): a secret URL that lets a unit without an
 * account read some named milestones and send its input on them. Only the
 * secret's digest is kept. The unit it was sent to going (a merge) takes
 * the link along, as a calendar feed goes: its address was given out for
 * that unit. The issuing unit, kept for "our unit's links", is forgotten
 * rather than blocking the unit's removal. A milestone deleted with its
 * plan leaves the link's other milestones.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("milestone_links")
    .addColumn("id", "integer", id(db))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("contact", "text")
    .addColumn("created_by", "text", notNull)
    .addColumn("issuer_unit_id", "integer", (c) => c.references("units.id").onDelete("set null"))
    .addColumn("created_at", "text", notNull)
    .addColumn("expires_at", "text", notNull)
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by", "text")
    .addColumn("last_used_at", "text")
    .addColumn("read_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("submission_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("milestone_links_issuer")
    .on("milestone_links")
    .columns(["issuer_unit_id"])
    .execute();
  await db.schema
    .createTable("milestone_link_targets")
    .addColumn("link_id", "integer", (c) =>
      c.notNull().references("milestone_links.id").onDelete("cascade"),
    )
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", notNull)
    .addPrimaryKeyConstraint("milestone_link_targets_pk", ["link_id", "milestone_id"])
    .execute();
  await db.schema
    .createIndex("milestone_link_targets_milestone")
    .on("milestone_link_targets")
    .columns(["milestone_id"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("milestone_link_targets").execute();
  await db.schema.dropTable("milestone_links").execute();
};
