import { sql, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

export const up = async (db: AnyDb): Promise<void> => {
  // An administrator's changes to the shipped working-day calendar, one row a day:
  // 'holiday' and 'workday' replace the shipped entry of the day, 'normal' removes it
  // (the day follows the weekday rule: Saturday and Sunday off).
  await db.schema
    .createTable("calendar_days")
    .addColumn("day", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('holiday', 'workday', 'normal')`),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("calendar_days").execute();
};
