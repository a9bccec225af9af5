import type { Database } from "../../db/database.js";
import {
  decideRequest as recordDecision,
  findRequest,
  type MilestoneRequest,
} from "../../db/queries/milestone-requests.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import { batchItemError, checkBatch, checkItem, milestoneLabel, type BatchItem } from "./batch.js";
import type { StepTime } from "./clock.js";
import { checkDecision, requestNotFound, stepFor, type Decision } from "./decide-request.js";
import {
  invalidState,
  loadMilestoneContext,
  staleVersion,
  type MilestoneContext,
} from "./milestone-context.js";
import { applyStep, currentState, LostRace } from "./write-step.js";

/** Thrown inside the transaction when a request was decided meanwhile by someone else. */
class DecidedMeanwhile extends Error {
  constructor(readonly item: BatchItem) {
    super("decided meanwhile");
  }
}

/**
 * The office decides several requests at once with one comment (批量通过),
 * all or nothing: if any one is not pending or cannot take the decision,
 * nothing changes and the error names it. Two requests on one milestone
 * (its completion and an extension) are decided one after the other.
 */
export const decideMilestoneRequests = async (
  db: Database,
  actor: Actor,
  input: {
    readonly requestIds: readonly number[];
    readonly decision: Decision;
    readonly comment: string;
  },
  time: StepTime,
): Promise<MilestoneRequest[]> => {
  authorize(actor, { action: "request.decide" });
  checkBatch(input.requestIds);
  const checked: {
    readonly item: BatchItem;
    readonly request: MilestoneRequest;
    readonly context: MilestoneContext;
  }[] = [];
  for (const [index, id] of input.requestIds.entries()) {
    const item: BatchItem = { index, label: `申请 ${String(id)}` };
    checked.push(
      await checkItem(item, async () => {
        const request = await findRequest(db.kysely, id);
        if (!request) throw requestNotFound(id);
        const context = await loadMilestoneContext(db, actor, request.milestoneId);
        item.label = milestoneLabel(context.row);
        checkDecision(request, input.decision, input.comment, context);
        return { item, request, context };
      }),
    );
  }
  const stamp = time.now.toISOString();
  const comment = input.comment.trim() === "" ? null : input.comment;
  try {
    await writeTransaction(db, async (trx) => {
      const states = new Map<number, MilestoneState>();
      for (const { item, request, context } of checked) {
        const decided = await recordDecision(
          trx,
          request.id,
          {
            state: input.decision === "approve" ? "approved" : "rejected",
            by: actor.name,
            comment,
          },
          stamp,
        );
        if (!decided) throw new DecidedMeanwhile(item);
        const state = states.get(context.row.id) ?? context.state;
        const step = stepFor(request, input.decision, input.comment, state, time.today);
        states.set(
          context.row.id,
          await applyStep(trx, actor, { ...context, state }, state.version, step, stamp),
        );
      }
    });
  } catch (error) {
    if (error instanceof DecidedMeanwhile) {
      throw batchItemError(
        error.item,
        invalidState("该申请已经处理", "The request has been decided already"),
      );
    }
    if (!(error instanceof LostRace)) throw error;
    const lost = checked.find(({ context }) => context.row.id === error.milestoneId);
    if (!lost) throw error;
    throw batchItemError(lost.item, staleVersion(await currentState(db, lost.context)));
  }
  const decided: MilestoneRequest[] = [];
  for (const { request } of checked)
    decided.push((await findRequest(db.kysely, request.id)) ?? request);
  return decided;
};
