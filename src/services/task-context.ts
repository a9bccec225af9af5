import type { Database } from "../db/database.js";
import { findTaskRows, type TaskRow } from "../db/queries/task-rows.js";
import { message } from "../domain/message.js";
import type { Actor } from "../policies/actor.js";
import type { ContentRelation } from "../policies/permissions.js";
import { authorize } from "./authorize.js";
import { DubanError } from "./duban-error.js";
import { taskRelations } from "./access/relations.js";
import { viewerScope } from "./access/viewer-scope.js";

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
  const relation =
    (await taskRelations(db, await viewerScope(db, actor), [taskId])).get(taskId) ?? "none";
  authorize(actor, { action: "task.read", relation }, () => taskNotFound(taskId));
  return { row, relation };
};
