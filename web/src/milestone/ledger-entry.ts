import type { Milestone, Schema } from "../api.js";

export type LedgerEntry = Schema<"LedgerEntry">;
export type MilestoneHistory = {
  readonly entries: readonly LedgerEntry[];
  readonly requests: readonly Schema<"MilestoneRequest">[];
  readonly attachments: readonly Schema<"Attachment">[];
};

/**
 * The fields of a ledger entry (src/domain/milestone-ledger.ts) read
 * defensively: the API documents the entry as a kind, a day and more.
 */
export const textField = (entry: LedgerEntry["entry"], field: string): string | null => {
  const value = entry[field];
  return typeof value === "string" ? value : null;
};

export const numberField = (entry: LedgerEntry["entry"], field: string): number | null => {
  const value = entry[field];
  return typeof value === "number" ? value : null;
};

export const idsField = (entry: LedgerEntry["entry"], field: string): number[] => {
  const value = entry[field];
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === "number") : [];
};

/** The unit's name as the milestone lists it; "" for the office and others it does not list. */
export const unitName = (milestone: Milestone, unitId: number | null): string =>
  milestone.units.find((u) => u.unitId === unitId)?.unit ?? "";

/** A completion declared over open steps of the milestone's sub-plan: how many, and why. */
export const openSubStepsField = (
  entry: LedgerEntry["entry"],
): { readonly count: number; readonly reason: string } | null => {
  const value = entry.openSubSteps;
  if (typeof value !== "object" || value === null) return null;
  const { count, reason } = value as Record<string, unknown>;
  return typeof count === "number" && typeof reason === "string" ? { count, reason } : null;
};
