import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { insertRequest } from "../../db/queries/milestone-requests.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { Schema } from "../../db/schema.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { OpenSubSteps } from "../../domain/milestone-ledger.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { openSubStepsWaiver } from "../sub-plans/open-sub-steps.js";
import { claimEvidence } from "./evidence.js";
import { awaitsCompletion } from "./milestone-abilities.js";
import { invalidState, loadMilestoneContext, type MilestoneContext } from "./milestone-context.js";
import { writeStep, type Step } from "./write-step.js";

export interface Completion {
  readonly completedOn: IsoDate;
  readonly text: string;
  readonly attachmentIds: readonly number[];
}

/** Refuses a completion the milestone cannot take now: done, waiting already, or dated ahead. */
export const checkCompletion = (
  context: MilestoneContext,
  completedOn: IsoDate,
  time: StepTime,
): void => {
  if (!awaitsCompletion(context.state)) {
    throw invalidState(
      context.state.phase === "done" ? "该节点计划已完成" : "该节点计划的完成申报正在审核中",
      context.state.phase === "done"
        ? "The milestone is done already"
        : "A completion of this milestone is waiting for review",
    );
  }
  if (completedOn > time.today) {
    throw new DubanError(
      "milestone.invalid_input",
      message("完成日期不能晚于今天", "The completion day cannot be after today"),
      { field: "body.completedOn" },
    );
  }
};

/** The request the office reviews, where the plan requires review; null otherwise. */
export const insertCompletionRequest = (
  trx: Kysely<Schema>,
  actor: Actor,
  context: MilestoneContext,
  completion: Completion,
  stamp: string,
): Promise<number | null> =>
  context.settings.reviewRequired
    ? insertRequest(
        trx,
        {
          milestoneId: context.row.id,
          planId: context.row.planId,
          kind: "completion",
          requestedBy: actor.name,
          unitId: auditActor(actor).unitId,
          payload: { ...completion },
        },
        stamp,
      )
    : Promise.resolve(null);

/** What a declaration records: waiting for review, or (no review) done at once. */
export const completionStep = (
  context: MilestoneContext,
  completion: Completion,
  requestId: number | null,
  time: StepTime,
  draftId?: number,
  openSubSteps?: OpenSubSteps | null,
): Step => ({
  entries: [
    [
      "milestone.completion_declared",
      {
        kind: "completion_declared",
        on: time.today,
        completedOn: completion.completedOn,
        requestId,
        attachmentIds: completion.attachmentIds,
        ...(draftId === undefined ? {} : { draftId }),
        ...(openSubSteps === undefined || openSubSteps === null ? {} : { openSubSteps }),
      },
    ],
    ...(requestId === null
      ? ([
          [
            "milestone.completion_approved",
            {
              kind: "completion_accepted",
              on: time.today,
              completedOn: completion.completedOn,
              requestId: null,
            },
          ],
        ] as const)
      : []),
  ],
  next: { ...context.state, phase: requestId === null ? "done" : "completion_pending" },
});

/**
 * The lead unit declares a milestone complete, with evidence. Where the
 * plan requires review it waits for a supervisor (a pending request);
 * otherwise it is done at once. The day the work was done is kept, so
 * whether it was late is known.
 */
export const declareCompletion = async (
  db: Database,
  actor: Actor,
  input: {
    readonly milestoneId: number;
    readonly version: number;
    readonly completedOn: IsoDate;
    readonly text: string;
    /** Files uploaded on the milestone beforehand (uploadEvidence). */
    readonly attachmentIds: readonly number[];
    /** Why it is complete while steps of its sub-plan are open (required then). */
    readonly openSubStepsReason?: string;
  },
  time: StepTime,
): Promise<{ readonly state: MilestoneState; readonly requestId: number | null }> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.declare_complete", relation: context.relation });
  checkCompletion(context, input.completedOn, time);
  const waiver = await openSubStepsWaiver(db.kysely, context.row.id, input.openSubStepsReason);
  const stamp = time.now.toISOString();
  const { state, prepared } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    async (trx) => {
      const completion = {
        completedOn: input.completedOn,
        text: input.text,
        attachmentIds: await claimEvidence(trx, actor, context.row.id, input.attachmentIds),
      };
      return {
        completion,
        requestId: await insertCompletionRequest(trx, actor, context, completion, stamp),
      };
    },
    ({ completion, requestId }) =>
      completionStep(context, completion, requestId, time, undefined, waiver),
  );
  return { state, requestId: prepared.requestId };
};
