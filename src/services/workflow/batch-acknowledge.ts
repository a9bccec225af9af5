import type { Database } from "../../db/database.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import { batchItemError, checkBatch, checkItem, milestoneLabel, type BatchItem } from "./batch.js";
import type { StepTime } from "./clock.js";
import {
  invalidState,
  loadMilestoneContext,
  milestoneRemoved,
  staleVersion,
  type MilestoneContext,
} from "./milestone-context.js";
import { applyStep, currentState, LostRace } from "./write-step.js";

/**
 * The lead unit acknowledges (签收) several milestones at once, all or
 * nothing: if any one may not be acknowledged by this actor, or is
 * acknowledged already, nothing changes and the error names it.
 */
export const acknowledgeMilestones = async (
  db: Database,
  actor: Actor,
  milestoneIds: readonly number[],
  time: StepTime,
): Promise<MilestoneState[]> => {
  checkBatch(milestoneIds);
  const checked: { readonly item: BatchItem; readonly context: MilestoneContext }[] = [];
  for (const [index, id] of milestoneIds.entries()) {
    const item: BatchItem = { index, label: `编号 ${String(id)}` };
    const context = await checkItem(item, async () => {
      const loaded = await loadMilestoneContext(db, actor, id);
      item.label = milestoneLabel(loaded.row);
      authorize(actor, { action: "milestone.acknowledge", relation: loaded.relation });
      if (loaded.removedInRevision !== null) throw milestoneRemoved(loaded);
      if (loaded.state.phase === "done")
        throw invalidState("该节点计划已完成", "The milestone is done");
      if (loaded.state.acknowledgedOn !== null) {
        throw invalidState(
          `已于 ${loaded.state.acknowledgedOn} 签收`,
          `It was acknowledged on ${loaded.state.acknowledgedOn}`,
        );
      }
      return loaded;
    });
    checked.push({ item, context });
  }
  const stamp = time.now.toISOString();
  try {
    return await writeTransaction(db, async (trx) => {
      const states: MilestoneState[] = [];
      for (const { context } of checked) {
        states.push(
          await applyStep(
            trx,
            actor,
            context,
            context.state.version,
            {
              entries: [["milestone.acknowledged", { kind: "acknowledged", on: time.today }]],
              next: { ...context.state, acknowledgedOn: time.today },
            },
            stamp,
          ),
        );
      }
      return states;
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const lost = checked.find(({ context }) => context.row.id === error.milestoneId);
    if (!lost) throw error;
    throw batchItemError(lost.item, staleVersion(await currentState(db, lost.context)));
  }
};
