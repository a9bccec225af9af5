import { dueDateOf, type Deadline } from "./deadline.js";
import type { Diagnostic } from "./diagnostic.js";
import type { IsoDate } from "./iso-date.js";
import { message, type Message } from "./message.js";
import type { Plan } from "./plan.js";

/**
 * Cascading decomposition (任务再分解): a lead unit splits one of its
 * milestones into a sub-plan (子计划) of steps, each with its own
 * responsible units (the lead unit's sections or subordinate units) and a
 * deadline no later than the milestone's. A sub-plan is a plan like any
 * other (its steps are milestones with the whole workflow), tied to the
 * milestone it decomposes.
 */

/** The milestone a sub-plan decomposes, as the sub-plan needs it. */
export interface ParentMilestone {
  readonly planYear: number;
  readonly planIssuer: string | null;
  /** The milestone's task title, the sub-plan's one task. */
  readonly taskTitle: string;
  readonly text: string;
  readonly deadline: Deadline;
  /** The unit that leads the milestone: the sub-plan's owner. */
  readonly leadUnit: string;
}

/** One step as the lead unit writes it: its units (the first leads) and its due day. */
export interface SubStepDraft {
  readonly text: string;
  readonly units: readonly string[];
  readonly dueDate: IsoDate;
}

/**
 * What is wrong with a step's deadline under its parent's, in both
 * languages; null when it fits. A step must be due by the parent's due day.
 * A parent without a fixed due day (recurring, ongoing, none) bounds
 * nothing; under a fixed one, a step must have one too, or it could run
 * past the parent.
 */
export const stepDeadlineError = (
  parent: Deadline,
  step: Deadline,
  stepName: Message,
): Message | null => {
  const bound = dueDateOf(parent);
  if (bound === null) return null;
  const due = dueDateOf(step);
  if (due === null) {
    return message(
      `${stepName.zh}没有确定的完成日期，上级节点计划须在 ${bound} 前完成，请写明不晚于该日的日期`,
      `${stepName.en} has no fixed due day; the parent milestone is due by ${bound}, so give a day no later than that`,
    );
  }
  return due > bound
    ? message(
        `${stepName.zh}的完成时限（${due}）晚于上级节点计划的完成时限（${bound}），子计划的完成时限不能晚于上级`,
        `${stepName.en}'s deadline (${due}) is after its parent milestone's (${bound}); a sub-plan's deadlines may not be later than the parent's`,
      )
    : null;
};

/** The sub-plan's title: the lead unit's decomposition of the milestone. */
export const subPlanTitle = (parent: Pick<ParentMilestone, "leadUnit" | "text">): string => {
  const text = parent.text.length > 60 ? `${parent.text.slice(0, 60)}…` : parent.text;
  return `${parent.leadUnit}「${text}」子计划`;
};

/** The sub-plan the steps make: one task (the parent milestone), its lead unit's. */
export const subPlanFromSteps = (
  parent: ParentMilestone,
  steps: readonly SubStepDraft[],
): Plan => ({
  title: subPlanTitle(parent),
  subtitle: null,
  year: parent.planYear,
  issuer: parent.planIssuer,
  ownerUnit: parent.leadUnit,
  headerCounts: null,
  columns: [],
  tasks: [
    {
      no: 1,
      label: "1",
      title: parent.text,
      // The owner is the parent's lead of the day (access.ts), never written into the sub-plan.
      leadUnits: [],
      cooperatingUnits: [],
      otherRoles: [],
      persons: [],
      outline: [],
      remarks: {},
      milestones: steps.map((step, index) => ({
        seq: index + 1,
        text: step.text,
        responsibilities: step.units.map((unit, position) => ({
          unit,
          role: position === 0 ? ("lead" as const) : ("cooperating" as const),
        })),
        persons: [],
        deadline: { kind: "date" as const, text: step.dueDate, date: step.dueDate },
        remarks: {},
        initialProgress: [],
      })),
    },
  ],
});

/**
 * An imported sub-plan's rows checked against the parent's deadline: an
 * error at each row whose deadline does not fit (the whole import refused).
 */
export const subPlanDeadlineDiagnostics = (
  plan: Plan,
  parent: Deadline,
  fileName: string,
): Diagnostic[] =>
  plan.tasks.flatMap((task) =>
    task.milestones.flatMap((milestone): Diagnostic[] => {
      const name = `「${milestone.text.slice(0, 30)}」`;
      const error = stepDeadlineError(parent, milestone.deadline, message(name, name));
      if (error === null) return [];
      return [
        {
          severity: "error",
          code: "sub_plan.deadline",
          message: error,
          location: {
            ...(milestone.source ?? { file: fileName }),
            field: "完成时限",
            ...(milestone.deadline.kind === "none" ? {} : { text: milestone.deadline.text }),
          },
        },
      ];
    }),
  );

/**
 * The steps of a sub-plan made by hand, as the table its revision keeps as
 * its source: 序号, 节点计划, 责任单位, 完成时限, tab-separated.
 */
export const subStepsAsText = (plan: Plan): string =>
  [
    "序号\t节点计划\t责任单位\t完成时限",
    ...plan.tasks.flatMap((task) =>
      task.milestones.map((m) =>
        [
          String(m.seq ?? ""),
          m.text,
          m.responsibilities.map((r) => r.unit).join("、"),
          m.deadline.kind === "none" ? "" : m.deadline.text,
        ]
          .map((cell) => cell.replace(/[\t\r\n]+/g, " "))
          .join("\t"),
      ),
    ),
  ].join("\n");

/** A milestone a revision moved earlier than some steps of its sub-plan. */
export interface LateSteps {
  readonly label: string;
  readonly dueDate: IsoDate;
  readonly steps: number;
  readonly latestStepDue: IsoDate;
}

/**
 * The warning a revision gets for it: the revision stands (the table is the
 * office's word), and the lead unit moves its steps.
 */
export const lateStepsWarning = (file: string, late: LateSteps): Diagnostic => ({
  severity: "warning",
  code: "sub_plan.steps_after_parent",
  message: message(
    `节点计划 ${late.label} 的完成时限改为 ${late.dueDate}，其子计划中有 ${late.steps} 个步骤晚于此日（最晚 ${late.latestStepDue}），请牵头单位调整子计划`,
    `Milestone ${late.label} is now due by ${late.dueDate}, but ${late.steps} steps of its sub-plan are due later (the latest ${late.latestStepDue}); its lead unit should move them`,
  ),
  location: { file, field: "完成时限", text: late.label },
});
