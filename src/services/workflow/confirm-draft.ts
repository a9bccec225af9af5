import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { EVERY_RECORD } from "../../db/queries/access.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import { findDraft, type StoredDraft } from "../../db/queries/request-drafts.js";
import type { Schema } from "../../db/schema.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { completionStep, insertCompletionRequest } from "./declare-completion.js";
import {
  checkDraftPayload,
  loadDraft,
  moveDraft,
  refuseTransition,
  staleDraft,
} from "./draft-request.js";
import { extensionStep, insertExtensionRequest } from "./request-extension.js";
import { writeStep, type Step } from "./write-step.js";

/**
 * The lead unit's leader confirms a draft: it goes to the office exactly
 * as if the leader had submitted it (the request is the leader's, its
 * ledger entry names the draft). The draft's version guards the text the
 * leader saw; of two confirmations at once one submits, the other is 409.
 */
export const confirmDraft = async (
  db: Database,
  actor: Actor,
  input: { readonly draftId: number; readonly version: number },
  time: StepTime,
): Promise<{ readonly draft: StoredDraft; readonly state: MilestoneState }> => {
  const { draft, context } = await loadDraft(db, actor, input.draftId);
  authorize(actor, { action: "request.confirm", relation: context.relation });
  if (draft.version !== input.version) throw staleDraft(draft);
  refuseTransition(draft, "confirm");
  await checkDraftPayload(db, context, draft.payload, time);
  const stamp = time.now.toISOString();
  const payload = draft.payload;
  // The very request and ledger entry the leader's own submission makes, naming the draft.
  const submit = async (trx: Kysely<Schema>): Promise<{ requestId: number | null; step: Step }> => {
    if (payload.kind === "completion") {
      const requestId = await insertCompletionRequest(trx, actor, context, payload, stamp);
      return { requestId, step: completionStep(context, payload, requestId, time, draft.id) };
    }
    const requestId = await insertExtensionRequest(trx, actor, context, payload, stamp);
    return { requestId, step: extensionStep(context, payload, requestId, time, draft.id) };
  };
  const { state } = await writeStep(
    db,
    actor,
    context,
    context.state.version,
    time.now,
    async (trx) => {
      const submitted = await submit(trx);
      await moveDraft(
        trx,
        actor,
        context,
        draft,
        {
          version: input.version,
          transition: {
            kind: "confirm",
            mark: { by: actor.name, at: stamp },
            requestId: submitted.requestId,
          },
          payload: null,
          // The step's own entries (completion_declared, extension_requested) name the draft.
          entries: [],
        },
        stamp,
      );
      return submitted;
    },
    (submitted) => submitted.step,
  );
  return { draft: (await findDraft(db.kysely, draft.id, EVERY_RECORD)) ?? draft, state };
};

/** The leader sends a draft back to its drafter's unit, saying what to change. */
export const returnDraft = async (
  db: Database,
  actor: Actor,
  input: { readonly draftId: number; readonly version: number; readonly note: string },
  time: StepTime,
): Promise<StoredDraft> => {
  const { draft, context } = await loadDraft(db, actor, input.draftId);
  authorize(actor, { action: "request.confirm", relation: context.relation });
  const note = input.note.trim();
  if (note === "") {
    throw new DubanError(
      "milestone.invalid_input",
      message("退回草稿时须说明理由", "Say why when returning a draft"),
      { field: "body.note" },
    );
  }
  const stamp = time.now.toISOString();
  await writeTransaction(db, (trx) =>
    moveDraft(
      trx,
      actor,
      context,
      draft,
      {
        version: input.version,
        transition: { kind: "return", mark: { by: actor.name, at: stamp }, note },
        payload: null,
        entries: [
          [
            "milestone.draft_returned",
            {
              kind: "draft_returned",
              on: time.today,
              draftId: draft.id,
              requestKind: draft.payload.kind,
              note,
            },
          ],
        ],
      },
      stamp,
    ),
  );
  return (await findDraft(db.kysely, draft.id, EVERY_RECORD)) ?? draft;
};
