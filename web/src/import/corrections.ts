import type { PlanCorrection } from "./import-outcome.js";
import type { PlanMilestone, PlanTask, PreviewRow } from "./preview-rows.js";

export type TaskCorrection = Extract<PlanCorrection, { kind: "task" }>;
export type MilestoneCorrection = Extract<PlanCorrection, { kind: "milestone" }>;
export type Responsibility = NonNullable<MilestoneCorrection["responsibilities"]>[number];

/** How the server finds the task again: its 序号, the headings above it, its title as a check. */
export const taskTarget = (task: PlanTask): TaskCorrection["task"] => ({
  label: task.label,
  outline: task.outline.map((heading) => heading.label),
  title: task.title,
});

/** A milestone by its step number, or its place when it has none; its text as a check. */
export const milestoneTarget = (
  milestone: PlanMilestone,
  position: number,
): MilestoneCorrection["milestone"] => ({ seq: milestone.seq, position, text: milestone.text });

const sameTask = (a: TaskCorrection["task"], b: TaskCorrection["task"]): boolean =>
  a.label === b.label &&
  a.title === b.title &&
  a.outline.join("\u0000") === b.outline.join("\u0000");

const sameTarget = (a: PlanCorrection, b: PlanCorrection): boolean => {
  if (a.kind !== b.kind || !sameTask(a.task, b.task)) return false;
  if (a.kind === "task" || b.kind === "task") return true;
  return (
    a.milestone.seq === b.milestone.seq &&
    a.milestone.position === b.milestone.position &&
    a.milestone.text === b.milestone.text
  );
};

/** The list with these corrections in place of any earlier ones of the same targets. */
export const withCorrections = (
  list: readonly PlanCorrection[],
  next: readonly PlanCorrection[],
): PlanCorrection[] => [
  ...list.filter((kept) => !next.some((each) => sameTarget(kept, each))),
  ...next,
];

/** The corrections that concern a row: its task's, and its milestone's. */
export const correctionsOfRow = (
  list: readonly PlanCorrection[],
  row: PreviewRow,
): PlanCorrection[] => {
  const task = taskTarget(row.task);
  const milestone = milestoneTarget(row.milestone, row.milestoneIndex + 1);
  return list.filter((each) =>
    sameTarget(
      each,
      each.kind === "task" ? { kind: "task", task } : { kind: "milestone", task, milestone },
    ),
  );
};

/** Whether a correction gives the row's milestone its deadline. */
export const deadlineCorrected = (list: readonly PlanCorrection[], row: PreviewRow): boolean =>
  correctionsOfRow(list, row).some(
    (each) => each.kind === "milestone" && each.deadline !== undefined,
  );
