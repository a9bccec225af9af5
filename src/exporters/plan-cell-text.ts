import { deadlineText } from "../domain/deadline.js";
import type { Milestone, NamedRole, OutlineHeading, Responsibility, Task } from "../domain/plan.js";
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

/** "牵头单位：A、B", "配合单位：C", "数据提供单位：D": the roles held, in the order importers read them. */
const roleClauses = (
  leads: readonly string[],
  cooperating: readonly string[],
  others: readonly NamedRole[],
): string[] =>
  [{ label: "牵头单位", units: leads }, { label: "配合单位", units: cooperating }, ...others]
    .filter((role) => role.units.length > 0)
    .map((role) => `${role.label}：${role.units.join("、")}`);

/** 工作任务: the title with its responsibility bracket, left out when the task names no unit. */
export const taskCellText = (task: Task): string => {
  const clauses = roleClauses(task.leadUnits, task.cooperatingUnits, task.otherRoles);
  return clauses.length === 0 ? task.title : `${task.title}（${clauses.join("；")}）`;
};

/** 节点计划: "（n）text", or the text alone for a task's single unnumbered step. */
export const milestoneCellText = (milestone: Milestone): string =>
  milestone.seq === null ? milestone.text : `（${milestone.seq}）${milestone.text}`;

/** Units of the other roles, one NamedRole per label in the order the labels first appear. */
const otherRoles = (responsibilities: readonly Responsibility[]): NamedRole[] => {
  const byLabel = new Map<string, string[]>();
  for (const { unit, role, roleLabel } of responsibilities) {
    if (role !== "other") continue;
    const label = roleLabel ?? "参与单位";
    byLabel.set(label, [...(byLabel.get(label) ?? []), unit]);
  }
  return [...byLabel].map(([label, units]) => ({ label, units }));
};

/**
 * 责任单位: one unit per paragraph (Word) or line (Excel), lead first, as the
 * office writes it and the importer reads it (the first unit leads, the rest
 * cooperate). Roles a plain list cannot say (two leads, no lead, 数据提供单位)
 * are written one role per line in the words of a task's bracket instead.
 */
export const unitCellLines = (milestone: Milestone): string[] => {
  const all = milestone.responsibilities;
  if (all.every((r, i) => r.role === (i === 0 ? "lead" : "cooperating"))) {
    return all.map((r) => r.unit);
  }
  const unitsIn = (role: Responsibility["role"]) =>
    all.filter((r) => r.role === role).map((r) => r.unit);
  return roleClauses(unitsIn("lead"), unitsIn("cooperating"), otherRoles(all));
};

/** 完成时限: exactly as the table wrote it, so "6月底前" stays "6月底前". */
export const deadlineCellText = (milestone: Milestone): string => deadlineText(milestone.deadline);

/** How each outline level writes its number: 一、 › （一） › 1. › （1） › ①. */
const HEADING_LABEL: Readonly<Record<number, (label: string) => string>> = {
  1: (label) => `${label}、`,
  2: (label) => `（${label}）`,
  3: (label) => `${label}.`,
  4: (label) => `（${label}）`,
};

/** A heading row's text: "一、科技创新", "（一）扩大有效投资", or the title alone when it has no number. */
export const headingCellText = ({ label, title, level }: OutlineHeading): string =>
  label === "" ? title : `${HEADING_LABEL[level]?.(label) ?? label}${title}`;

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

/** What a caller may set above the table instead of the plan's own lines. */
export interface TableExportOptions {
  /** Replaces the plan's title line. */
  readonly title?: string;
  /** Replaces the line under the title (a slice's header counts); null leaves it out. */
  readonly subtitle?: string | null;
}

/** The title and subtitle lines above the table. */
export const headingLines = (
  plan: { readonly title: string; readonly subtitle: string | null },
  options: TableExportOptions = {},
): { readonly title: string; readonly subtitle: string | null } => ({
  title: options.title ?? plan.title,
  subtitle: options.subtitle === undefined ? plan.subtitle : options.subtitle,
});
