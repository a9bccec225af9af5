import type { Milestone, OutlineHeading, Plan, Task } from "../domain/plan.js";

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
  /**
   * Outline headings (一、…, （一）…) to write as rows spanning the table
   * above this one: on a task's first row, the levels where its outline
   * leaves the previous task's.
   */
  readonly headings: readonly OutlineHeading[];
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

const sameHeading = (a: OutlineHeading, b: OutlineHeading | undefined): boolean =>
  b !== undefined && a.level === b.level && a.label === b.label && a.title === b.title;

/**
 * The headings a task's outline opens after the previous task's. A task
 * that only leaves a level (its outline a prefix of the one before) opens
 * none: a table has no row that closes a section.
 */
const openedHeadings = (
  outline: readonly OutlineHeading[],
  before: readonly OutlineHeading[],
): readonly OutlineHeading[] => {
  const kept = outline.findIndex((heading, i) => !sameHeading(heading, before[i]));
  return kept === -1 ? [] : outline.slice(kept);
};

/** One row per milestone, tasks in plan order, with the merges each row's cells take part in. */
export const planTableRows = (plan: Pick<Plan, "tasks">): PlanTableRow[] => {
  const rows: PlanTableRow[] = [];
  let outline: readonly OutlineHeading[] = [];
  for (const task of plan.tasks) {
    const headings = openedHeadings(task.outline, outline);
    outline = task.outline;
    if (task.milestones.length === 0) {
      rows.push({ task, milestone: null, taskMerge: SINGLE, unitsMerge: SINGLE, headings });
      continue;
    }
    const unitParts = unitsParts(task.milestones);
    task.milestones.forEach((milestone, i) => {
      rows.push({
        task,
        milestone,
        taskMerge: i === 0 ? opening(task.milestones.length) : CONTINUE,
        unitsMerge: unitParts[i] ?? SINGLE,
        headings: i === 0 ? headings : [],
      });
    });
  }
  return rows;
};
