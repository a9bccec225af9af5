import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * Cascading decomposition (任务再分解, issue 17). A unit may stand under
 * another (`units.parent_unit_id`): a bureau's sections (科室), a city's
 * counties, a county's towns. A plan may be a sub-plan (子计划) of one
 * milestone of another plan (`plans.parent_milestone_id`, at most one per
 * milestone); its owner is that milestone's lead unit, recorded in
 * `plans.owner_unit_id` at each save. A milestone with a sub-plan cannot
 * go while the sub-plan is there.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .alterTable("units")
    .addColumn("parent_unit_id", "integer", (c) => c.references("units.id"))
    .execute();
  await db.schema
    .createIndex("units_parent_unit_id")
    .on("units")
    .column("parent_unit_id")
    .execute();
  await db.schema
    .alterTable("plans")
    .addColumn("parent_milestone_id", "integer", (c) => c.references("milestones.id"))
    .execute();
  await db.schema
    .createIndex("plans_parent_milestone_id")
    .on("plans")
    .column("parent_milestone_id")
    .unique()
    .execute();
};
