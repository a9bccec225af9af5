import type { Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { MilestonePhase, Schema } from "../schema.js";

export interface MilestoneState {
  readonly milestoneId: number;
  readonly version: number;
  readonly phase: MilestonePhase;
  readonly acknowledgedOn: string | null;
  readonly focus: boolean;
}

/** A milestone nobody has acted on: version 0, open, not acknowledged. */
export const initialState = (milestoneId: number): MilestoneState => ({
  milestoneId,
  version: 0,
  phase: "open",
  acknowledgedOn: null,
  focus: false,
});

export const readStates = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
): Promise<Map<number, MilestoneState>> => {
  const states = new Map<number, MilestoneState>();
  const rows = await collectChunks(chunksFor(milestoneIds, 1), (chunk) =>
    db.selectFrom("milestone_states").selectAll().where("milestone_id", "in", chunk).execute(),
  );
  for (const row of rows) {
    states.set(row.milestone_id, {
      milestoneId: row.milestone_id,
      version: row.version,
      phase: row.phase,
      acknowledgedOn: row.acknowledged_on,
      focus: row.focus !== 0,
    });
  }
  for (const id of milestoneIds) if (!states.has(id)) states.set(id, initialState(id));
  return states;
};

/**
 * Writes the next state if the stored one is still at `expected.version`;
 * false when another write came first (the caller answers 409).
 */
export const advanceState = async (
  db: Kysely<Schema>,
  planId: number,
  expected: MilestoneState,
  next: Omit<MilestoneState, "milestoneId" | "version">,
  now: string,
): Promise<boolean> => {
  const values = {
    version: expected.version + 1,
    phase: next.phase,
    acknowledged_on: next.acknowledgedOn,
    focus: next.focus ? 1 : 0,
    updated_at: now,
  };
  if (expected.version === 0) {
    const inserted = await db
      .insertInto("milestone_states")
      .values({ milestone_id: expected.milestoneId, plan_id: planId, ...values })
      .onConflict((oc) => oc.column("milestone_id").doNothing())
      .executeTakeFirst();
    return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }
  const updated = await db
    .updateTable("milestone_states")
    .set(values)
    .where("milestone_id", "=", expected.milestoneId)
    .where("version", "=", expected.version)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
};
