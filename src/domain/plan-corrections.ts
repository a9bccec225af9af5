import type { Deadline } from "./deadline.js";
import type { Diagnostic, SourceLocation } from "./diagnostic.js";
import { message, type Message } from "./message.js";
import { compactText } from "./normalize-text.js";
import { parseDeadline } from "./parse-deadline.js";
import type { Milestone, Plan, Responsibility, Task } from "./plan.js";

/**
 * A task as the office saw it in the preview: its 序号 and the labels of the
 * headings above it find it; its title checks that it is still the same task.
 */
export interface TaskTarget {
  readonly label: string;
  /** The labels of the headings the task sits under, outermost first. */
  readonly outline: readonly string[];
  readonly title: string;
}

/** A milestone of the task: by its step number, or by its place when it has none; its text checks. */
export interface MilestoneTarget {
  readonly seq: number | null;
  /** 1-based place among the task's milestones. */
  readonly position: number;
  readonly text: string;
}

/** New units for a task as a whole. A field left out keeps what was read. */
export interface TaskCorrection {
  readonly kind: "task";
  readonly task: TaskTarget;
  readonly leadUnits?: readonly string[];
  readonly cooperatingUnits?: readonly string[];
}

/** A unit and its role in a corrected milestone; a role other than lead or cooperating is named. */
export type CorrectedResponsibility =
  | { readonly unit: string; readonly role: "lead" | "cooperating" }
  | { readonly unit: string; readonly role: "other"; readonly roleLabel: string };

/** New responsibilities or a new deadline (as text, read like a 完成时限 cell) for a milestone. */
export interface MilestoneCorrection {
  readonly kind: "milestone";
  readonly task: TaskTarget;
  readonly milestone: MilestoneTarget;
  readonly responsibilities?: readonly CorrectedResponsibility[];
  readonly deadline?: string;
}

/** What the office corrected in the import preview where the reader was unsure or wrong. */
export type PlanCorrection = TaskCorrection | MilestoneCorrection;

export interface CorrectedPlan {
  readonly plan: Plan;
  /** How many corrections found their target and were applied. */
  readonly applied: number;
  /** Corrections that no longer find their target (warnings) or cannot be read (errors). */
  readonly diagnostics: readonly Diagnostic[];
}

// Titles and texts are compared as letters only, so that a re-save that
// changes spaces or line breaks still finds the same task.
const sameText = (a: string, b: string): boolean => compactText(a) === compactText(b);

const sameOutline = (task: Task, outline: readonly string[]): boolean =>
  task.outline.length === outline.length &&
  task.outline.every((heading, index) => heading.label === outline[index]);

const findTask = (plan: Plan, target: TaskTarget): number =>
  plan.tasks.findIndex(
    (task) =>
      task.label === target.label &&
      sameOutline(task, target.outline) &&
      sameText(task.title, target.title),
  );

const findMilestone = (task: Task, target: MilestoneTarget): number => {
  const index =
    target.seq === null
      ? target.position - 1
      : task.milestones.findIndex((milestone) => milestone.seq === target.seq);
  const found = task.milestones[index];
  return found !== undefined && sameText(found.text, target.text) ? index : -1;
};

/** Names trimmed, blanks and repeats dropped, in the order given. */
const unitList = (units: readonly string[]): string[] => [
  ...new Set(units.map((unit) => unit.trim()).filter((unit) => unit !== "")),
];

/** Leads first (the plan's rule for responsibilities), each unit once, names trimmed. */
const responsibilityList = (given: readonly CorrectedResponsibility[]): Responsibility[] => {
  const seen = new Set<string>();
  const kept = given.flatMap((r): Responsibility[] => {
    const unit = r.unit.trim();
    if (unit === "" || seen.has(unit)) return [];
    seen.add(unit);
    return [
      r.role === "other"
        ? { unit, role: r.role, roleLabel: r.roleLabel.trim() }
        : { unit, role: r.role },
    ];
  });
  return [...kept.filter((r) => r.role === "lead"), ...kept.filter((r) => r.role !== "lead")];
};

const describe = (correction: PlanCorrection): string => {
  const task = [...correction.task.outline, correction.task.label].filter((l) => l !== "");
  const name = `${task.join(" › ")} ${correction.task.title}`.trim();
  return correction.kind === "task"
    ? name
    : `${name} / ${correction.milestone.seq === null ? `#${String(correction.milestone.position)}` : `（${String(correction.milestone.seq)}）`} ${correction.milestone.text}`;
};

const located = (
  file: string,
  correction: PlanCorrection,
  severity: Diagnostic["severity"],
  code: string,
  text: Message,
): Diagnostic => ({
  severity,
  code,
  message: text,
  location: { file, field: "corrections", text: describe(correction) } satisfies SourceLocation,
});

const notFound = (file: string, correction: PlanCorrection): Diagnostic => {
  const what = describe(correction);
  return located(
    file,
    correction,
    "warning",
    correction.kind === "task" ? "correction.task_not_found" : "correction.milestone_not_found",
    correction.kind === "task"
      ? message(
          `更正未应用：文件中已找不到任务「${what}」（文件可能已修改），请在预览中重新核对`,
          `Correction not applied: the task "${what}" is no longer in the file (it may have changed); check it again in the preview`,
        )
      : message(
          `更正未应用：文件中已找不到节点计划「${what}」（文件可能已修改），请在预览中重新核对`,
          `Correction not applied: the milestone "${what}" is no longer in the file (it may have changed); check it again in the preview`,
        ),
  );
};

type Step =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const withTask = (plan: Plan, index: number, task: Task): Plan => ({
  ...plan,
  tasks: plan.tasks.map((each, at) => (at === index ? task : each)),
});

const correctTask = (plan: Plan, index: number, correction: TaskCorrection): Plan => {
  const task = plan.tasks[index] as Task;
  return withTask(plan, index, {
    ...task,
    ...(correction.leadUnits === undefined ? {} : { leadUnits: unitList(correction.leadUnits) }),
    ...(correction.cooperatingUnits === undefined
      ? {}
      : { cooperatingUnits: unitList(correction.cooperatingUnits) }),
  });
};

const correctMilestone = (
  plan: Plan,
  file: string,
  taskIndex: number,
  correction: MilestoneCorrection,
): Step => {
  const task = plan.tasks[taskIndex] as Task;
  const index = findMilestone(task, correction.milestone);
  if (index < 0) return { ok: false, diagnostic: notFound(file, correction) };
  let deadline: Deadline | undefined;
  if (correction.deadline !== undefined) {
    const read = parseDeadline(correction.deadline, { year: plan.year });
    if (!read.ok) {
      const reason = read.message;
      return {
        ok: false,
        diagnostic: located(
          file,
          correction,
          "error",
          "correction.deadline_unreadable",
          message(
            `更正的完成时限不能识别：${reason.zh}`,
            `The corrected deadline cannot be read: ${reason.en}`,
          ),
        ),
      };
    }
    deadline = read.deadline;
  }
  const milestone = task.milestones[index] as Milestone;
  const corrected: Milestone = {
    ...milestone,
    ...(correction.responsibilities === undefined
      ? {}
      : { responsibilities: responsibilityList(correction.responsibilities) }),
    ...(deadline === undefined ? {} : { deadline }),
  };
  return {
    ok: true,
    plan: withTask(plan, taskIndex, {
      ...task,
      milestones: task.milestones.map((each, at) => (at === index ? corrected : each)),
    }),
  };
};

const applyOne = (plan: Plan, file: string, correction: PlanCorrection): Step => {
  const taskIndex = findTask(plan, correction.task);
  if (taskIndex < 0) return { ok: false, diagnostic: notFound(file, correction) };
  return correction.kind === "task"
    ? { ok: true, plan: correctTask(plan, taskIndex, correction) }
    : correctMilestone(plan, file, taskIndex, correction);
};

/**
 * The plan as read with the office's corrections applied, in order. A
 * correction whose task or milestone the file no longer has (it was changed
 * since the corrections were made) is not applied and says so: never a
 * silent guess at another target. A corrected deadline that cannot be read
 * is an error, like an unreadable 完成时限 cell.
 */
export const applyCorrections = (
  plan: Plan,
  corrections: readonly PlanCorrection[],
  file: string,
): CorrectedPlan => {
  let current = plan;
  let applied = 0;
  const diagnostics: Diagnostic[] = [];
  for (const correction of corrections) {
    const step = applyOne(current, file, correction);
    if (step.ok) {
      current = step.plan;
      applied += 1;
    } else {
      diagnostics.push(step.diagnostic);
    }
  }
  return { plan: current, applied, diagnostics };
};
