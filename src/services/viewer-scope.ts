import type { Database } from "../db/database.js";
import type { MilestoneUnitRow } from "../db/queries/milestone-rows.js";
import { unitAndGroupIds } from "../db/queries/units.js";
import type { Actor } from "../policies/actor.js";
import { actorMay, type MilestoneRelation } from "../policies/permissions.js";

/**
 * What plan content an actor may see: everything (the supervision office,
 * administrators, the shell), or what the units stand for: the actor's own
 * unit and the groups it belongs to.
 */
export type ViewerScope =
  { readonly all: true } | { readonly all: false; readonly unitIds: readonly number[] };

export const viewerScope = async (db: Database, actor: Actor): Promise<ViewerScope> =>
  actorMay(actor, { action: "plan.read_all" }) || actor.kind === "shell"
    ? { all: true }
    : { all: false, unitIds: await unitAndGroupIds(db.kysely, actor.unitId) };

/**
 * How a milestone stands to the viewer's units: the relation the policies
 * decide on. Leading the milestone comes first; leading only its task is
 * `task_lead`, also where the task's lead shares the milestone.
 */
export const milestoneRelation = (
  scope: ViewerScope,
  units: readonly MilestoneUnitRow[],
  taskLedByViewer: boolean,
): MilestoneRelation => {
  if (scope.all) return "none";
  const mine = new Set(scope.unitIds);
  if (units.some((u) => u.role === "lead" && mine.has(u.unitId))) return "lead";
  if (taskLedByViewer) return "task_lead";
  return units.some((u) => mine.has(u.unitId)) ? "cooperating" : "none";
};
