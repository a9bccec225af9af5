import type { Kysely } from "kysely";
import type { LedgerEntry, LedgerKind } from "../../domain/milestone-ledger.js";
import type { AuditActor } from "./audit.js";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

export interface StoredLedgerEntry {
  readonly id: number;
  readonly milestoneId: number;
  readonly at: string;
  readonly actor: string;
  readonly userId: number | null;
  readonly unitId: number | null;
  readonly entry: LedgerEntry;
}

export const appendLedger = async (
  db: Kysely<Schema>,
  target: { readonly milestoneId: number; readonly planId: number },
  actor: AuditActor,
  entry: LedgerEntry,
  at: string,
): Promise<number> => {
  const { kind, on, ...payload } = entry;
  return (
    await db
      .insertInto("milestone_events")
      .values({
        milestone_id: target.milestoneId,
        plan_id: target.planId,
        kind,
        effective_on: on,
        at,
        actor: actor.name,
        user_id: actor.userId,
        unit_id: actor.unitId,
        payload_json: JSON.stringify(payload),
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
};

const toEntry = (row: { kind: string; effective_on: string; payload_json: string }): LedgerEntry =>
  ({
    kind: row.kind,
    on: row.effective_on,
    ...(JSON.parse(row.payload_json) as object),
  }) as LedgerEntry;

/**
 * The ledger entries of some milestones that took effect on or before a
 * day, oldest first; `kinds` narrows them to what the caller folds.
 */
export const readLedger = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
  options: { readonly upTo?: string; readonly kinds?: readonly LedgerKind[] } = {},
): Promise<StoredLedgerEntry[]> => {
  const rows = await collectChunks(chunksFor(milestoneIds, 1), (chunk) =>
    db
      .selectFrom("milestone_events")
      .selectAll()
      .where("milestone_id", "in", chunk)
      .$if(options.upTo !== undefined, (q) => q.where("effective_on", "<=", options.upTo ?? ""))
      .$if(options.kinds !== undefined, (q) => q.where("kind", "in", options.kinds ?? []))
      .orderBy("effective_on")
      .orderBy("id")
      .execute(),
  );
  return rows.map((row) => ({
    id: row.id,
    milestoneId: row.milestone_id,
    at: row.at,
    actor: row.actor,
    userId: row.user_id,
    unitId: row.unit_id,
    entry: toEntry(row),
  }));
};
