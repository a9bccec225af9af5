import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * One counter per cached kind of data (the working-day calendar, plans'
 * settings), raised in the transaction that changes it: an instance keeping
 * the data in memory reads this one small row and reloads when it moved, so
 * that a change made through another instance reaches it.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createTable("cache_versions")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .insertInto("cache_versions")
    .values([
      { name: "work_calendar", version: 0 },
      { name: "plan_settings", version: 0 },
    ])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("cache_versions").execute();
};
