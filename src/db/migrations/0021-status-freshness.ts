import type { Kysely } from "kysely";

/*
 * Frozen: a migration imports no application code and is never edited once
 * released; a change to the schema is a new numbered file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations outlive the app's types
type AnyDb = Kysely<any>;

/**
 * Whether a plan's stored folds answer for a day (none folds an entry dated
 * after it) is asked before every status, count and list of today; without
 * this index it read all of a plan's folds: 5–9 ms at 50,000 milestones,
 * most of a unit's figures.
 */
export const up = async (db: AnyDb): Promise<void> => {
  await db.schema
    .createIndex("milestone_status_plan_effective")
    .on("milestone_status")
    .columns(["plan_id", "last_effective_on"])
    .execute();
};

export const down = async (db: AnyDb): Promise<void> => {
  await db.schema.dropIndex("milestone_status_plan_effective").execute();
};
