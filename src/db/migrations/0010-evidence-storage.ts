import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * Evidence is uploaded on its own (multipart) before the report that cites
 * it: `claimed` marks the files a report or completion took (every file
 * stored before this migration was), and `user_id` whose hourly upload
 * allowance a file counts against. The indexes serve the per-unit quota and
 * the per-user rate, summed on every upload.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema.alterTable("attachments").addColumn("user_id", "integer").execute();
  await db.schema
    .alterTable("attachments")
    .addColumn("claimed", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("attachments_unit").on("attachments").column("unit_id").execute();
  await db.schema
    .createIndex("attachments_user_time")
    .on("attachments")
    .columns(["user_id", "uploaded_at"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropIndex("attachments_user_time").execute();
  await db.schema.dropIndex("attachments_unit").execute();
  await db.schema.alterTable("attachments").dropColumn("claimed").execute();
  await db.schema.alterTable("attachments").dropColumn("user_id").execute();
};
