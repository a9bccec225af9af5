import type { IsoDate } from "./iso-date.js";
import { message, type Message } from "./message.js";

/**
 * 经办人起草、负责人审核: a lead unit's staff drafts what only its leader may
 * submit to the office (a completion declaration or an extension request);
 * the leader confirms it, which submits it as the leader's own, or returns
 * it with a note, and the staff edits and resubmits it or withdraws it.
 *
 *   drafted ──confirm──▶ confirmed (a request the office reviews)
 *   drafted ──return───▶ returned ──resubmit──▶ drafted
 *   drafted | returned ──withdraw──▶ withdrawn
 *
 * Confirmed and withdrawn drafts are closed: nothing moves them again.
 */
export type DraftPayload =
  | {
      readonly kind: "completion";
      readonly completedOn: IsoDate;
      readonly text: string;
      /** Evidence the drafter uploaded and cited; the request cites the same files. */
      readonly attachmentIds: readonly number[];
    }
  | { readonly kind: "extension"; readonly newDue: IsoDate; readonly reason: string };

export type DraftKind = DraftPayload["kind"];

/** Who did something to a draft and when (an instant). */
export interface DraftMark {
  readonly by: string;
  readonly at: string;
}

export type DraftState =
  | { readonly state: "drafted" }
  | { readonly state: "returned"; readonly returned: DraftMark; readonly note: string }
  | {
      readonly state: "confirmed";
      readonly confirmed: DraftMark;
      /** The request the office reviews; null where the plan needs no review (done at once). */
      readonly requestId: number | null;
    }
  | { readonly state: "withdrawn"; readonly withdrawn: DraftMark };

export type DraftStateName = DraftState["state"];

/** The states in which a draft still waits for someone: at most one per milestone and kind. */
export const OPEN_DRAFT_STATES: readonly DraftStateName[] = ["drafted", "returned"];

export const isOpenDraft = (state: DraftStateName): boolean => OPEN_DRAFT_STATES.includes(state);

export type DraftTransition =
  | { readonly kind: "resubmit" }
  | { readonly kind: "return"; readonly mark: DraftMark; readonly note: string }
  | { readonly kind: "confirm"; readonly mark: DraftMark; readonly requestId: number | null }
  | { readonly kind: "withdraw"; readonly mark: DraftMark };

/** The states each transition may start from. */
export const TRANSITION_SOURCES: Readonly<
  Record<DraftTransition["kind"], readonly DraftStateName[]>
> = {
  resubmit: ["drafted", "returned"],
  return: ["drafted"],
  confirm: ["drafted"],
  withdraw: ["drafted", "returned"],
};

const REFUSAL: Readonly<Record<DraftStateName, Message>> = {
  drafted: message("该草稿正在等待单位负责人确认", "The draft is waiting for the unit leader"),
  returned: message(
    "该草稿已退回经办人，须修改后重新提交",
    "The draft was returned; it must be edited and resubmitted first",
  ),
  confirmed: message(
    "该草稿已确认并报送督查室",
    "The draft was confirmed and submitted to the office",
  ),
  withdrawn: message("该草稿已撤回", "The draft was withdrawn"),
};

/** Whether a transition may start from a state; the refusal says where the draft stands. */
export const draftTransitionRefusal = (
  from: DraftStateName,
  transition: DraftTransition["kind"],
): Message | null => (TRANSITION_SOURCES[transition].includes(from) ? null : REFUSAL[from]);

/** The state a transition leads to, or the refusal when the draft cannot take it. */
export const applyDraftTransition = (
  from: DraftState,
  transition: DraftTransition,
):
  | { readonly ok: true; readonly next: DraftState }
  | { readonly ok: false; readonly refusal: Message } => {
  const refusal = draftTransitionRefusal(from.state, transition.kind);
  if (refusal !== null) return { ok: false, refusal };
  switch (transition.kind) {
    case "resubmit":
      return { ok: true, next: { state: "drafted" } };
    case "return":
      return {
        ok: true,
        next: { state: "returned", returned: transition.mark, note: transition.note },
      };
    case "confirm":
      return {
        ok: true,
        next: { state: "confirmed", confirmed: transition.mark, requestId: transition.requestId },
      };
    case "withdraw":
      return { ok: true, next: { state: "withdrawn", withdrawn: transition.mark } };
  }
};
