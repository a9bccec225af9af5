import { deadlineText } from "../domain/deadline.js";
import { unitsOf, type Milestone, type Task } from "../domain/plan.js";
import type { PlanTableRow } from "./plan-table-layout.js";

/**
 * The texts of the office's five-column table, written back the way the
 * document states them: the importer strips "（牵头单位：…）" and "（n）" into
 * fields, so the exporters put them back and a round trip gives the same cells.
 */

/** 序号: the label as written ("202", "一"); the number when the source had no label. */
export const serialCellText = (task: Task): string => {
  if (task.label !== "") return task.label;
  return task.no === null ? "" : String(task.no);
};

/** 工作任务: the title with its responsibility bracket, left out when no unit leads the task. */
export const taskCellText = (task: Task): string =>
  task.leadUnits.length === 0
    ? task.title
    : `${task.title}（牵头单位：${task.leadUnits.join("、")}）`;

/** 节点计划: "（n）text", or the text alone for a task's single unnumbered step. */
export const milestoneCellText = (milestone: Milestone): string =>
  milestone.seq === null ? milestone.text : `（${milestone.seq}）${milestone.text}`;

/** 责任单位: one unit per paragraph (Word) or line (Excel), lead first. */
export const unitCellLines = (milestone: Milestone): string[] => unitsOf(milestone);

/** 完成时限: exactly as the table wrote it, so "6月底前" stays "6月底前". */
export const deadlineCellText = (milestone: Milestone): string => deadlineText(milestone.deadline);

/** The texts of one table row, by column; null where a merge from a row above covers the cell. */
export interface RowTexts {
  readonly serial: string | null;
  readonly task: string | null;
  readonly milestone: string;
  readonly units: readonly string[] | null;
  readonly deadline: string;
}

/** What each cell of a row shows; a task without milestones leaves the step columns empty. */
export const rowTexts = ({ task, milestone, taskMerge, unitsMerge }: PlanTableRow): RowTexts => {
  const taskShown = taskMerge.kind !== "continue";
  return {
    serial: taskShown ? serialCellText(task) : null,
    task: taskShown ? taskCellText(task) : null,
    milestone: milestone ? milestoneCellText(milestone) : "",
    units: unitsMerge.kind === "continue" ? null : milestone ? unitCellLines(milestone) : [],
    deadline: milestone ? deadlineCellText(milestone) : "",
  };
};
