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
  // The office's notice numbers, one counter per year: an upsert on the year's row
  // allocates the next number under that row's lock, so parallel issues never share one.
  await db.schema
    .createTable("notice_sequences")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("last_number", "integer", notNull)
    .execute();

  // Supervision notices (督办通知单). Everything the document shows is frozen at issue in
  // facts_json, so that it downloads identical later whatever the plan or settings became.
  // Unit and user ids carry no foreign key, as in the ledger: the record outlives them.
  await db.schema
    .createTable("notices")
    .addColumn("id", "integer", id(db))
    .addColumn("milestone_id", "integer", (c) =>
      c.notNull().references("milestones.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("year", "integer", notNull)
    .addColumn("number", "integer", notNull)
    .addColumn("number_text", "text", notNull)
    .addColumn("office", "text", notNull)
    .addColumn("recipient_unit_id", "integer")
    .addColumn("recipient_unit", "text", notNull)
    .addColumn("issued_by", "text", notNull)
    .addColumn("issued_by_user_id", "integer")
    .addColumn("issued_at", "text", notNull)
    .addColumn("issued_on", "text", notNull)
    .addColumn("reply_due", "text", notNull)
    .addColumn("days_overdue", "integer", notNull)
    .addColumn("facts_json", "text", notNull)
    .addUniqueConstraint("notices_year_number", ["year", "number"])
    .execute();
  await db.schema.createIndex("notices_milestone").on("notices").column("milestone_id").execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("notices").execute();
  await db.schema.dropTable("notice_sequences").execute();
};
