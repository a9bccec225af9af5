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

/**
 * Drafts (经办人起草、负责人审核): a lead unit's staff drafts a completion
 * declaration or an extension request, its leader confirms it (then it is a
 * milestone_requests row, named by request_id) or returns it with a note.
 * `version` counts the draft's changes, so a confirmation names the text it
 * saw. The partial unique index keeps one open draft per milestone and kind,
 * whatever the race.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("request_drafts")
    .addColumn("id", "integer", id(db))
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('completion', 'extension')`))
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state in ('drafted', 'returned', 'confirmed', 'withdrawn')`),
    )
    .addColumn("version", "integer", notNull)
    .addColumn("payload_json", "text", notNull)
    .addColumn("drafted_by", "text", notNull)
    .addColumn("drafted_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addColumn("acted_by", "text")
    .addColumn("acted_at", "text")
    .addColumn("return_note", "text")
    .addColumn("request_id", "integer", (c) =>
      c.references("milestone_requests.id").onDelete("set null"),
    )
    .addCheckConstraint(
      "request_drafts_state_facts",
      sql`(state = 'drafted' and acted_by is null and return_note is null)
        or (state = 'returned' and acted_by is not null and return_note is not null)
        or (state in ('confirmed', 'withdrawn') and acted_by is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("request_drafts_one_open")
    .on("request_drafts")
    .columns(["milestone_id", "kind"])
    .unique()
    .where(sql.ref("state"), "in", sql`('drafted', 'returned')`)
    .execute();
  await db.schema
    .createIndex("request_drafts_unit_state")
    .on("request_drafts")
    .columns(["unit_id", "state"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("request_drafts").execute();
};
