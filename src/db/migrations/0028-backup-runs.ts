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
 * Backup runs: the server's nightly ones and `duban backup`'s, each written
 * once it has finished (so a backup never holds its own record), with the
 * verification that followed. `day` is the office's day a scheduled run
 * counts for: the scheduler takes one a day.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("backup_runs")
    .addColumn("id", "integer", (c) =>
      isPostgres(db)
        ? c.primaryKey().generatedByDefaultAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    .addColumn("trigger", "text", notNull)
    .addColumn("day", "text", notNull)
    .addColumn("host", "text", notNull)
    .addColumn("started_at", "text", notNull)
    .addColumn("finished_at", "text", notNull)
    .addColumn("file", "text", notNull)
    .addColumn("bytes", "bigint")
    .addColumn("outcome", "text", notNull)
    .addColumn("error", "text")
    .addColumn("verify_outcome", "text")
    .addColumn("verify_error", "text")
    .addColumn("verified_at", "text")
    .addColumn("verify_plans", "integer")
    .addColumn("verify_milestones", "integer")
    .addColumn("verify_reports", "integer")
    .execute();
  await db.schema
    .createIndex("backup_runs_trigger_day")
    .on("backup_runs")
    .columns(["trigger", "day"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("backup_runs").execute();
};
