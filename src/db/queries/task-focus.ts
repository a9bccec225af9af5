import type { Kysely } from "kysely";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";

/** A task marked for focus (重点关注): since when, by whom. */
export interface TaskFocus {
  readonly taskId: number;
  readonly setAt: string;
  readonly setBy: string;
}

export const readTaskFocus = async (
  db: Kysely<Schema>,
  taskIds: readonly number[],
): Promise<Map<number, TaskFocus>> => {
  const found = new Map<number, TaskFocus>();
  for (const chunk of chunksFor(taskIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom("task_focus")
      .selectAll()
      .where("task_id", "in", chunk)
      .execute();
    for (const row of rows) {
      found.set(row.task_id, { taskId: row.task_id, setAt: row.set_at, setBy: row.set_by });
    }
  }
  return found;
};

/** Marks a task; false when it was marked already (the first mark stands). */
export const insertTaskFocus = async (db: Kysely<Schema>, focus: TaskFocus): Promise<boolean> => {
  const inserted = await db
    .insertInto("task_focus")
    .values({ task_id: focus.taskId, set_at: focus.setAt, set_by: focus.setBy })
    .onConflict((oc) => oc.column("task_id").doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
};

/** Clears a task's mark; false when it had none. */
export const deleteTaskFocus = async (db: Kysely<Schema>, taskId: number): Promise<boolean> => {
  const deleted = await db
    .deleteFrom("task_focus")
    .where("task_id", "=", taskId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
};
