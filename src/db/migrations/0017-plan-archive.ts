import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * A plan an administrator archived (a wrong import that work was already
 * done on): kept and exportable, but read-only, out of reminders and out of
 * the plan picker. Null while the plan is in use.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("plans").addColumn("archived_at", "text").execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("plans").dropColumn("archived_at").execute();
};
