import type { Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

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
      .selectFrom("task_units as tu")
      .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
      .innerJoin("milestone_versions as mv", "mv.task_id", "tv.task_id")
      .select(["mv.id", "mv.milestone_id", "mv.task_id", "mv.plan_id"])
      .where("tu.unit_id", "in", input.unitIds)
      .where("tu.role", "=", "lead")
      .where("tv.valid_to", "is", null)
      .where("mv.valid_to", "is", null)
      .$if(input.planId !== undefined, (q) => q.where("tv.plan_id", "=", input.planId ?? -1))
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

/** Current task ids whose task-level lead is one of the units. */
export const tasksLedBy = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  taskIds?: readonly number[],
): Promise<Set<number>> => {
  if (unitIds.length === 0) return new Set();
  const rows = await collectChunks(
    taskIds === undefined ? [undefined] : chunksFor(taskIds, 1),
    (chunk) =>
      db
        .selectFrom("task_units as tu")
        .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
        .select("tv.task_id")
        .where("tu.unit_id", "in", unitIds)
        .where("tu.role", "=", "lead")
        .where("tv.valid_to", "is", null)
        .$if(chunk !== undefined, (q) => q.where("tv.task_id", "in", chunk ?? []))
        .execute(),
  );
  return new Set(rows.map((row) => row.task_id));
};
