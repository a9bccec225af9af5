import type { Database } from "../db/database.js";
import { appendAudit } from "../db/queries/audit.js";
import type { MilestoneState } from "../db/queries/milestone-states.js";
import { deleteTaskFocus, insertTaskFocus, readTaskFocus } from "../db/queries/task-focus.js";
import { writeTransaction } from "../db/write-transaction.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { loadTaskContext } from "./task-context.js";
import type { StepTime } from "./workflow/clock.js";
import { loadMilestoneContext } from "./workflow/milestone-context.js";
import { writeStep } from "./workflow/write-step.js";
import { refuseIfArchived } from "./archived-plan.js";

/** Whether a task is marked for focus (重点关注), since when and by whom. */
export interface TaskFocusView {
  readonly taskId: number;
  readonly focus: boolean;
  readonly setAt: string | null;
  readonly setBy: string | null;
}

/**
 * The office marks a milestone for focus, or clears the mark: a workflow
 * step like the others, guarded by the milestone's version (409 when
 * stale) and recorded in its ledger. Asking for what already holds
 * changes nothing, whatever version is named.
 */
export const setMilestoneFocus = async (
  db: Database,
  actor: Actor,
  input: { readonly milestoneId: number; readonly version: number; readonly focus: boolean },
  time: StepTime,
): Promise<MilestoneState> => {
  authorize(actor, { action: "focus.set" });
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  if (context.state.focus === input.focus) return context.state;
  const { state } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    () => Promise.resolve(),
    () => ({
      entries: [
        input.focus
          ? ["focus.set", { kind: "focus_set", on: time.today }]
          : ["focus.cleared", { kind: "focus_cleared", on: time.today }],
      ],
      next: { ...context.state, focus: input.focus },
    }),
  );
  return state;
};

const taskFocusOf = async (db: Database, taskId: number): Promise<TaskFocusView> => {
  const found = (await readTaskFocus(db.kysely, [taskId])).get(taskId);
  return {
    taskId,
    focus: found !== undefined,
    setAt: found?.setAt ?? null,
    setBy: found?.setBy ?? null,
  };
};

/** A task's focus, for whoever may see the task. */
export const getTaskFocus = async (
  db: Database,
  actor: Actor,
  taskId: number,
): Promise<TaskFocusView> => {
  await loadTaskContext(db, actor, taskId);
  return taskFocusOf(db, taskId);
};

/**
 * The office marks a task for focus, or clears the mark. It states the
 * outcome wanted, so it needs no version: setting a set mark (or clearing
 * a clear one) changes nothing and writes nothing.
 */
export const setTaskFocus = async (
  db: Database,
  actor: Actor,
  input: { readonly taskId: number; readonly focus: boolean },
  time: StepTime,
): Promise<TaskFocusView> => {
  authorize(actor, { action: "focus.set" });
  const task = await loadTaskContext(db, actor, input.taskId);
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, task.row.planId);
    const changed = input.focus
      ? await insertTaskFocus(trx, { taskId: input.taskId, setAt: stamp, setBy: who.name })
      : await deleteTaskFocus(trx, input.taskId);
    if (!changed) return;
    await appendAudit(
      trx,
      who,
      {
        action: input.focus ? "focus.set" : "focus.cleared",
        objectType: "task",
        objectId: input.taskId,
        after: { focus: input.focus },
      },
      stamp,
    );
  });
  return taskFocusOf(db, input.taskId);
};
