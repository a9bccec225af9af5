import type { IsoDate } from "./iso-date.js";
import type { MilestoneEvent } from "./milestone-status.js";
import type { DraftKind } from "./request-draft.js";

/**
 * Everything the workflow records about a milestone, each on the day it
 * took effect (`on`). The ledger is only ever appended to; status as of a
 * day is a fold over the entries up to it (milestone-status.ts).
 */
/** Steps of a sub-plan (子计划) still open when its milestone was declared complete, and why. */
export interface OpenSubSteps {
  readonly count: number;
  readonly reason: string;
}

export type LedgerEntry =
  | { readonly kind: "acknowledged"; readonly on: IsoDate }
  | {
      /** The lead unit's report: the milestone's progress. */
      readonly kind: "reported";
      readonly on: IsoDate;
      readonly text: string;
      readonly percent: number | null;
      readonly attachmentIds: readonly number[];
      /** Cooperating units' inputs (entry ids) the report draws on. */
      readonly cites: readonly number[];
    }
  | {
      /** A cooperating unit's report: input for the lead's, not progress of its own. */
      readonly kind: "input";
      readonly on: IsoDate;
      readonly text: string;
      readonly percent: number | null;
      readonly attachmentIds: readonly number[];
    }
  | {
      readonly kind: "completion_declared";
      readonly on: IsoDate;
      readonly completedOn: IsoDate;
      readonly requestId: number | null;
      readonly attachmentIds: readonly number[];
      /** The staff draft the leader confirmed, when it came from one. */
      readonly draftId?: number;
      /** Declared while steps of the milestone's sub-plan were open, and the lead unit's reason. */
      readonly openSubSteps?: OpenSubSteps;
    }
  | {
      readonly kind: "completion_accepted";
      readonly on: IsoDate;
      readonly completedOn: IsoDate;
      readonly requestId: number | null;
    }
  | {
      readonly kind: "completion_returned";
      readonly on: IsoDate;
      readonly requestId: number;
      readonly comment: string;
    }
  | {
      readonly kind: "extension_requested";
      readonly on: IsoDate;
      readonly requestId: number;
      readonly newDue: IsoDate;
      readonly reason: string;
      /** The staff draft the leader confirmed, when it came from one. */
      readonly draftId?: number;
    }
  | {
      readonly kind: "extension_approved";
      readonly on: IsoDate;
      readonly requestId: number;
      readonly newDue: IsoDate;
    }
  | {
      /** An overdue milestone reached an escalation level (提醒 → 催办 → 督办通知 → 通报). */
      readonly kind: "escalated";
      readonly on: IsoDate;
      readonly level: string;
      readonly daysOverdue: number;
    }
  | {
      readonly kind: "extension_rejected";
      readonly on: IsoDate;
      readonly requestId: number;
      readonly comment: string;
    }
  | {
      /** The office issued a supervision notice (督办通知单) to the milestone's lead unit. */
      readonly kind: "notice_issued";
      readonly on: IsoDate;
      readonly noticeId: number;
      readonly numberText: string;
      readonly recipient: string;
      readonly replyDue: IsoDate;
      readonly daysOverdue: number;
    }
  /** A lead unit's staff drafted (or, returned, resubmitted) a request for its leader to confirm. */
  | {
      readonly kind: "draft_submitted";
      readonly on: IsoDate;
      readonly draftId: number;
      readonly requestKind: DraftKind;
      readonly resubmitted: boolean;
    }
  /** The unit's leader sent the draft back to its drafter, saying why. */
  | {
      readonly kind: "draft_returned";
      readonly on: IsoDate;
      readonly draftId: number;
      readonly requestKind: DraftKind;
      readonly note: string;
    }
  | {
      readonly kind: "draft_withdrawn";
      readonly on: IsoDate;
      readonly draftId: number;
      readonly requestKind: DraftKind;
    }
  /** The supervision office marks the milestone for focus (重点关注), or clears it; status ignores both. */
  | { readonly kind: "focus_set"; readonly on: IsoDate }
  | { readonly kind: "focus_cleared"; readonly on: IsoDate };

export type LedgerKind = LedgerEntry["kind"];

/** Entries of which status needs only the day: the lead's reports, acknowledgements. */
export const DAY_ONLY_KINDS: readonly LedgerKind[] = ["reported", "acknowledged"];

/** Entries that also carry the date status folds: completedOn, newDue. */
export const DATED_KINDS: readonly LedgerKind[] = ["completion_accepted", "extension_approved"];

/** Every kind status folds (milestone_status keeps their fold). */
export const STATUS_KINDS: readonly LedgerKind[] = [...DAY_ONLY_KINDS, ...DATED_KINDS];

/** The date an entry of DATED_KINDS carries; null for the others. */
export const ledgerDateOf = (entry: LedgerEntry): IsoDate | null =>
  entry.kind === "completion_accepted"
    ? entry.completedOn
    : entry.kind === "extension_approved"
      ? entry.newDue
      : null;

/**
 * What status folds of one entry, read as its kind, day and date: the
 * lead's reports, accepted completions and approved extensions; nothing of
 * the rest (inputs, requests, refusals, focus, escalations).
 */
export const statusEventOf = (fact: {
  readonly kind: LedgerKind;
  readonly on: IsoDate;
  readonly date: IsoDate | null;
}): MilestoneEvent | null => {
  if (fact.kind === "reported") return { type: "reported", on: fact.on };
  if (fact.date === null) return null;
  if (fact.kind === "completion_accepted") {
    return { type: "completion_accepted", on: fact.on, completedOn: fact.date };
  }
  if (fact.kind === "extension_approved") {
    return { type: "extension_approved", on: fact.on, newDue: fact.date };
  }
  return null;
};
