import type { InitialProgress, Plan } from "./plan.js";

/**
 * Initial progress (a quarterly table's 进展情况) is what one file said
 * about the work, not the plan: revisions compare plans without it, and an
 * import that states other progress is told apart by `sameInitialProgress`.
 */

/** The plan with every milestone's initial progress left out. */
export const withoutInitialProgress = (plan: Plan): Plan => ({
  ...plan,
  tasks: plan.tasks.map((task) => ({
    ...task,
    milestones: task.milestones.map((milestone) => ({ ...milestone, initialProgress: [] })),
  })),
});

const progressOf = (plan: Plan): (readonly InitialProgress[])[] =>
  plan.tasks.flatMap((task) => task.milestones.map((milestone) => milestone.initialProgress));

const sameEntries = (a: readonly InitialProgress[], b: readonly InitialProgress[]): boolean =>
  a.length === b.length &&
  a.every((entry, i) => entry.header === b[i]?.header && entry.text === b[i].text);

/** Whether the plan's document stated any progress at all. */
export const statesProgress = (plan: Plan): boolean =>
  plan.tasks.some((task) => task.milestones.some((m) => m.initialProgress.length > 0));

/**
 * Whether two plans with the same milestones in the same order state the
 * same progress for each of them.
 */
export const sameInitialProgress = (a: Plan, b: Plan): boolean => {
  const [before, after] = [progressOf(a), progressOf(b)];
  return (
    before.length === after.length &&
    before.every((entries, i) => sameEntries(entries, after[i] ?? []))
  );
};
