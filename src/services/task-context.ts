import type { Database } from "../db/database.js";
import { milestoneVersionIdsOf, tasksLedBy } from "../db/queries/milestone-scope.js";
import { findTaskRows, type TaskRow } from "../db/queries/task-rows.js";
import { message } from "../domain/message.js";
import type { Actor } from "../policies/actor.js";
import type { ContentRelation } from "../policies/permissions.js";
import { authorize } from "./authorize.js";
import { DubanError } from "./duban-error.js";
import { viewerScope } from "./viewer-scope.js";

/** A task as an action on it needs it: the current row and how it stands to the actor. */
export interface TaskContext {
  readonly row: TaskRow;
  /**
   * `lead` when the actor's unit leads the task, `cooperating` when it is
   * named on one of its milestones, `none` otherwise and for the office.
   */
  readonly relation: ContentRelation;
}

export const taskNotFound = (id: number): DubanError =>
  new DubanError("task.not_found", message(`没有编号为 ${id} 的任务`, `There is no task ${id}`));

/**
 * Loads a task the actor may see (the rule of `getTask`: a unit sees the
 * tasks it leads and those it has milestones in); one it may not see does
 * not exist for it.
 */
export const loadTaskContext = async (
  db: Database,
  actor: Actor,
  taskId: number,
): Promise<TaskContext> => {
  const [row] = await findTaskRows(db.kysely, { taskIds: [taskId] });
  if (!row) throw taskNotFound(taskId);
  const scope = await viewerScope(db, actor);
  let relation: ContentRelation = "none";
  if (!scope.all) {
    if ((await tasksLedBy(db.kysely, scope.unitIds, [taskId])).size > 0) relation = "lead";
    else {
      const named = await milestoneVersionIdsOf(db.kysely, {
        unitIds: scope.unitIds,
        planId: row.planId,
        withLedTasks: false,
      });
      if (named.some((m) => m.taskId === taskId)) relation = "cooperating";
    }
  }
  authorize(actor, { action: "task.read", relation }, () => taskNotFound(taskId));
  return { row, relation };
};
