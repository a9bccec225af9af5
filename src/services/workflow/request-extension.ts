import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { insertRequest, listRequests } from "../../db/queries/milestone-requests.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { Schema } from "../../db/schema.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { stillOpen } from "./milestone-abilities.js";
import { invalidState, loadMilestoneContext, type MilestoneContext } from "./milestone-context.js";
import { writeStep, type Step } from "./write-step.js";

export interface Extension {
  readonly newDue: IsoDate;
  readonly reason: string;
}

/** Refuses an extension the milestone cannot take now: done, dated today or before, or one waits. */
export const checkExtension = async (
  db: Database,
  context: MilestoneContext,
  newDue: IsoDate,
  time: StepTime,
): Promise<void> => {
  if (!stillOpen(context.state)) {
    throw invalidState("该节点计划已完成，无需延期", "The milestone is done; nothing to extend");
  }
  if (newDue <= time.today) {
    throw new DubanError(
      "milestone.invalid_input",
      message("延期至的日期须晚于今天", "The new due date must be after today"),
      { field: "body.newDue" },
    );
  }
  const pending = await listRequests(db.kysely, {
    milestoneIds: [context.row.id],
    state: "pending",
  });
  if (pending.some((request) => request.kind === "extension")) {
    throw invalidState("已有待审批的延期申请", "An extension request is already waiting");
  }
};

export const insertExtensionRequest = (
  trx: Kysely<Schema>,
  actor: Actor,
  context: MilestoneContext,
  extension: Extension,
  stamp: string,
): Promise<number> =>
  insertRequest(
    trx,
    {
      milestoneId: context.row.id,
      planId: context.row.planId,
      kind: "extension",
      requestedBy: actor.name,
      unitId: auditActor(actor).unitId,
      payload: { ...extension },
    },
    stamp,
  );

export const extensionStep = (
  context: MilestoneContext,
  extension: Extension,
  requestId: number,
  time: StepTime,
  draftId?: number,
): Step => ({
  entries: [
    [
      "milestone.extension_requested",
      {
        kind: "extension_requested",
        on: time.today,
        requestId,
        newDue: extension.newDue,
        reason: extension.reason,
        ...(draftId === undefined ? {} : { draftId }),
      },
    ],
  ],
  next: context.state,
});

/**
 * The lead unit asks to move a due date, with a reason. The date moves
 * only if a supervisor approves; the original stays on record either way.
 */
export const requestExtension = async (
  db: Database,
  actor: Actor,
  input: {
    readonly milestoneId: number;
    readonly version: number;
    readonly newDue: IsoDate;
    readonly reason: string;
  },
  time: StepTime,
): Promise<{ readonly state: MilestoneState; readonly requestId: number }> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.request_extension", relation: context.relation });
  const extension = { newDue: input.newDue, reason: input.reason };
  await checkExtension(db, context, input.newDue, time);
  const { state, prepared } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    (trx) => insertExtensionRequest(trx, actor, context, extension, time.now.toISOString()),
    (requestId) => extensionStep(context, extension, requestId, time),
  );
  return { state, requestId: prepared };
};
