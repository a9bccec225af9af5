import { formatHeaderCounts, sliceTitle } from "./plan-title.js";
import { leadUnitsOf, type HeaderCounts, type Milestone, type Plan, type Task } from "./plan.js";

/**
 * Says whether a unit name written in the table stands for the unit being
 * sliced: the same name, an alias of it, or a group that includes it. The
 * default compares names; the unit directory supplies aliases and groups.
 */
export type UnitMatcher = (writtenName: string) => boolean;

export const sameName =
  (unit: string): UnitMatcher =>
  (name) =>
    name === unit;

const leadsTask = (task: Task, isUnit: UnitMatcher): boolean => task.leadUnits.some(isUnit);

const leadsMilestone = (milestone: Milestone, isUnit: UnitMatcher): boolean =>
  leadUnitsOf(milestone).some(isUnit);

/** What one unit leads: whole tasks, and single milestones of tasks led by others. */
export interface UnitSlice {
  readonly unit: string;
  /** The slice as a plan of its own, with the title and header line of a slice. */
  readonly plan: Plan;
  readonly headerCounts: HeaderCounts;
  /** 序号 of the tasks the unit leads ("牵头重点工作任务"). */
  readonly leadTaskNos: readonly (number | null)[];
  /** 序号 of the tasks it is in only through milestones it leads. */
  readonly milestoneOnlyTaskNos: readonly (number | null)[];
}

/** The tasks and milestones a unit leads, as in `sliceOf`, without the plan around them. */
export const sliceTasks = (
  tasks: readonly Task[],
  isUnit: UnitMatcher,
): Omit<UnitSlice, "unit" | "plan"> & { readonly tasks: Task[] } => {
  const sliced: Task[] = [];
  const leadTaskNos: (number | null)[] = [];
  const milestoneOnlyTaskNos: (number | null)[] = [];
  let leadMilestones = 0;
  for (const task of tasks) {
    if (leadsTask(task, isUnit)) {
      sliced.push(task);
      leadTaskNos.push(task.no);
      continue;
    }
    const milestones = task.milestones.filter((m) => leadsMilestone(m, isUnit));
    if (milestones.length === 0) continue;
    sliced.push({ ...task, milestones });
    milestoneOnlyTaskNos.push(task.no);
    leadMilestones += milestones.length;
  }
  return {
    tasks: sliced,
    leadTaskNos,
    milestoneOnlyTaskNos,
    headerCounts: { leadTasks: leadTaskNos.length, leadMilestones },
  };
};

/**
 * The slice of a unit (DESIGN.md "Slices"): every task whose task-level lead
 * it is, with all milestones, and from tasks led by others the milestones it
 * leads. Task order is the table's.
 */
export const sliceOf = (
  plan: Plan,
  unit: string,
  isUnit: UnitMatcher = sameName(unit),
): UnitSlice => {
  const { tasks, headerCounts, leadTaskNos, milestoneOnlyTaskNos } = sliceTasks(plan.tasks, isUnit);
  return {
    unit,
    headerCounts,
    leadTaskNos,
    milestoneOnlyTaskNos,
    plan: {
      ...plan,
      title: sliceTitle(plan.title, unit),
      subtitle: formatHeaderCounts(headerCounts),
      ownerUnit: unit,
      headerCounts,
      tasks,
    },
  };
};
