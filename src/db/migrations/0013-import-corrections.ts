import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * The corrections the office made in the import preview are kept with the
 * revision they went into (JSON, null when there were none), so that the
 * same file imported again gets them again.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("revisions").addColumn("corrections_json", "text").execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("revisions").dropColumn("corrections_json").execute();
};
