import { deadlineText, dueDateOf, type Deadline, type Recurrence } from "../domain/deadline.js";
import type { SourceLocation } from "../domain/diagnostic.js";
import {
  cooperatingUnitsOf,
  leadUnitsOf,
  milestoneCount,
  unitsOf,
  type Milestone,
  type OutlineHeading,
  type Plan,
  type InitialProgress,
  type Responsibility,
  type ResponsiblePerson,
  type Task,
} from "../domain/plan.js";
import { sliceOf } from "../domain/slice.js";

/**
 * Duban's interchange format for a plan: what `duban parse --json` prints
 * and what scripts may rely on. Fields are only ever added; docs/PLAN-JSON.md
 * describes each.
 */
export interface PlanJson {
  readonly format: "duban.plan";
  readonly formatVersion: 1;
  readonly title: string;
  readonly subtitle: string | null;
  readonly year: number;
  readonly issuer: string | null;
  readonly kind: "master" | "slice";
  readonly ownerUnit: string | null;
  readonly headerCounts: { readonly leadTasks: number; readonly leadMilestones: number } | null;
  readonly columns: readonly string[];
  readonly taskCount: number;
  readonly milestoneCount: number;
  readonly leadTaskNos: readonly (number | null)[];
  readonly milestoneOnlyTaskNos: readonly (number | null)[];
  readonly tasks: readonly TaskJson[];
}

export interface TaskJson {
  readonly no: number | null;
  readonly label: string;
  readonly title: string;
  readonly leadUnit: string | null;
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  /** Units under other roles, by the role's name as written (数据提供单位 → units). */
  readonly otherRoles: Readonly<Record<string, readonly string[]>>;
  readonly persons: readonly ResponsiblePerson[];
  readonly outline: readonly OutlineHeading[];
  /** The heading the task sits under (the last of `outline`); null at the top. */
  readonly parent: OutlineHeading | null;
  readonly remarks: Readonly<Record<string, string>>;
  readonly milestones: readonly MilestoneJson[];
  /** Where the reader found the task; absent for a plan read back from storage. */
  readonly source?: SourceLocation;
}

/** How often a recurring deadline comes back, in the words integrations expect. */
export type RecurringJson = "monthly" | "quarterly" | "half-yearly" | "yearly";

export interface MilestoneJson {
  readonly seq: number | null;
  readonly text: string;
  readonly units: readonly string[];
  readonly leadUnit: string | null;
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  readonly responsibilities: readonly Responsibility[];
  readonly persons: readonly ResponsiblePerson[];
  /** The fixed due day, YYYY-MM-DD; null for recurring, ongoing and absent deadlines. */
  readonly due: string | null;
  /** The deadline as written; "" when the document gives none. */
  readonly deadlineText: string;
  /** Set for a recurring deadline (每季度末): how often it comes back. */
  readonly recurring: RecurringJson | null;
  readonly deadline: Deadline;
  readonly remarks: Readonly<Record<string, string>>;
  /** What a progress column said when the plan was read (not plan content). */
  readonly initialProgress: readonly InitialProgress[];
  /** Where the reader found the milestone; absent for a plan read back from storage. */
  readonly source?: SourceLocation;
}

const RECURRING: Readonly<Record<Recurrence, RecurringJson>> = {
  month: "monthly",
  quarter: "quarterly",
  half_year: "half-yearly",
  year: "yearly",
};

/** `source` only when the plan knows it, so that a stored plan prints as before. */
const sourceOf = (read: Task | Milestone): { source?: SourceLocation } =>
  read.source === undefined ? {} : { source: read.source };

const milestoneJson = (milestone: Milestone): MilestoneJson => {
  const leadUnits = leadUnitsOf(milestone);
  return {
    seq: milestone.seq,
    text: milestone.text,
    units: unitsOf(milestone),
    leadUnit: leadUnits[0] ?? null,
    leadUnits,
    cooperatingUnits: cooperatingUnitsOf(milestone),
    responsibilities: milestone.responsibilities,
    persons: milestone.persons,
    due: dueDateOf(milestone.deadline),
    deadlineText: deadlineText(milestone.deadline),
    recurring: milestone.deadline.kind === "recurring" ? RECURRING[milestone.deadline.every] : null,
    deadline: milestone.deadline,
    remarks: milestone.remarks,
    initialProgress: milestone.initialProgress,
    ...sourceOf(milestone),
  };
};

const taskJson = (task: Task): TaskJson => ({
  no: task.no,
  label: task.label,
  title: task.title,
  leadUnit: task.leadUnits[0] ?? null,
  leadUnits: task.leadUnits,
  cooperatingUnits: task.cooperatingUnits,
  otherRoles: Object.fromEntries(task.otherRoles.map((role) => [role.label, role.units])),
  persons: task.persons,
  outline: task.outline,
  parent: task.outline.at(-1) ?? null,
  remarks: task.remarks,
  milestones: task.milestones.map(milestoneJson),
  ...sourceOf(task),
});

export const planToJson = (plan: Plan): PlanJson => {
  const owned = plan.ownerUnit === null ? null : sliceOf(plan, plan.ownerUnit);
  return {
    format: "duban.plan",
    formatVersion: 1,
    title: plan.title,
    subtitle: plan.subtitle,
    year: plan.year,
    issuer: plan.issuer,
    kind: plan.ownerUnit === null ? "master" : "slice",
    ownerUnit: plan.ownerUnit,
    headerCounts: plan.headerCounts,
    columns: plan.columns,
    taskCount: plan.tasks.length,
    milestoneCount: milestoneCount(plan),
    leadTaskNos: owned?.leadTaskNos ?? [],
    milestoneOnlyTaskNos: owned?.milestoneOnlyTaskNos ?? [],
    tasks: plan.tasks.map(taskJson),
  };
};
