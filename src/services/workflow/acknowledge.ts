import type { Database } from "../../db/database.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import type { StepTime } from "./clock.js";
import { loadMilestoneContext } from "./milestone-context.js";
import { writeStep } from "./write-step.js";

/**
 * The lead unit acknowledges (签收) a milestone it has been given. Doing it
 * twice is harmless: the first day stands.
 */
export const acknowledgeMilestone = async (
  db: Database,
  actor: Actor,
  input: { readonly milestoneId: number; readonly version: number },
  time: StepTime,
): Promise<MilestoneState> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.acknowledge", relation: context.relation });
  if (context.state.acknowledgedOn !== null) return context.state;
  const { state } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    () => Promise.resolve(),
    () => ({
      entries: [["milestone.acknowledged", { kind: "acknowledged", on: time.today }]],
      next: { ...context.state, acknowledgedOn: time.today },
    }),
  );
  return state;
};
