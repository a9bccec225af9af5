import type { Database } from "../../db/database.js";
import { insertRequest } from "../../db/queries/milestone-requests.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { claimEvidence } from "./evidence.js";
import { awaitsCompletion } from "./milestone-abilities.js";
import { invalidState, loadMilestoneContext } from "./milestone-context.js";
import { writeStep } from "./write-step.js";

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
  },
  time: StepTime,
): Promise<{ readonly state: MilestoneState; readonly requestId: number | null }> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.declare_complete", relation: context.relation });
  if (!awaitsCompletion(context.state)) {
    throw invalidState(
      context.state.phase === "done" ? "该节点计划已完成" : "该节点计划的完成申报正在审核中",
      context.state.phase === "done"
        ? "The milestone is done already"
        : "A completion of this milestone is waiting for review",
    );
  }
  if (input.completedOn > time.today) {
    throw new DubanError(
      "milestone.invalid_input",
      message("完成日期不能晚于今天", "The completion day cannot be after today"),
      { field: "body.completedOn" },
    );
  }
  const review = context.settings.reviewRequired;
  const stamp = time.now.toISOString();
  const { state, prepared } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    async (trx) => {
      const attachmentIds = await claimEvidence(trx, actor, context.row.id, input.attachmentIds);
      const requestId = review
        ? await insertRequest(
            trx,
            {
              milestoneId: context.row.id,
              planId: context.row.planId,
              kind: "completion",
              requestedBy: actor.name,
              unitId: auditActor(actor).unitId,
              payload: { completedOn: input.completedOn, text: input.text, attachmentIds },
            },
            stamp,
          )
        : null;
      return { attachmentIds, requestId };
    },
    ({ attachmentIds, requestId }) => ({
      entries: [
        [
          "milestone.completion_declared",
          {
            kind: "completion_declared",
            on: time.today,
            completedOn: input.completedOn,
            requestId,
            attachmentIds,
          },
        ],
        ...(review
          ? []
          : ([
              [
                "milestone.completion_approved",
                {
                  kind: "completion_accepted",
                  on: time.today,
                  completedOn: input.completedOn,
                  requestId: null,
                },
              ],
            ] as const)),
      ],
      next: { ...context.state, phase: review ? "completion_pending" : "done" },
    }),
  );
  return { state, requestId: prepared.requestId };
};
