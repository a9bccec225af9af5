import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * What the readers of other shapes find, kept whole:
 * - people named for a whole task (责任领导, 牵头市领导), as milestones keep theirs;
 * - units under other named roles at task level (数据提供单位): task_units rows
 *   with role "other" and the role's name, as milestone_units has them;
 * - the progress a document stated for each milestone (进展情况 in a quarterly
 *   table). It is not plan content: it belongs to the file of one revision,
 *   so it is kept per revision and never versions the milestone.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .alterTable("task_versions")
    .addColumn("persons_json", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.alterTable("task_units").addColumn("role_label", "text").execute();
  await db.schema
    .createTable("imported_progress")
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("milestone_id", "integer", (c) => c.notNull().references("milestones.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("header", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("imported_progress_pk", ["milestone_id", "revision", "position"])
    .execute();
  await db.schema
    .createIndex("imported_progress_plan")
    .on("imported_progress")
    .columns(["plan_id", "revision"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropTable("imported_progress").execute();
  await db.schema.alterTable("task_units").dropColumn("role_label").execute();
  await db.schema.alterTable("task_versions").dropColumn("persons_json").execute();
};
