import type { Diagnostic } from "../../../domain/diagnostic.js";
import type { OutlineHeading, Task } from "../../../domain/plan.js";
import { diagnostic } from "../../build-diagnostic.js";
import { readDeadlineCell } from "./read-deadline-cell.js";
import { responsibilitiesOf } from "./row-responsibilities.js";
import { locate, type RowCells } from "./row-cells.js";
import { readTaskNumber } from "./read-task-number.js";
import { appendAll } from "../../../domain/append-all.js";
import { headingFromLabel, rowHeading, underHeading } from "./row-heading.js";
import { cellSteps } from "./cell-steps.js";
import { textDeadline } from "../text-deadline.js";
import { readTaskCell } from "./task-cell.js";
import {
  draftToTask,
  newDraft,
  personsOf,
  repeatsTask,
  taskUnits,
  type RowFacts,
  type TaskDraft,
} from "./task-draft.js";

export interface TaskRowsResult {
  readonly tasks: Task[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Walks the data rows of a table and gathers them into tasks: a row with an
 * empty 序号 and 工作任务 continues the task above (merged cells), and empty
 * responsibility, person and deadline cells take the values above them in
 * the task. Rows and group cells that only name an outline level head the
 * tasks below them.
 */
export const readTaskRows = (
  rows: readonly RowCells[],
  context: {
    year: number;
    /** The headings the table sits under in its document (several tables, one per section). */
    section?: readonly OutlineHeading[];
    onRow?: (index: number) => void;
  },
): TaskRowsResult => {
  const tasks: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  const seenNumbers = new Map<string, RowCells>();
  const section = context.section ?? [];
  let outline: OutlineHeading[] = [...section];
  // A heading row without a number sits just below the headings above the table.
  const unnumberedLevel = (section.at(-1)?.level ?? 0) + 1;
  let draft: TaskDraft | null = null;

  /** Reads a row's responsibilities, persons and deadline, carrying them down the task. */
  const readFacts = (task: TaskDraft, cells: RowCells): RowFacts => {
    const units = responsibilitiesOf(cells, task.units, task.text);
    appendAll(diagnostics, units.diagnostics);
    const deadline = readDeadlineCell(cells, task.deadline, context.year);
    appendAll(diagnostics, deadline.diagnostics);
    task.units = units.carried;
    task.deadline = deadline.deadline;
    task.persons = personsOf(cells) ?? task.persons;
    return {
      responsibilities: units.responsibilities,
      deadline: deadline.deadline,
      ownDeadline: cells.text("deadline") !== "",
    };
  };

  const addMilestone = (
    task: TaskDraft,
    cells: RowCells,
    step: { seq: number | null; text: string },
    facts: RowFacts,
    from: "row" | "several" | "task" = "row",
  ): void => {
    if (facts.responsibilities.length === 0) {
      const field = cells.field("units") ?? cells.field("lead");
      diagnostics.push(
        diagnostic(
          "error",
          "milestone.no_unit",
          field ? locate(field) : cells.row.location,
          "此节点计划没有责任单位（本行及上方同一任务的行、任务括号中均未写明）",
          "This milestone has no responsible unit (not in this row, the rows above it in the task, nor the task's bracket)",
        ),
      );
      return;
    }
    // A row's own deadline cell decides for its one step, while each of several steps listed
    // in one cell ("①3月底前，…②6月底前，…") states its own; then the cell above in the
    // task; then the task text, which a task's only step repeats.
    const field = cells.field("milestone");
    const readsText = from === "several" || (from === "row" && !facts.ownDeadline);
    const stated = readsText && field ? textDeadline(step.text, context.year, locate(field)) : null;
    appendAll(diagnostics, stated?.diagnostics ?? []);
    const deadline = stated?.deadline ?? facts.deadline ?? task.textDeadline;
    const deadlineField = cells.field("deadline");
    // An unreadable deadline is already an error of its own.
    const unreadable = (stated?.diagnostics.length ?? 0) > 0;
    if (deadline === null && deadlineField?.cell.text === "" && !unreadable) {
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
      persons: task.persons,
      deadline: deadline ?? { kind: "none" },
      remarks: cells.remarks(),
      initialProgress: cells.progress(),
      source: cells.row.location,
    });
  };

  const finish = (task: TaskDraft): void => {
    // Read before a task row without steps becomes its own single milestone.
    const units = taskUnits(task);
    if (task.milestones.length === 0 && task.firstFacts && task.first.text("milestone") === "") {
      addMilestone(task, task.first, { seq: null, text: task.text.title }, task.firstFacts, "task");
    }
    tasks.push(draftToTask(task, units));
  };

  const checkUnique = (cells: RowCells, label: string): void => {
    if (label === "") return;
    const key = outline
      .map((h) => `${h.label}${h.title}`)
      .concat(label)
      .join("/");
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

  /** A group column's label ("（一）科技创新", merged down over its tasks) heads them. */
  const readGroup = (cells: RowCells): void => {
    const field = cells.field("group");
    const text = field?.cell.text.trim() ?? "";
    if (text === "") return;
    const heading = headingFromLabel(text, 5) ?? { label: "", title: text, level: unnumberedLevel };
    const current = outline.find((h) => h.level === heading.level);
    if (current?.label !== heading.label || current.title !== heading.title) {
      outline = underHeading(outline, heading);
    }
  };

  for (const [index, cells] of rows.entries()) {
    context.onRow?.(index);
    if (cells.blank) continue;
    const heading = rowHeading(cells, unnumberedLevel);
    if (heading) {
      outline = underHeading(outline, heading);
      continue;
    }
    readGroup(cells);
    const startsTask =
      (cells.text("no") !== "" || cells.text("task") !== "") && !repeatsTask(draft, cells);
    if (startsTask) {
      if (draft) finish(draft);
      const number = readTaskNumber(cells);
      appendAll(diagnostics, number.diagnostics);
      checkUnique(cells, number.label);
      const taskCell = readTaskCell(cells, context.year);
      appendAll(diagnostics, taskCell.diagnostics);
      draft = newDraft(number, taskCell, outline, cells);
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
    draft.rows.push(cells);
    const stepText = cells.text("milestone");
    const facts = readFacts(draft, cells);
    if (startsTask) draft.firstFacts = facts;
    if (stepText !== "") {
      const steps = cellSteps(stepText);
      for (const step of steps) {
        addMilestone(draft, cells, step, facts, steps.length > 1 ? "several" : "row");
      }
    } else if (!startsTask) {
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
