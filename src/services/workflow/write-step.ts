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

export type StepEntry = readonly [MilestoneAuditAction, LedgerEntry];

/** One step of the workflow: the entries it records and where the milestone stands after it. */
export interface Step {
  readonly entries: readonly StepEntry[];
  readonly next: Omit<MilestoneState, "milestoneId" | "version">;
}

/** Appends ledger entries to a milestone, each with its audit entry, inside the caller's transaction. */
export const recordEntries = async (
  trx: Kysely<Schema>,
  actor: Actor,
  context: MilestoneContext,
  entries: readonly StepEntry[],
  stamp: string,
): Promise<void> => {
  const who = auditActor(actor);
  const target = { milestoneId: context.row.id, planId: context.row.planId };
  for (const [action, entry] of entries) {
    await appendLedger(trx, target, who, entry, stamp);
    await appendAudit(
      trx,
      who,
      { action, objectType: "milestone", objectId: target.milestoneId, after: entry },
      stamp,
    );
  }
};

/**
 * Applies a step inside the caller's transaction, if the milestone is
 * still at `expectedVersion`: the new state, then the entries. Throws
 * LostRace when another write came first.
 */
export const applyStep = async (
  trx: Kysely<Schema>,
  actor: Actor,
  context: MilestoneContext,
  expectedVersion: number,
  step: Step,
  stamp: string,
): Promise<MilestoneState> => {
  if (context.removedInRevision !== null) throw milestoneRemoved(context);
  // Every path (one step, a batch, a confirmed draft) passes here.
  await refuseIfArchived(trx, context.row.planId);
  const expected = { ...context.state, version: expectedVersion };
  if (!(await advanceState(trx, context.row.planId, expected, step.next, stamp))) {
    throw new LostRace(context.row.id);
  }
  await recordEntries(trx, actor, context, step.entries, stamp);
  return { ...step.next, milestoneId: context.row.id, version: expectedVersion + 1 };
};

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
  try {
    return await writeTransaction(db, async (trx) => {
      const prepared = await prepare(trx);
      const state = await applyStep(trx, actor, context, expectedVersion, step(prepared), stamp);
      return { prepared, state };
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    throw staleVersion(await currentState(db, context));
  }
};

/** Where a milestone stands now, after a write lost its race. */
export const currentState = async (
  db: Database,
  context: MilestoneContext,
): Promise<MilestoneState> =>
  (await readStates(db.kysely, [context.row.id])).get(context.row.id) ?? context.state;

/** Another write advanced the milestone between our read and our write. */
export class LostRace extends Error {
  constructor(readonly milestoneId: number) {
    super("the milestone's version moved on");
  }
}
