import type { Deadline } from "../../../domain/deadline.js";
import type {
  Milestone,
  NamedRole,
  OutlineHeading,
  Responsibility,
  ResponsibilityRole,
  ResponsiblePerson,
  Task,
} from "../../../domain/plan.js";
import type { TaskText } from "../../../domain/task-text.js";
import { splitUnitList } from "../../../domain/unit-list.js";
import type { RowCells } from "./row-cells.js";
import type { UnitCells } from "./row-responsibilities.js";
import type { TaskNumber } from "./read-task-number.js";
import type { TaskCell } from "./task-cell.js";

/** A task while its rows are being read. */
export interface TaskDraft {
  readonly label: string;
  readonly no: number | null;
  readonly text: TaskText;
  readonly outline: readonly OutlineHeading[];
  readonly first: RowCells;
  readonly rows: RowCells[];
  readonly milestones: Milestone[];
  /** What the rows above held in the columns that merge down a task. */
  units: UnitCells;
  deadline: Deadline | null;
  /** The deadline the task text states, in a table without a deadline column. */
  readonly textDeadline: Deadline | null;
  persons: ResponsiblePerson[];
  /** The task row's own facts: the task's units, and its only step when no row below has one. */
  firstFacts: RowFacts | null;
}

export interface RowFacts {
  readonly responsibilities: Responsibility[];
  /** The row's deadline: its own cell, else the one above it in the task. */
  readonly deadline: Deadline | null;
  /** True when the row's own deadline cell is written. */
  readonly ownDeadline: boolean;
}

export interface TaskUnits {
  readonly leads: string[];
  readonly cooperating: string[];
  readonly otherRoles: readonly NamedRole[];
}

export const newDraft = (
  number: TaskNumber,
  cell: TaskCell,
  outline: readonly OutlineHeading[],
  first: RowCells,
): TaskDraft => ({
  label: number.label,
  no: number.no,
  text: cell.text,
  textDeadline: cell.deadline,
  outline,
  first,
  rows: [],
  milestones: [],
  units: new Map(),
  deadline: null,
  persons: [],
  firstFacts: null,
});

/**
 * A flattened source (CSV, or merges filled down by hand) repeats the 序号 and
 * 工作任务 on every row of a task: that is the task continuing, not a new one.
 */
export const repeatsTask = (draft: TaskDraft | null, cells: RowCells): boolean =>
  draft !== null &&
  cells.text("no") === draft.first.text("no") &&
  cells.text("task") === draft.first.text("task");

export const personsOf = (cells: RowCells): ResponsiblePerson[] | null => {
  const field = cells.field("persons");
  if (!field || field.cell.text === "") return null;
  return splitUnitList(field.cell.text).map((name) => ({ name, role: field.column.header }));
};

/** A cell written on the task row alone (or merged over the task) states something of the task. */
const writtenOnTaskRowOnly = (task: TaskDraft, kind: "persons"): boolean =>
  task.first.text(kind) !== "" && task.rows.slice(1).every((cells) => cells.text(kind) === "");

const unitsIn = (responsibilities: readonly Responsibility[], role: ResponsibilityRole): string[] =>
  responsibilities.filter((r) => r.role === role).map((r) => r.unit);

/**
 * The task's own units: those its bracket names, else those of the task
 * row's own unit cells (merged down over its steps or not), in their roles.
 */
export const taskUnits = (task: TaskDraft): TaskUnits => {
  const { text } = task;
  if (text.leadUnits.length > 0 || text.cooperatingUnits.length > 0) {
    return {
      leads: [...text.leadUnits],
      cooperating: [...text.cooperatingUnits],
      otherRoles: text.otherRoles,
    };
  }
  const own = task.firstFacts?.responsibilities ?? [];
  const others = new Map<string, string[]>();
  for (const r of own.filter((r) => r.role === "other")) {
    const label = r.roleLabel ?? "";
    others.set(label, [...(others.get(label) ?? []), r.unit]);
  }
  return {
    leads: unitsIn(own, "lead"),
    cooperating: unitsIn(own, "cooperating"),
    otherRoles: [...others].map(([label, units]) => ({ label, units })),
  };
};

/** The task as read: persons written for the whole task are the task's, not each step's. */
export const draftToTask = (task: TaskDraft, units: TaskUnits): Task => {
  const taskLevelPersons = writtenOnTaskRowOnly(task, "persons");
  return {
    no: task.no,
    label: task.label,
    title: task.text.title,
    leadUnits: units.leads,
    cooperatingUnits: units.cooperating,
    otherRoles: units.otherRoles,
    persons: taskLevelPersons ? (personsOf(task.first) ?? []) : [],
    outline: task.outline,
    milestones: taskLevelPersons
      ? task.milestones.map((milestone) => ({ ...milestone, persons: [] }))
      : task.milestones,
    remarks: task.first.remarks(),
    source: task.first.row.location,
  };
};
