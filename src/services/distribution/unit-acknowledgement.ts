import type { Database } from "../../db/database.js";
import { readStates, type MilestoneState } from "../../db/queries/milestone-states.js";
import { ledInPlan, reachOfUnit } from "../../db/queries/access.js";

/**
 * The milestones a unit leads in a plan's current revision (directly or through a group),
 * with their workflow state: what its 签收 acknowledges, the same ones its 待签收 list shows.
 */
export const ledMilestoneStates = async (
  db: Database,
  planId: number,
  unitId: number,
): Promise<MilestoneState[]> => {
  const led = await ledInPlan(db.kysely, await reachOfUnit(db.kysely, unitId), planId);
  return [...(await readStates(db.kysely, led.milestoneIds)).values()];
};

export interface Acknowledgement {
  readonly acknowledged: number;
  readonly total: number;
}

export const acknowledgementOf = (states: readonly MilestoneState[]): Acknowledgement => ({
  acknowledged: states.filter((s) => s.acknowledgedOn !== null).length,
  total: states.length,
});
