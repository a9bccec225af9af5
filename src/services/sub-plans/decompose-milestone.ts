import type { Database } from "../../db/database.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import {
  stepDeadlineError,
  subPlanFromSteps,
  subStepsAsText,
  type SubStepDraft,
} from "../../domain/sub-plan.js";
import type { Actor } from "../../policies/actor.js";
import { DubanError } from "../duban-error.js";
import { storeReadPlan, type ImportPlanOutcome } from "../import-plan-file.js";
import {
  loadDecompositionParent,
  notASubordinate,
  type DecompositionParent,
} from "./decomposition-parent.js";

/** One step as the API takes it: its responsible units by id (the first leads). */
export interface SubStepInput {
  readonly text: string;
  readonly unitIds: readonly number[];
  readonly dueDate: IsoDate;
}

/** The most steps one milestone is split into: a decomposition, not a plan of its own size. */
export const MAX_SUB_STEPS = 200;

const invalidStep = (zh: string, en: string, field: string): DubanError =>
  new DubanError("milestone.invalid_input", message(zh, en), { field });

/** The steps as drafts, or the first one at fault named by its field (body.steps[2].dueDate). */
const draftsOf = (parent: DecompositionParent, steps: readonly SubStepInput[]): SubStepDraft[] => {
  if (steps.length === 0 || steps.length > MAX_SUB_STEPS) {
    throw invalidStep(
      `子计划须有 1 至 ${MAX_SUB_STEPS} 个步骤`,
      `A sub-plan has 1 to ${MAX_SUB_STEPS} steps`,
      "body.steps",
    );
  }
  return steps.map((step, index) => {
    const at = `body.steps[${index}]`;
    const units = step.unitIds.map((id) => {
      const name = parent.allowedUnits.get(id);
      if (name === undefined) {
        throw notASubordinate(`#${id}`, parent.parent.leadUnit, `${at}.unitIds`);
      }
      return name;
    });
    const deadline = { kind: "date", text: step.dueDate, date: step.dueDate } as const;
    const error = stepDeadlineError(
      parent.parent.deadline,
      deadline,
      message(`第${index + 1}步`, `Step ${index + 1}`),
    );
    if (error !== null) {
      throw new DubanError("milestone.invalid_input", error, { field: `${at}.dueDate` });
    }
    return { text: step.text, units, dueDate: step.dueDate };
  });
};

/**
 * The lead unit (or the office) splits a milestone into a sub-plan of
 * steps, or changes the steps of the one it has: stored as a revision of
 * the sub-plan through the import's own path, so that steps that stay keep
 * their history and removed ones with records must be confirmed.
 */
export const decomposeMilestone = async (
  db: Database,
  actor: Actor,
  input: {
    readonly milestoneId: number;
    readonly steps: readonly SubStepInput[];
    readonly confirmRemovals?: boolean;
    readonly dryRun?: boolean;
  },
  now: () => Date,
): Promise<ImportPlanOutcome> => {
  const parent = await loadDecompositionParent(db, actor, input.milestoneId);
  const plan = subPlanFromSteps(parent.parent, draftsOf(parent, input.steps));
  const bytes = new TextEncoder().encode(subStepsAsText(plan));
  return storeReadPlan(
    db,
    {
      bytes,
      fileName: `子计划-${input.milestoneId}.txt`,
      parentMilestoneId: input.milestoneId,
      actor,
      now,
      ...(input.confirmRemovals === undefined ? {} : { confirmRemovals: input.confirmRemovals }),
      ...(input.dryRun === undefined ? {} : { dryRun: input.dryRun }),
      corrections: [],
    },
    { ok: true, plan, format: "txt", diagnostics: [] },
  );
};
