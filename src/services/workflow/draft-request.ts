import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import {
  advanceDraft,
  findDraft,
  insertDraft,
  type StoredDraft,
} from "../../db/queries/request-drafts.js";
import type { Schema } from "../../db/schema.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { message } from "../../domain/message.js";
import {
  applyDraftTransition,
  draftTransitionRefusal,
  TRANSITION_SOURCES,
  type DraftPayload,
  type DraftTransition,
} from "../../domain/request-draft.js";
import type { Actor } from "../../policies/actor.js";
import { EVERY_RECORD } from "../../db/queries/access.js";
import { draftScope } from "../access/record-scope.js";
import { authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { refuseDraftOverOpenSubSteps } from "../sub-plans/open-sub-steps.js";
import { checkCompletion } from "./declare-completion.js";
import { claimEvidence } from "./evidence.js";
import {
  invalidState,
  loadMilestoneContext,
  milestoneRemoved,
  type MilestoneContext,
} from "./milestone-context.js";
import { checkExtension } from "./request-extension.js";
import { recordEntries, type StepEntry } from "./write-step.js";

const draftNotFound = (id: number): DubanError =>
  new DubanError("draft.not_found", message(`没有编号为 ${id} 的草稿`, `There is no draft ${id}`));

/** The draft moved on since the client read it: 409 with where it stands now. */
export const staleDraft = (current: StoredDraft | undefined): DubanError =>
  new DubanError(
    "draft.conflict",
    message(
      "该草稿已被他人处理或修改，请刷新后再操作",
      "Someone else has acted on or changed this draft; reload it and try again",
    ),
    { field: "body.version", current },
  );

/** A draft with its milestone, if the actor may see it: its own unit's, or any for the office. */
export const loadDraft = async (
  db: Database,
  actor: Actor,
  draftId: number,
): Promise<{ readonly draft: StoredDraft; readonly context: MilestoneContext }> => {
  const draft = await findDraft(db.kysely, draftId, draftScope(actor));
  if (!draft) throw draftNotFound(draftId);
  const context = await loadMilestoneContext(db, actor, draft.milestoneId);
  return { draft, context };
};

/** The checks a submission by the leader would meet, made when the draft is written. */
export const checkDraftPayload = async (
  db: Database,
  context: MilestoneContext,
  payload: DraftPayload,
  time: StepTime,
): Promise<void> => {
  if (context.removedInRevision !== null) throw milestoneRemoved(context);
  if (payload.kind === "completion") {
    checkCompletion(context, payload.completedOn, time);
    await refuseDraftOverOpenSubSteps(db, context.row.id);
  } else await checkExtension(db, context, payload.newDue, time);
};

/** Refuses a transition the draft cannot take in the state it is in. */
export const refuseTransition = (draft: StoredDraft, transition: DraftTransition["kind"]): void => {
  const refusal = draftTransitionRefusal(draft.state, transition);
  if (refusal !== null) throw new DubanError("milestone.invalid_state", refusal);
};

/** The draft's next state by the domain's rules, or the refusal that says where it stands. */
export const transitionOf = (draft: StoredDraft, transition: DraftTransition) => {
  const result = applyDraftTransition(draft, transition);
  if (!result.ok) {
    throw new DubanError("milestone.invalid_state", result.refusal);
  }
  return result.next;
};

/**
 * Moves a draft on inside the caller's transaction, if it is still at the
 * version the client read and in a state the transition starts from, and
 * records the entries; 409 with the draft as it stands otherwise.
 */
export const moveDraft = async (
  trx: Kysely<Schema>,
  actor: Actor,
  context: MilestoneContext,
  draft: StoredDraft,
  move: {
    readonly version: number;
    readonly transition: DraftTransition;
    readonly payload: DraftPayload | null;
    readonly entries: readonly StepEntry[];
  },
  stamp: string,
): Promise<void> => {
  const next = transitionOf(draft, move.transition);
  const moved = await advanceDraft(
    trx,
    { id: draft.id, version: move.version, from: TRANSITION_SOURCES[move.transition.kind] },
    next,
    move.payload,
    stamp,
  );
  if (!moved) throw staleDraft(await findDraft(trx, draft.id, EVERY_RECORD));
  await recordEntries(trx, actor, context, move.entries, stamp);
};

/** Claims the newly cited evidence of a completion draft; files it cited before stay its own. */
const claimNewEvidence = async (
  trx: Kysely<Schema>,
  actor: Actor,
  context: MilestoneContext,
  payload: DraftPayload,
  before: readonly number[],
): Promise<DraftPayload> => {
  if (payload.kind !== "completion") return payload;
  const fresh = payload.attachmentIds.filter((id) => !before.includes(id));
  await claimEvidence(trx, actor, context.row.id, fresh);
  return payload;
};

const submittedEntry = (
  draftId: number,
  payload: DraftPayload,
  resubmitted: boolean,
  time: StepTime,
): StepEntry => [
  "milestone.draft_submitted",
  { kind: "draft_submitted", on: time.today, draftId, requestKind: payload.kind, resubmitted },
];

/**
 * A lead unit's staff drafts a completion declaration or an extension
 * request for its leader to confirm. It meets the checks the leader's own
 * submission would; one open draft of a kind per milestone.
 */
export const draftRequest = async (
  db: Database,
  actor: Actor,
  input: { readonly milestoneId: number; readonly payload: DraftPayload },
  time: StepTime,
): Promise<StoredDraft> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.draft_request", relation: context.relation });
  if (actor.kind === "shell") {
    throw invalidState("草稿由单位经办人起草", "Drafts are written by a unit's staff");
  }
  await checkDraftPayload(db, context, input.payload, time);
  const stamp = time.now.toISOString();
  const id = await writeTransaction(db, async (trx) => {
    const payload = await claimNewEvidence(trx, actor, context, input.payload, []);
    const inserted = await insertDraft(
      trx,
      {
        milestoneId: context.row.id,
        planId: context.row.planId,
        unitId: actor.unitId,
        draftedBy: actor.name,
        payload,
      },
      stamp,
    );
    if (inserted === null) {
      throw invalidState(
        "该节点计划已有一份同类草稿待处理，请修改那一份",
        "This milestone has an open draft of this kind already; edit that one",
      );
    }
    await recordEntries(
      trx,
      actor,
      context,
      [submittedEntry(inserted, payload, false, time)],
      stamp,
    );
    return inserted;
  });
  const stored = await findDraft(db.kysely, id, EVERY_RECORD);
  if (!stored) throw draftNotFound(id);
  return stored;
};

/** The drafter's unit edits a draft (drafted, or returned to it) and submits it to the leader again. */
export const resubmitDraft = async (
  db: Database,
  actor: Actor,
  input: { readonly draftId: number; readonly version: number; readonly payload: DraftPayload },
  time: StepTime,
): Promise<StoredDraft> => {
  const { draft, context } = await loadDraft(db, actor, input.draftId);
  authorize(actor, { action: "milestone.draft_request", relation: context.relation });
  if (input.payload.kind !== draft.payload.kind) {
    throw new DubanError(
      "milestone.invalid_input",
      message("草稿的类型不能更改", "A draft's kind cannot change"),
      { field: "body.kind" },
    );
  }
  refuseTransition(draft, "resubmit");
  await checkDraftPayload(db, context, input.payload, time);
  const stamp = time.now.toISOString();
  const before = draft.payload.kind === "completion" ? draft.payload.attachmentIds : [];
  await writeTransaction(db, async (trx) => {
    const payload = await claimNewEvidence(trx, actor, context, input.payload, before);
    await moveDraft(
      trx,
      actor,
      context,
      draft,
      {
        version: input.version,
        transition: { kind: "resubmit" },
        payload,
        entries: [submittedEntry(draft.id, payload, true, time)],
      },
      stamp,
    );
  });
  return (await findDraft(db.kysely, draft.id, EVERY_RECORD)) ?? draft;
};

/** The drafter's unit takes a draft back; nothing goes to the office. */
export const withdrawDraft = async (
  db: Database,
  actor: Actor,
  input: { readonly draftId: number; readonly version: number },
  time: StepTime,
): Promise<StoredDraft> => {
  const { draft, context } = await loadDraft(db, actor, input.draftId);
  authorize(actor, { action: "milestone.draft_request", relation: context.relation });
  const stamp = time.now.toISOString();
  await writeTransaction(db, (trx) =>
    moveDraft(
      trx,
      actor,
      context,
      draft,
      {
        version: input.version,
        transition: { kind: "withdraw", mark: { by: actor.name, at: stamp } },
        payload: null,
        entries: [
          [
            "milestone.draft_withdrawn",
            {
              kind: "draft_withdrawn",
              on: time.today,
              draftId: draft.id,
              requestKind: draft.payload.kind,
            },
          ],
        ],
      },
      stamp,
    ),
  );
  return (await findDraft(db.kysely, draft.id, EVERY_RECORD)) ?? draft;
};
