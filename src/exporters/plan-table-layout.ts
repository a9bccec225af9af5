import type { Milestone, Plan, Task } from "../domain/plan.js";

/**
 * Which cells of the exported table merge. Both the Word and the Excel
 * exporter draw the same grid, so the rule lives here once: 序号 and 工作任务
 * span all rows of a task, 责任单位 spans consecutive milestones of a task that
 * name the same units in the same roles (the reference table merges it over
 * whole tasks).
 */

/** The office's columns, in the order the reference table uses. */
export const PLAN_TABLE_HEADERS = ["序号", "工作任务", "节点计划", "责任单位", "完成时限"] as const;

/** A cell's part in a vertical merge; `span` counts the rows a start covers, itself included. */
export type MergePart =
  | { readonly kind: "single" }
  | { readonly kind: "start"; readonly span: number }
  | { readonly kind: "continue" };

export interface PlanTableRow {
  readonly task: Task;
  /** Null for a task without milestones: it still gets a row so it is not lost from the export. */
  readonly milestone: Milestone | null;
  /** The part of 序号 and 工作任务. */
  readonly taskMerge: MergePart;
  /** The part of 责任单位. */
  readonly unitsMerge: MergePart;
}

const SINGLE: MergePart = { kind: "single" };
const CONTINUE: MergePart = { kind: "continue" };

const opening = (span: number): MergePart => (span > 1 ? { kind: "start", span } : SINGLE);

const sameUnits = (a: Milestone, b: Milestone): boolean => {
  const left = a.responsibilities;
  const right = b.responsibilities;
  return (
    left.length === right.length &&
    left.every((r, i) => {
      const other = right[i];
      return r.unit === other?.unit && r.role === other.role && r.roleLabel === other.roleLabel;
    })
  );
};

/** The merge parts of 责任单位 over one task's milestones. */
const unitsParts = (milestones: readonly Milestone[]): MergePart[] => {
  const parts: MergePart[] = [];
  let runStart = 0;
  while (runStart < milestones.length) {
    let runEnd = runStart + 1;
    const first = milestones[runStart];
    while (first && runEnd < milestones.length) {
      const next = milestones[runEnd];
      if (!next || !sameUnits(first, next)) break;
      runEnd += 1;
    }
    parts.push(opening(runEnd - runStart));
    for (let i = runStart + 1; i < runEnd; i += 1) parts.push(CONTINUE);
    runStart = runEnd;
  }
  return parts;
};

/** One row per milestone, tasks in plan order, with the merges each row's cells take part in. */
export const planTableRows = (plan: Pick<Plan, "tasks">): PlanTableRow[] => {
  const rows: PlanTableRow[] = [];
  for (const task of plan.tasks) {
    if (task.milestones.length === 0) {
      rows.push({ task, milestone: null, taskMerge: SINGLE, unitsMerge: SINGLE });
      continue;
    }
    const unitParts = unitsParts(task.milestones);
    task.milestones.forEach((milestone, i) => {
      rows.push({
        task,
        milestone,
        taskMerge: i === 0 ? opening(task.milestones.length) : CONTINUE,
        unitsMerge: unitParts[i] ?? SINGLE,
      });
    });
  }
  return rows;
};
