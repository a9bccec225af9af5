import type { Database } from "../../db/database.js";
import { insertRequest, listRequests } from "../../db/queries/milestone-requests.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { stillOpen } from "./milestone-abilities.js";
import { invalidState, loadMilestoneContext } from "./milestone-context.js";
import { writeStep } from "./write-step.js";

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
  if (!stillOpen(context.state)) {
    throw invalidState("该节点计划已完成，无需延期", "The milestone is done; nothing to extend");
  }
  if (input.newDue <= time.today) {
    throw new DubanError(
      "milestone.invalid_input",
      message("新的完成时限须晚于今天", "The new due date must be after today"),
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
  const stamp = time.now.toISOString();
  const { state, prepared } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    (trx) =>
      insertRequest(
        trx,
        {
          milestoneId: context.row.id,
          planId: context.row.planId,
          kind: "extension",
          requestedBy: actor.name,
          unitId: auditActor(actor).unitId,
          payload: { newDue: input.newDue, reason: input.reason },
        },
        stamp,
      ),
    (requestId) => ({
      entries: [
        [
          "milestone.extension_requested",
          {
            kind: "extension_requested",
            on: time.today,
            requestId,
            newDue: input.newDue,
            reason: input.reason,
          },
        ],
      ],
      next: context.state,
    }),
  );
  return { state, requestId: prepared };
};
