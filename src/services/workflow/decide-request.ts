import type { Database } from "../../db/database.js";
import {
  decideRequest as recordDecision,
  findRequest,
  type MilestoneRequest,
} from "../../db/queries/milestone-requests.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { MilestoneAuditAction } from "../../db/queries/audit.js";
import type { LedgerEntry } from "../../domain/milestone-ledger.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { invalidState, loadMilestoneContext, type MilestoneContext } from "./milestone-context.js";
import { writeStep, type Step } from "./write-step.js";

export type Decision = "approve" | "reject";

export const requestNotFound = (id: number): DubanError =>
  new DubanError(
    "request.not_found",
    message(`没有编号为 ${id} 的申请`, `There is no request ${id}`),
  );

const payloadText = (request: MilestoneRequest, key: string): string => {
  const value = request.payload[key];
  if (typeof value !== "string") throw new Error(`request ${request.id} lacks ${key}`);
  return value;
};

/** The step a decision makes: what it records and where the milestone goes. */
export const stepFor = (
  request: MilestoneRequest,
  decision: Decision,
  comment: string,
  state: MilestoneState,
  today: string,
): Step => {
  const entry = (action: MilestoneAuditAction, ledger: LedgerEntry): Step["entries"][number] => [
    action,
    ledger,
  ];
  if (request.kind === "completion") {
    return decision === "approve"
      ? {
          entries: [
            entry("milestone.completion_approved", {
              kind: "completion_accepted",
              on: today,
              completedOn: payloadText(request, "completedOn"),
              requestId: request.id,
            }),
          ],
          next: { ...state, phase: "done" },
        }
      : {
          // Returned: back in progress, with the reason on record.
          entries: [
            entry("milestone.completion_returned", {
              kind: "completion_returned",
              on: today,
              requestId: request.id,
              comment,
            }),
          ],
          next: { ...state, phase: "open" },
        };
  }
  return {
    entries: [
      decision === "approve"
        ? entry("milestone.extension_approved", {
            kind: "extension_approved",
            on: today,
            requestId: request.id,
            newDue: payloadText(request, "newDue"),
          })
        : entry("milestone.extension_rejected", {
            kind: "extension_rejected",
            on: today,
            requestId: request.id,
            comment,
          }),
    ],
    next: state,
  };
};

/** Refuses a decision that cannot be made: decided already, a refusal without a reason, a late extension. */
export const checkDecision = (
  request: MilestoneRequest,
  decision: Decision,
  comment: string,
  context: MilestoneContext,
): void => {
  if (request.state !== "pending") {
    throw invalidState("该申请已经处理", "The request has been decided already");
  }
  if (decision === "reject" && comment.trim() === "") {
    throw new DubanError(
      "milestone.invalid_input",
      message("退回或不予延期时须说明理由", "Say why when returning or rejecting"),
      { field: "body.comment" },
    );
  }
  if (request.kind === "extension" && decision === "approve" && context.state.phase === "done") {
    // Moving the due date after the fact would turn a late completion into an on-time one.
    throw invalidState(
      "该节点计划已完成，不能再批准延期",
      "The milestone is done; an extension can no longer be approved",
    );
  }
};

/**
 * A supervisor decides a completion (approve, or return with a comment) or
 * an extension (approve, or reject with a comment). A refusal must say why.
 */
export const decideMilestoneRequest = async (
  db: Database,
  actor: Actor,
  input: {
    readonly requestId: number;
    readonly version: number;
    readonly decision: Decision;
    readonly comment: string;
  },
  time: StepTime,
): Promise<{ readonly state: MilestoneState; readonly request: MilestoneRequest }> => {
  authorize(actor, { action: "request.decide" });
  const request = await findRequest(db.kysely, input.requestId);
  if (!request) throw requestNotFound(input.requestId);
  const context = await loadMilestoneContext(db, actor, request.milestoneId);
  checkDecision(request, input.decision, input.comment, context);
  const stamp = time.now.toISOString();
  const { state } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    async (trx) => {
      const decided = await recordDecision(
        trx,
        request.id,
        {
          state: input.decision === "approve" ? "approved" : "rejected",
          by: actor.name,
          comment: input.comment.trim() === "" ? null : input.comment,
        },
        stamp,
      );
      if (!decided) throw invalidState("该申请已经处理", "The request has been decided already");
    },
    () => stepFor(request, input.decision, input.comment, context.state, time.today),
  );
  const decided = await findRequest(db.kysely, request.id);
  return { state, request: decided ?? request };
};
