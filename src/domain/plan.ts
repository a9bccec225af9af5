import type { Deadline } from "./deadline.js";
import type { SourceLocation } from "./diagnostic.js";

/**
 * One year's decomposition table (重点工作任务分解表): the city-wide master
 * or one unit's slice of it.
 */
export interface Plan {
  /** The title line as issued, without extraction artefacts. */
  readonly title: string;
  /** The line under the title, e.g. the slice's header counts; null when absent. */
  readonly subtitle: string | null;
  readonly year: number;
  /** Who issued the table (市政府), read from the title; null when the title does not say. */
  readonly issuer: string | null;
  /** The unit whose slice this is (市科技局 in "（市科技局牵头部分）"); null for a master table. */
  readonly ownerUnit: string | null;
  /** The counts the subtitle states for a slice; null when the document states none. */
  readonly headerCounts: HeaderCounts | null;
  /** The column headers as written in the table, in order. */
  readonly columns: readonly string[];
  readonly tasks: readonly Task[];
}

/** "（牵头重点工作任务12项，牵头重点工作任务节点计划2项）" */
export interface HeaderCounts {
  /** Tasks the unit leads at task level. */
  readonly leadTasks: number;
  /** Milestones the unit leads within tasks led by others. */
  readonly leadMilestones: number;
}

/** A heading above tasks in an outline: "一、科技创新" or "（一）…". */
export interface OutlineHeading {
  /** The number as written, without its punctuation: "一", "（一）" → "一". */
  readonly label: string;
  readonly title: string;
  /** 1 for 一、, 2 for （一）, and so on down the outline. */
  readonly level: number;
}

export interface Task {
  /** The 序号 as a number (75, 202; 一 → 1); null when the task carries none or a non-numeric one. */
  readonly no: number | null;
  /** The 序号 as written ("202", "一", "1.2"); empty when the table has no 序号 column. */
  readonly label: string;
  /** The task text without its trailing responsibility bracket. */
  readonly title: string;
  /** The units that lead the task, in the order written; the first is `leadUnit`. */
  readonly leadUnits: readonly string[];
  /** Units named as cooperating at task level (配合单位 in the bracket or column). */
  readonly cooperatingUnits: readonly string[];
  /** Units named at task level under another role (数据提供单位, 参与单位 as a third tier). */
  readonly otherRoles: readonly NamedRole[];
  /** People named for the whole task (责任领导, 牵头市领导): never units. */
  readonly persons: readonly ResponsiblePerson[];
  /** The headings this task sits under, outermost first; empty for a flat table. */
  readonly outline: readonly OutlineHeading[];
  readonly milestones: readonly Milestone[];
  /** Extra columns kept as written, keyed by their header (备注 …). */
  readonly remarks: Readonly<Record<string, string>>;
  /**
   * Where the reader found the task: its first row (table and sheet for a
   * table), or its paragraph or line in prose. Absent for a plan built
   * otherwise or read back from storage: it locates what an import reports,
   * and is no part of the plan's content.
   */
  readonly source?: SourceLocation;
}

/** The units a document names under one role other than lead or cooperating. */
export interface NamedRole {
  /** The role as written: 数据提供单位, 责任单位 … */
  readonly label: string;
  readonly units: readonly string[];
}

/** How a unit is responsible for a milestone. */
export type ResponsibilityRole = "lead" | "cooperating" | "other";

export interface Responsibility {
  readonly unit: string;
  readonly role: ResponsibilityRole;
  /** The role as the document names it when it is neither lead nor cooperating (数据提供单位). */
  readonly roleLabel?: string;
}

/** A responsible person (责任领导, 分管领导): people are never units. */
export interface ResponsiblePerson {
  readonly name: string;
  /** The column or label that named them, e.g. 责任领导. */
  readonly role: string;
}

export interface Milestone {
  /** The step number "（n）"; null when the task has one unnumbered step. */
  readonly seq: number | null;
  /** The step text without its number. */
  readonly text: string;
  /** Responsible units in the order written: leads first, then the others. */
  readonly responsibilities: readonly Responsibility[];
  readonly persons: readonly ResponsiblePerson[];
  readonly deadline: Deadline;
  readonly remarks: Readonly<Record<string, string>>;
  /**
   * What a progress column (进展情况, 完成情况) of a quarterly report said
   * when the plan was read: the first report on the milestone, not part of
   * the plan's content.
   */
  readonly initialProgress: readonly InitialProgress[];
  /** Where the reader found the step: its row, or its paragraph or line; see `Task.source`. */
  readonly source?: SourceLocation;
}

/** A progress column's text for one milestone, as the document wrote it. */
export interface InitialProgress {
  /** The column header: 进展情况, 一季度完成情况 … */
  readonly header: string;
  readonly text: string;
}

export const unitsOf = (milestone: Milestone): string[] =>
  milestone.responsibilities.map((r) => r.unit);

export const leadUnitsOf = (milestone: Milestone): string[] =>
  milestone.responsibilities.filter((r) => r.role === "lead").map((r) => r.unit);

export const cooperatingUnitsOf = (milestone: Milestone): string[] =>
  milestone.responsibilities.filter((r) => r.role === "cooperating").map((r) => r.unit);

export const milestoneCount = (plan: Pick<Plan, "tasks">): number =>
  plan.tasks.reduce((sum, task) => sum + task.milestones.length, 0);
