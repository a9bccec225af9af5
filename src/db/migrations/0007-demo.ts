import { sql, type Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

export const up = async (db: AnyDb): Promise<void> => {
  // The demo (a played half-year on the reference plan), when this database holds it: one row at
  // most. Its data is dated in the demo's year, so the server runs its clock shifted by
  // seeded_demo_time − seeded_at: the moment of seeding is the demo's moment, at every start.
  await db.schema
    .createTable("demo")
    .addColumn("id", "integer", (c) => c.primaryKey().check(sql`id = 1`))
    // The demo's day when it was seeded ("2022-06-30").
    .addColumn("as_of", "text", (c) => c.notNull())
    // The server's clock when seeding began, and the demo's time it stands for.
    .addColumn("seeded_at", "text", (c) => c.notNull())
    .addColumn("seeded_demo_time", "text", (c) => c.notNull())
    // The demo accounts created (username, unit, role): what the health answer lists.
    .addColumn("accounts_json", "text", (c) => c.notNull())
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("demo").execute();
};
