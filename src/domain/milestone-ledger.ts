import type { IsoDate } from "./iso-date.js";
import type { MilestoneEvent } from "./milestone-status.js";

/**
 * Everything the workflow records about a milestone, each on the day it
 * took effect (`on`). The ledger is only ever appended to; status as of a
 * day is a fold over the entries up to it (milestone-status.ts).
 */
export type LedgerEntry =
  | { readonly kind: "acknowledged"; readonly on: IsoDate }
  | {
      readonly kind: "reported";
      readonly on: IsoDate;
      /** The lead unit's report is the milestone's progress; a cooperating unit's is input to it. */
      readonly official: boolean;
      readonly text: string;
      readonly percent: number | null;
      readonly attachmentIds: readonly number[];
      /** Cooperating units' reports (event ids) the lead's report draws on. */
      readonly cites: readonly number[];
    }
  | {
      readonly kind: "completion_declared";
      readonly on: IsoDate;
      readonly completedOn: IsoDate;
      readonly requestId: number | null;
      readonly attachmentIds: readonly number[];
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
  /** The supervision office marks the milestone for focus (重点关注), or clears it; status ignores both. */
  | { readonly kind: "focus_set"; readonly on: IsoDate }
  | { readonly kind: "focus_cleared"; readonly on: IsoDate };

export type LedgerKind = LedgerEntry["kind"];

/** The entries status depends on, as MilestoneEvents: official reports, accepted completions, approved extensions. */
export const statusEventsOf = (entries: readonly LedgerEntry[]): MilestoneEvent[] =>
  entries.flatMap((entry): MilestoneEvent[] => {
    switch (entry.kind) {
      case "reported":
        return entry.official ? [{ type: "reported", on: entry.on }] : [];
      case "completion_accepted":
        return [{ type: "completion_accepted", on: entry.on, completedOn: entry.completedOn }];
      case "extension_approved":
        return [{ type: "extension_approved", on: entry.on, newDue: entry.newDue }];
      default:
        return [];
    }
  });

/** The kinds `statusEventsOf` reads: what a status query loads from the ledger. */
export const STATUS_KINDS: readonly LedgerKind[] = [
  "reported",
  "completion_accepted",
  "extension_approved",
];
