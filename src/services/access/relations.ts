import type { Database } from "../../db/database.js";
import { namedRolesOn, taskStandingOf, tasksLedAmong } from "../../db/queries/access.js";
import type { ContentRelation, MilestoneRelation } from "../../policies/permissions.js";
import type { ViewerScope } from "./viewer-scope.js";

/** A milestone as its relation needs it: the version read (current, or the one a revision removed) and its task. */
export interface MilestoneRef {
  readonly versionId: number;
  readonly taskId: number;
}

/**
 * How each milestone stands to the viewer's units, by version id: the
 * relation the policies decide on. Leading the milestone comes first;
 * leading only its task is `task_lead` (see relationOf); "none" for the
 * office, which stands in no unit's place. Two queries for any number of
 * milestones.
 */
export const milestoneRelations = async (
  db: Database,
  scope: ViewerScope,
  milestones: readonly MilestoneRef[],
): Promise<Map<number, MilestoneRelation>> => {
  const relations = new Map<number, MilestoneRelation>();
  if (scope.all) {
    for (const m of milestones) relations.set(m.versionId, "none");
    return relations;
  }
  const named = await namedRolesOn(
    db.kysely,
    scope.unitIds,
    milestones.map((m) => m.versionId),
  );
  const led = await tasksLedAmong(db.kysely, scope, [...new Set(milestones.map((m) => m.taskId))]);
  for (const m of milestones)
    relations.set(m.versionId, relationOf(named.get(m.versionId), led.has(m.taskId)));
  return relations;
};

/**
 * The rule itself, also where the task's lead shares the milestone: how the units are named on the milestone (if at all),
 * and whether they lead its task.
 */
export const relationOf = (
  named: "lead" | "named" | undefined,
  taskLed: boolean,
): MilestoneRelation =>
  named === "lead" ? "lead" : taskLed ? "task_lead" : named === "named" ? "cooperating" : "none";

/** One milestone's relation to the viewer. */
export const milestoneRelation = async (
  db: Database,
  scope: ViewerScope,
  milestone: MilestoneRef,
): Promise<MilestoneRelation> =>
  (await milestoneRelations(db, scope, [milestone])).get(milestone.versionId) ?? "none";

/**
 * How each task stands to the viewer's units: `lead` when one of them leads
 * the task, `cooperating` when it is named on one of its current
 * milestones, `none` otherwise and for the office.
 */
export const taskRelations = async (
  db: Database,
  scope: ViewerScope,
  taskIds: readonly number[],
): Promise<Map<number, ContentRelation>> => {
  const relations = new Map<number, ContentRelation>();
  if (scope.all) {
    for (const id of taskIds) relations.set(id, "none");
    return relations;
  }
  const { led, named } = await taskStandingOf(db.kysely, scope, taskIds);
  for (const id of taskIds)
    relations.set(id, led.has(id) ? "lead" : named.has(id) ? "cooperating" : "none");
  return relations;
};
