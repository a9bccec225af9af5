import { sql, type Kysely } from "kysely";
import type { Schema } from "../schema.js";
import { bumpCacheVersion } from "./cache-versions.js";

/**
 * What has been done on a plan, per kind of record: anything here makes
 * the plan's deletion lose work, so it can only be archived.
 */
export interface PlanWork {
  /** The workflow's ledger: acknowledgements, reports, completions, extensions, focus, notices. */
  readonly ledgerEntries: number;
  readonly requests: number;
  readonly attachments: number;
  readonly instructions: number;
  readonly notices: number;
  readonly distributions: number;
  readonly focusedTasks: number;
  readonly reminders: number;
  /** Targets the office confirmed, edited, dismissed or added: an import's untouched proposals are content. */
  readonly targets: number;
  readonly targetActuals: number;
  /** Milestones carried into next year's plan (结转), whose links lead back here. */
  readonly carriedForward: number;
  /** Sub-plans (子计划) its milestones were split into: the lead units' work, and plans of their own. */
  readonly subPlans: number;
}

const n = sql<number>`count(*)`.as("n");

/** The tables whose rows name their plan; every row of them is work done on it. */
type PlanWorkTable =
  | "milestone_events"
  | "milestone_requests"
  | "instructions"
  | "notices"
  | "distributions"
  | "reminder_items"
  | "target_actuals";

export const countPlanWork = async (db: Kysely<Schema>, planId: number): Promise<PlanWork> => {
  const count = async (
    query: Promise<{ readonly n: number | string | bigint } | undefined>,
  ): Promise<number> => Number((await query)?.n ?? 0);
  const rowsOf = (table: PlanWorkTable) =>
    count(db.selectFrom(table).select(n).where("plan_id", "=", planId).executeTakeFirst());
  return {
    ledgerEntries: await rowsOf("milestone_events"),
    requests: await rowsOf("milestone_requests"),
    attachments: await count(
      db
        .selectFrom("attachments as a")
        .innerJoin("milestones as m", "m.id", "a.milestone_id")
        .select(n)
        .where("m.plan_id", "=", planId)
        .executeTakeFirst(),
    ),
    instructions: await rowsOf("instructions"),
    notices: await rowsOf("notices"),
    distributions: await rowsOf("distributions"),
    focusedTasks: await count(
      db
        .selectFrom("task_focus as f")
        .innerJoin("tasks as t", "t.id", "f.task_id")
        .select(n)
        .where("t.plan_id", "=", planId)
        .executeTakeFirst(),
    ),
    reminders: await rowsOf("reminder_items"),
    targets: await count(
      db
        .selectFrom("targets")
        .select(n)
        .where("plan_id", "=", planId)
        .where("changed_at", "is not", null)
        .executeTakeFirst(),
    ),
    targetActuals: await rowsOf("target_actuals"),
    carriedForward: await count(
      db
        .selectFrom("milestone_carry_overs")
        .select(n)
        .where("from_plan_id", "=", planId)
        .executeTakeFirst(),
    ),
    subPlans: await count(
      db
        .selectFrom("plans as sub")
        .innerJoin("milestones as m", "m.id", "sub.parent_milestone_id")
        .select(n)
        .where("m.plan_id", "=", planId)
        .executeTakeFirst(),
    ),
  };
};

/**
 * Removes a plan with no work on it and everything its imports stored:
 * content, its targets, revisions, settings, calendar feeds, and the source files no
 * other plan's revision keeps. Children first, for both databases' keys.
 */
export const deletePlanRows = async (db: Kysely<Schema>, planId: number): Promise<void> => {
  const files = (
    await db
      .selectFrom("revisions")
      .select("source_file_id")
      .where("plan_id", "=", planId)
      .execute()
  ).map((row) => row.source_file_id);
  for (const table of [
    "milestone_carry_overs",
    "target_actuals",
    "targets",
    "calendar_feeds",
    "plan_settings",
    "milestone_states",
    "imported_progress",
    "search_entries",
  ] as const) {
    await db.deleteFrom(table).where("plan_id", "=", planId).execute();
  }
  await bumpCacheVersion(db, "plan_settings");
  await db
    .deleteFrom("milestone_units")
    .where("milestone_version_id", "in", (eb) =>
      eb.selectFrom("milestone_versions").select("id").where("plan_id", "=", planId),
    )
    .execute();
  await db.deleteFrom("milestone_versions").where("plan_id", "=", planId).execute();
  await db.deleteFrom("milestones").where("plan_id", "=", planId).execute();
  await db
    .deleteFrom("task_units")
    .where("task_version_id", "in", (eb) =>
      eb.selectFrom("task_versions").select("id").where("plan_id", "=", planId),
    )
    .execute();
  await db.deleteFrom("task_versions").where("plan_id", "=", planId).execute();
  await db.deleteFrom("tasks").where("plan_id", "=", planId).execute();
  await db.deleteFrom("revisions").where("plan_id", "=", planId).execute();
  await db.deleteFrom("plans").where("id", "=", planId).execute();
  if (files.length > 0) {
    await db
      .deleteFrom("source_files")
      .where("id", "in", files)
      .where("id", "not in", (eb) => eb.selectFrom("revisions").select("source_file_id"))
      .execute();
  }
};
