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
  // 下发: the office sent a plan's revision to its units in one action.
  await db.schema
    .createTable("distributions")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("revision", "integer", notNull)
    .addColumn("issued_by", "text", notNull)
    .addColumn("issuer", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .execute();

  // Each unit a distribution went to: the file it was sent, and its 签收 once it signs.
  await db.schema
    .createTable("distribution_units")
    .addColumn("distribution_id", "integer", (c) =>
      c.notNull().references("distributions.id").onDelete("cascade"),
    )
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("file_name", "text", notNull)
    .addColumn("signed_at", "text")
    .addColumn("signed_by", "text")
    .addPrimaryKeyConstraint("distribution_units_pk", ["distribution_id", "unit_id"])
    .execute();

  // Each unit's part to each of its contacts: pending until the channel answered.
  await db.schema
    .createTable("distribution_deliveries")
    .addColumn("id", "integer", id(db))
    .addColumn("distribution_id", "integer", (c) =>
      c.notNull().references("distributions.id").onDelete("cascade"),
    )
    .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
    .addColumn("channel", "text", notNull)
    .addColumn("destination", "text", notNull)
    .addColumn("status", "text", notNull)
    .addColumn("error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", notNull)
    .execute();

  const indexes: readonly (readonly [string, string, readonly string[]])[] = [
    ["distributions_plan", "distributions", ["plan_id", "id"]],
    ["distribution_units_unit", "distribution_units", ["unit_id"]],
    ["distribution_deliveries_distribution", "distribution_deliveries", ["distribution_id"]],
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
  for (const table of ["distribution_deliveries", "distribution_units", "distributions"]) {
    await db.schema.dropTable(table).execute();
  }
};
