import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import { tasksLedBy } from "./access.js";

export type UnitRole = "lead" | "cooperating";

export interface ScopedMilestone {
  readonly versionId: number;
  readonly milestoneId: number;
  readonly taskId: number;
  readonly planId: number;
}

/**
 * Current milestone versions that some units are responsible for: named on
 * the milestone (as lead, or in any other role for "cooperating"), or, with
 * `withLedTasks`, standing in a task whose task-level lead they are. Two
 * indexed lookups instead of one query with OR, which neither database
 * plans well over a large plan.
 */
export const milestoneVersionIdsOf = async (
  db: Kysely<Schema>,
  input: {
    readonly unitIds: readonly number[];
    readonly planId?: number;
    readonly role?: UnitRole;
    readonly withLedTasks: boolean;
  },
): Promise<ScopedMilestone[]> => {
  if (input.unitIds.length === 0) return [];
  const named = await db
    .selectFrom("milestone_units as mu")
    .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
    .select(["mv.id", "mv.milestone_id", "mv.task_id", "mv.plan_id"])
    .where("mu.unit_id", "in", input.unitIds)
    .where("mv.valid_to", "is", null)
    .$if(input.planId !== undefined, (q) => q.where("mv.plan_id", "=", input.planId ?? -1))
    .$if(input.role === "lead", (q) => q.where("mu.role", "=", "lead"))
    .$if(input.role === "cooperating", (q) => q.where("mu.role", "!=", "lead"))
    .execute();
  const found = new Map(named.map((row) => [row.id, row]));
  if (input.withLedTasks) {
    const inLedTasks = await db
      .selectFrom("milestone_versions as mv")
      .select(["mv.id", "mv.milestone_id", "mv.task_id", "mv.plan_id"])
      .where("mv.task_id", "in", tasksLedBy(db, input.unitIds))
      .where("mv.valid_to", "is", null)
      .$if(input.planId !== undefined, (q) => q.where("mv.plan_id", "=", input.planId ?? -1))
      .execute();
    for (const row of inLedTasks) found.set(row.id, row);
  }
  return [...found.values()].map((row) => ({
    versionId: row.id,
    milestoneId: row.milestone_id,
    taskId: row.task_id,
    planId: row.plan_id,
  }));
};
