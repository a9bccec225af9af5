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
 * Quantitative targets (量化指标) and the actuals units report against them.
 * Values are decimal text ("2.7", "2300"): both databases give back exactly
 * what was written, where a float column would not promise "2.7" on both.
 * A target names its task, and its milestone unless it is the task's own
 * words (milestone_id null). An extracted target keeps the span of the text
 * it was read from; one a supervisor added has none. `changed_at` is null
 * while nobody has touched a proposal: a revision may drop it then.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("targets")
    .addColumn("id", "integer", id(db))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("milestone_id", "integer", (c) => c.references("milestones.id").onDelete("cascade"))
    .addColumn("subject", "text", notNull)
    .addColumn("comparison", "text", (c) =>
      c.notNull().check(sql`comparison in ('at_least', 'more_than', 'reach', 'at_most', 'range')`),
    )
    .addColumn("value", "text")
    .addColumn("low", "text")
    .addColumn("high", "text")
    .addColumn("unit_of_measure", "text", notNull)
    .addColumn("span_start", "integer")
    .addColumn("span_end", "integer")
    .addColumn("span_text", "text")
    .addColumn("origin", "text", (c) => c.notNull().check(sql`origin in ('extracted', 'added')`))
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state in ('proposed', 'confirmed', 'dismissed')`),
    )
    .addColumn("baseline", "text")
    .addColumn("created_at", "text", notNull)
    .addColumn("changed_by", "text")
    .addColumn("changed_at", "text")
    .addCheckConstraint(
      "targets_measure",
      sql`(comparison = 'range' and value is null and low is not null and high is not null)
        or (comparison <> 'range' and value is not null and low is null and high is null)`,
    )
    .addCheckConstraint(
      "targets_span",
      sql`(span_start is null and span_end is null and span_text is null)
        or (span_start is not null and span_end is not null and span_text is not null)`,
    )
    .addCheckConstraint("targets_extracted_span", sql`origin = 'added' or span_text is not null`)
    .execute();
  await db.schema
    .createIndex("targets_plan_task")
    .on("targets")
    .columns(["plan_id", "task_id", "milestone_id"])
    .execute();
  await db.schema.createIndex("targets_milestone").on("targets").column("milestone_id").execute();

  // Unit and user ids carry no foreign key, as in the ledger: the record outlives them.
  await db.schema
    .createTable("target_actuals")
    .addColumn("id", "integer", id(db))
    .addColumn("target_id", "integer", (c) =>
      c.notNull().references("targets.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("value", "text", notNull)
    .addColumn("as_of", "text", notNull)
    .addColumn("source", "text", notNull)
    .addColumn("unit_id", "integer")
    .addColumn("reported_by", "text", notNull)
    .addColumn("user_id", "integer")
    .addColumn("recorded_at", "text", notNull)
    .execute();
  await db.schema
    .createIndex("target_actuals_target")
    .on("target_actuals")
    .columns(["target_id", "as_of"])
    .execute();
  await db.schema
    .createIndex("target_actuals_plan")
    .on("target_actuals")
    .column("plan_id")
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("target_actuals").execute();
  await db.schema.dropTable("targets").execute();
};
