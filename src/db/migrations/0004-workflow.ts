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

export const up = async (db: AnyDb): Promise<void> => {
  const blob = isPostgres(db) ? "bytea" : "blob";

  // A plan's workflow settings (review, warning window, reporting cycle, …) as one JSON document.
  await db.schema
    .createTable("plan_settings")
    .addColumn("plan_id", "integer", (c) =>
      c.primaryKey().references("plans.id").onDelete("cascade"),
    )
    .addColumn("settings_json", "text", notNull)
    .addColumn("version", "integer", notNull)
    .addColumn("updated_at", "text", notNull)
    .execute();

  // Where each milestone's workflow stands now; `version` guards concurrent writes.
  await db.schema
    .createTable("milestone_states")
    .addColumn("milestone_id", "integer", (c) =>
      c.primaryKey().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("version", "integer", notNull)
    .addColumn("phase", "text", notNull)
    .addColumn("acknowledged_on", "text")
    .addColumn("focus", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", notNull)
    .execute();

  // The ledger: everything that happened to a milestone, each on the day it took effect.
  await db.schema
    .createTable("milestone_events")
    .addColumn("id", "integer", id(db))
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("kind", "text", notNull)
    .addColumn("effective_on", "text", notNull)
    .addColumn("at", "text", notNull)
    .addColumn("actor", "text", notNull)
    .addColumn("user_id", "integer")
    .addColumn("unit_id", "integer")
    .addColumn("payload_json", "text", notNull)
    .execute();

  // Completions and extensions waiting for, or given, a decision.
  await db.schema
    .createTable("milestone_requests")
    .addColumn("id", "integer", id(db))
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("kind", "text", notNull)
    .addColumn("state", "text", notNull)
    .addColumn("requested_at", "text", notNull)
    .addColumn("requested_by", "text", notNull)
    .addColumn("unit_id", "integer")
    .addColumn("payload_json", "text", notNull)
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text")
    .addColumn("decision_comment", "text")
    .execute();

  // Evidence files, kept in the database so that a backup or another instance needs nothing else.
  await db.schema
    .createTable("attachments")
    .addColumn("id", "integer", id(db))
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("sha256", "text", notNull)
    .addColumn("name", "text", notNull)
    .addColumn("media_type", "text", notNull)
    .addColumn("size", "integer", notNull)
    .addColumn("content", blob, notNull)
    .addColumn("uploaded_at", "text", notNull)
    .addColumn("actor", "text", notNull)
    .addColumn("unit_id", "integer")
    .execute();

  const indexes: readonly (readonly [string, string, readonly string[]])[] = [
    ["milestone_states_plan", "milestone_states", ["plan_id"]],
    ["milestone_events_milestone", "milestone_events", ["milestone_id", "effective_on"]],
    ["milestone_events_plan", "milestone_events", ["plan_id", "kind", "effective_on"]],
    ["milestone_requests_milestone", "milestone_requests", ["milestone_id"]],
    ["milestone_requests_pending", "milestone_requests", ["plan_id", "state"]],
    ["attachments_milestone", "attachments", ["milestone_id"]],
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
  for (const table of [
    "attachments",
    "milestone_requests",
    "milestone_events",
    "milestone_states",
    "plan_settings",
  ]) {
    await db.schema.dropTable(table).execute();
  }
};
