import type { Milestone, Plan, Task } from "../../src/domain/plan.js";

/** The plan with one task replaced by what `edit` makes of it (found by 序号). */
export const editTask = (plan: Plan, no: number, edit: (task: Task) => Task | null): Plan => ({
  ...plan,
  tasks: plan.tasks.flatMap((task) => {
    if (task.no !== no) return [task];
    const edited = edit(task);
    return edited ? [edited] : [];
  }),
});

export const editMilestones = (
  plan: Plan,
  no: number,
  edit: (milestones: readonly Milestone[]) => Milestone[],
): Plan => editTask(plan, no, (task) => ({ ...task, milestones: edit(task.milestones) }));
