import type { Plan } from "./plan.js";

/**
 * The plan without where each task and milestone was read (`source`): that
 * places what an import reports and is no part of the plan's content, so
 * the same table read from another file, or back from storage, is the same plan.
 */
export const withoutSources = (plan: Plan): Plan => ({
  ...plan,
  tasks: plan.tasks.map((task) => ({
    ...task,
    source: undefined,
    milestones: task.milestones.map((milestone) => ({ ...milestone, source: undefined })),
  })),
});
