import type { Deadline } from "../../../domain/deadline.js";
import type { Diagnostic } from "../../../domain/diagnostic.js";
import { readOutlineLabel } from "../../../domain/outline-label.js";
import type {
  Milestone,
  OutlineHeading,
  Responsibility,
  ResponsiblePerson,
  Task,
} from "../../../domain/plan.js";
import { parseMilestoneText } from "../../../domain/milestone-text.js";
import { parseTaskText, type TaskText } from "../../../domain/task-text.js";
import { splitUnitList } from "../../../domain/unit-list.js";
import { diagnostic } from "../../build-diagnostic.js";
import { readDeadlineCell } from "./read-deadline-cell.js";
import { responsibilitiesOf, type UnitCells } from "./row-responsibilities.js";
import { locate, type RowCells } from "./row-cells.js";
import { readTaskNumber } from "./read-task-number.js";
import { appendAll } from "../../../domain/append-all.js";

/** A task while its rows are being read. */
interface TaskDraft {
  readonly label: string;
  readonly no: number | null;
  readonly text: TaskText;
  readonly outline: readonly OutlineHeading[];
  readonly first: RowCells;
  readonly milestones: Milestone[];
  /** What the row above held in the columns that merge down a task. */
  units: UnitCells;
  deadline: Deadline | null;
  /** The task row's own facts when it carries no step, for a task without steps. */
  firstFacts: RowFacts | null;
}

interface RowFacts {
  readonly responsibilities: Responsibility[];
  readonly deadline: Deadline | null;
}

export interface TaskRowsResult {
  readonly tasks: Task[];
  readonly diagnostics: Diagnostic[];
}

const contentKinds = ["milestone", "units", "lead", "cooperating", "deadline"] as const;

/**
 * A flattened source (CSV, or merges filled down by hand) repeats the 序号 and
 * 工作任务 on every row of a task: that is the task continuing, not a new one.
 */
const repeatsTask = (draft: TaskDraft | null, cells: RowCells): boolean =>
  draft !== null &&
  cells.text("no") === draft.first.text("no") &&
  cells.text("task") === draft.first.text("task");

/** A row that only names an outline level: "一、科技创新" with nothing to do or report. */
const headingOf = (cells: RowCells): OutlineHeading | null => {
  if (contentKinds.some((kind) => cells.text(kind) !== "")) return null;
  const no = cells.text("no");
  const task = cells.text("task");
  const source = no === "" || task === "" ? no + task : `${no.replace(/[、.．]$/, "")}、${task}`;
  const label = readOutlineLabel(source);
  if (!label || label.level > 2) return null;
  return { label: label.label, title: label.rest, level: label.level };
};

const personsOf = (cells: RowCells): ResponsiblePerson[] => {
  const field = cells.field("persons");
  if (!field || field.cell.text === "") return [];
  return splitUnitList(field.cell.text).map((name) => ({ name, role: field.column.header }));
};

/**
 * Walks the data rows of a table and gathers them into tasks: a row with an
 * empty 序号 and 工作任务 continues the task above (merged cells), and empty
 * responsibility and deadline cells take the values above them in the task.
 */
export const readTaskRows = (
  rows: readonly RowCells[],
  context: { year: number; onRow?: (index: number) => void },
): TaskRowsResult => {
  const tasks: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  const seenNumbers = new Map<string, RowCells>();
  let outline: OutlineHeading[] = [];
  let draft: TaskDraft | null = null;

  /** Reads a row's responsibilities and deadline, carrying them down the task. */
  const readFacts = (task: TaskDraft, cells: RowCells): RowFacts => {
    const units = responsibilitiesOf(cells, task.units, task.text);
    const deadline = readDeadlineCell(cells, task.deadline, context.year);
    appendAll(diagnostics, deadline.diagnostics);
    task.units = units.carried;
    task.deadline = deadline.deadline;
    return { responsibilities: units.responsibilities, deadline: deadline.deadline };
  };

  const addMilestone = (
    task: TaskDraft,
    cells: RowCells,
    step: { seq: number | null; text: string },
    facts: RowFacts,
  ): void => {
    if (facts.responsibilities.length === 0) {
      const field = cells.field("units") ?? cells.field("lead");
      diagnostics.push(
        diagnostic(
          "error",
          "milestone.no_unit",
          field ? locate(field) : cells.row.location,
          "此节点计划没有责任单位（本行及上方同一任务的行均为空）",
          "This milestone has no responsible unit (the cell is empty here and above it in the task)",
        ),
      );
      return;
    }
    const deadlineField = cells.field("deadline");
    // An unreadable deadline is already an error of its own.
    if (facts.deadline === null && deadlineField?.cell.text === "") {
      diagnostics.push(
        diagnostic(
          "warning",
          "deadline.missing",
          locate(deadlineField),
          "此节点计划没有完成时限，将按计划的报送周期跟踪",
          "This milestone has no deadline; it will follow the plan's reporting cycle",
        ),
      );
    }
    task.milestones.push({
      seq: step.seq,
      text: step.text,
      responsibilities: facts.responsibilities,
      persons: personsOf(cells),
      deadline: facts.deadline ?? { kind: "none" },
      remarks: cells.remarks(),
      initialProgress: [],
    });
  };

  const finish = (task: TaskDraft): void => {
    if (task.milestones.length === 0 && task.firstFacts) {
      // A task row with no steps under it is its own single milestone.
      addMilestone(task, task.first, { seq: null, text: task.text.title }, task.firstFacts);
    }
    const leadUnits =
      task.text.leadUnits.length > 0
        ? task.text.leadUnits
        : (task.milestones[0]?.responsibilities
            .filter((r) => r.role === "lead")
            .map((r) => r.unit) ?? []);
    tasks.push({
      no: task.no,
      label: task.label,
      title: task.text.title,
      leadUnits,
      cooperatingUnits: task.text.cooperatingUnits,
      otherRoles: task.text.otherRoles,
      persons: [],
      outline: task.outline,
      milestones: task.milestones,
      remarks: task.first.remarks(),
    });
  };

  const checkUnique = (cells: RowCells, label: string): void => {
    if (label === "") return;
    const key = [...outline.map((h) => h.label), label].join("/");
    const earlier = seenNumbers.get(key);
    const field = cells.field("no");
    if (earlier && field) {
      diagnostics.push(
        diagnostic(
          "error",
          "task.duplicate_no",
          locate(field),
          `序号「${label}」重复：第 ${earlier.row.location.row ?? "?"} 行已使用`,
          `序号 "${label}" is used twice; it first appears in row ${earlier.row.location.row ?? "?"}`,
        ),
      );
    }
    seenNumbers.set(key, cells);
  };

  for (const [index, cells] of rows.entries()) {
    context.onRow?.(index);
    if (cells.blank) continue;
    const heading = headingOf(cells);
    if (heading) {
      outline = [...outline.filter((h) => h.level < heading.level), heading];
      continue;
    }
    const startsTask =
      (cells.text("no") !== "" || cells.text("task") !== "") && !repeatsTask(draft, cells);
    if (startsTask) {
      if (draft) finish(draft);
      const number = readTaskNumber(cells);
      appendAll(diagnostics, number.diagnostics);
      checkUnique(cells, number.label);
      draft = {
        label: number.label,
        no: number.no,
        text: parseTaskText(cells.text("task")),
        outline,
        first: cells,
        milestones: [],
        units: { units: null, leads: null, cooperating: null },
        deadline: null,
        firstFacts: null,
      };
    }
    if (!draft) {
      diagnostics.push(
        diagnostic(
          "error",
          "row.no_task",
          cells.row.location,
          "此行没有序号和工作任务，但上方也没有可以延续的任务",
          "This row has no 序号 or 工作任务, and there is no task above it to continue",
        ),
      );
      continue;
    }
    const stepText = cells.text("milestone");
    const facts = readFacts(draft, cells);
    if (stepText !== "") {
      addMilestone(draft, cells, parseMilestoneText(stepText), facts);
    } else if (startsTask) {
      // The task's own row may carry no step; its cells still merge down.
      draft.firstFacts = facts;
    } else {
      diagnostics.push(
        diagnostic(
          "warning",
          "row.no_milestone",
          cells.row.location,
          "此行没有节点计划，已跳过",
          "This row has no 节点计划 (milestone text); skipped",
        ),
      );
    }
  }
  if (draft) finish(draft);
  return { tasks, diagnostics };
};
