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
  // Where a unit's reminders go: e-mail addresses and robot webhooks.
  await db.schema
    .createTable("unit_contacts")
    .addColumn("id", "integer", id(db))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("label", "text", notNull)
    .addColumn("contact_json", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .execute();

  // Each reminder fired, once: the key is what makes a rerun or a restart send nothing twice.
  await db.schema
    .createTable("reminder_items")
    .addColumn("id", "integer", id(db))
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", notNull)
    .addColumn("fired_on", "text", notNull)
    .addColumn("item_json", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .execute();

  // One digest per unit per run: what is due for it, bundled.
  await db.schema
    .createTable("reminder_bundles")
    .addColumn("id", "integer", id(db))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("day", "text", notNull)
    .addColumn("item_ids_json", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .execute();

  // Each digest to each contact, with its attempts and result: the delivery log.
  await db.schema
    .createTable("reminder_deliveries")
    .addColumn("id", "integer", id(db))
    .addColumn("bundle_id", "integer", (c) =>
      c.notNull().references("reminder_bundles.id").onDelete("cascade"),
    )
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("contact_json", "text", notNull)
    .addColumn("message_json", "text", notNull)
    .addColumn("state", "text", notNull)
    .addColumn("attempts", "integer", notNull)
    .addColumn("next_attempt_at", "text")
    .addColumn("last_result", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", notNull)
    .execute();

  // Who may do a job that only one instance may do (sending reminders), until when.
  await db.schema
    .createTable("leases")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", notNull)
    .addColumn("expires_at", "text", notNull)
    .execute();

  const indexes: readonly (readonly [string, string, readonly string[]])[] = [
    ["unit_contacts_unit", "unit_contacts", ["unit_id"]],
    ["reminder_items_milestone", "reminder_items", ["milestone_id", "fired_on"]],
    ["reminder_bundles_unit", "reminder_bundles", ["unit_id", "day"]],
    ["reminder_deliveries_due", "reminder_deliveries", ["state", "next_attempt_at"]],
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
    "leases",
    "reminder_deliveries",
    "reminder_bundles",
    "reminder_items",
    "unit_contacts",
  ]) {
    await db.schema.dropTable(table).execute();
  }
};
