import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import type { UnitRows } from "./plan-content.js";

/**
 * What a set of units leads in a plan's current revision, found in SQL so
 * that a slice reads only its own rows: the tasks whose task-level lead is
 * one of them, and the milestones (of other tasks) they lead.
 */
export const ledByUnits = async (
  db: Kysely<Schema>,
  planId: number,
  unitIds: readonly number[],
): Promise<UnitRows> => {
  const tasks = await db
    .selectFrom("task_versions as tv")
    .innerJoin("task_units as tu", "tu.task_version_id", "tv.id")
    .select("tv.task_id")
    .distinct()
    .where("tv.plan_id", "=", planId)
    .where("tv.valid_to", "is", null)
    .where("tu.role", "=", "lead")
    .where("tu.unit_id", "in", unitIds)
    .execute();
  const milestones = await db
    .selectFrom("milestone_versions as mv")
    .innerJoin("milestone_units as mu", "mu.milestone_version_id", "mv.id")
    .select("mv.milestone_id")
    .distinct()
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_to", "is", null)
    .where("mu.role", "=", "lead")
    .where("mu.unit_id", "in", unitIds)
    .execute();
  return {
    fullTaskIds: tasks.map((t) => t.task_id),
    milestoneIds: milestones.map((m) => m.milestone_id),
  };
};
