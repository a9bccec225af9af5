import type { Deadline } from "../../../domain/deadline.js";
import type {
  Milestone,
  OutlineHeading,
  Responsibility,
  ResponsiblePerson,
  Task,
} from "../../../domain/plan.js";
import type { TaskText } from "../../../domain/task-text.js";
import { splitUnitList } from "../../../domain/unit-list.js";
import type { RowCells } from "./row-cells.js";
import type { UnitCells } from "./row-responsibilities.js";
import type { TaskNumber } from "./read-task-number.js";
import type { TaskCell } from "./task-cell.js";
import { readUnitCell } from "./unit-cell.js";

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
  /** The task row's own facts when it carries no step: task-level units, or its only step. */
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
const writtenOnTaskRowOnly = (task: TaskDraft, kind: "persons" | "cooperating"): boolean =>
  task.first.text(kind) !== "" && task.rows.slice(1).every((cells) => cells.text(kind) === "");

const leadsOf = (responsibilities: readonly Responsibility[]): string[] =>
  responsibilities.filter((r) => r.role === "lead").map((r) => r.unit);

/**
 * The task's own units: those its bracket names; else those of a task row
 * that carries no step of its own (its cells are the task's); else the leads
 * of its first step, with a 配合单位 cell written for the whole task.
 */
export const taskUnits = (task: TaskDraft): TaskUnits => {
  const { text } = task;
  if (text.leadUnits.length > 0 || text.cooperatingUnits.length > 0) {
    return { leads: [...text.leadUnits], cooperating: [...text.cooperatingUnits] };
  }
  const own = task.firstFacts?.responsibilities ?? [];
  if (task.milestones.length > 0 && own.length > 0) {
    return {
      leads: leadsOf(own),
      cooperating: own.filter((r) => r.role === "cooperating").map((r) => r.unit),
    };
  }
  const first = task.milestones[0]?.responsibilities ?? task.firstFacts?.responsibilities ?? [];
  // A 配合单位 cell merged over the task (or written on its row alone) is the task's.
  if (!writtenOnTaskRowOnly(task, "cooperating")) return { leads: leadsOf(first), cooperating: [] };
  const cell = readUnitCell(task.first.text("cooperating"));
  return { leads: leadsOf(first), cooperating: [...(cell.stated?.cooperating ?? cell.units)] };
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
    otherRoles: task.text.otherRoles,
    persons: taskLevelPersons ? (personsOf(task.first) ?? []) : [],
    outline: task.outline,
    milestones: taskLevelPersons
      ? task.milestones.map((milestone) => ({ ...milestone, persons: [] }))
      : task.milestones,
    remarks: task.first.remarks(),
  };
};
