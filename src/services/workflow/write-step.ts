import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { appendAudit, type MilestoneAuditAction } from "../../db/queries/audit.js";
import { appendLedger } from "../../db/queries/milestone-ledger.js";
import {
  advanceState,
  readStates,
  type MilestoneState,
} from "../../db/queries/milestone-states.js";
import type { Schema } from "../../db/schema.js";
import type { LedgerEntry } from "../../domain/milestone-ledger.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor } from "../authorize.js";
import type { MilestoneContext } from "./milestone-context.js";
import { milestoneRemoved, staleVersion } from "./milestone-context.js";
import { refuseIfArchived } from "../archived-plan.js";

/** One step of the workflow: the entries it records and where the milestone stands after it. */
export interface Step {
  readonly entries: readonly (readonly [MilestoneAuditAction, LedgerEntry])[];
  readonly next: Omit<MilestoneState, "milestoneId" | "version">;
}

/**
 * Writes a step in one transaction, if the milestone is still at the
 * version the client read: the ledger entries, each with its audit entry,
 * then the new state. `prepare` runs first in the same transaction (to
 * store files or requests whose ids the entries cite). A write that lost
 * the race changes nothing and answers 409 with the current state.
 */
export const writeStep = async <T>(
  db: Database,
  actor: Actor,
  context: MilestoneContext,
  expectedVersion: number,
  now: Date,
  prepare: (trx: Kysely<Schema>) => Promise<T>,
  step: (prepared: T) => Step,
): Promise<{ readonly state: MilestoneState; readonly prepared: T }> => {
  if (context.removedInRevision !== null) throw milestoneRemoved(context);
  if (context.state.version !== expectedVersion) throw staleVersion(context.state);
  const stamp = now.toISOString();
  const who = auditActor(actor);
  const target = { milestoneId: context.row.id, planId: context.row.planId };
  try {
    return await writeTransaction(db, async (trx) => {
      await refuseIfArchived(trx, target.planId);
      const prepared = await prepare(trx);
      const { entries, next } = step(prepared);
      if (!(await advanceState(trx, target.planId, context.state, next, stamp))) {
        throw new LostRace();
      }
      for (const [action, entry] of entries) {
        await appendLedger(trx, target, who, entry, stamp);
        await appendAudit(
          trx,
          who,
          { action, objectType: "milestone", objectId: target.milestoneId, after: entry },
          stamp,
        );
      }
      return {
        prepared,
        state: { ...next, milestoneId: target.milestoneId, version: expectedVersion + 1 },
      };
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const current = (await readStates(db.kysely, [target.milestoneId])).get(target.milestoneId);
    throw staleVersion(current ?? context.state);
  }
};

/** Another write advanced the milestone between our read and our write. */
class LostRace extends Error {
  constructor() {
    super("the milestone's version moved on");
  }
}
