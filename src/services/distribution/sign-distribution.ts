import type { Database } from "../../db/database.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  findDistributions,
  findDistributionUnits,
  markDistributionSigned,
} from "../../db/queries/distributions.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError, forbidden } from "../duban-error.js";
import { acknowledgeMilestone } from "../workflow/acknowledge.js";
import type { StepTime } from "../workflow/clock.js";
import {
  distributionNotFound,
  distributionOf,
  type DistributionView,
} from "./list-distributions.js";
import { ledMilestoneStates } from "./unit-acknowledgement.js";
import { refuseIfArchived } from "../archived-plan.js";

/** Acknowledges one milestone; a write that raced another is retried on the version it left. */
const acknowledgeOne = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
  version: number,
  time: StepTime,
): Promise<void> => {
  try {
    await acknowledgeMilestone(db, actor, { milestoneId, version }, time);
  } catch (error) {
    if (!(error instanceof DubanError) || error.code !== "milestone.conflict") throw error;
    const current = error.current as MilestoneState;
    await acknowledgeMilestone(db, actor, { milestoneId, version: current.version }, time);
  }
};

/**
 * The unit's 签收 of what it was sent: every milestone it leads in the plan today is
 * acknowledged through the workflow's own step (each with its ledger and audit entries),
 * then the distribution is marked signed. Signing again changes nothing.
 */
export const signDistribution = async (
  db: Database,
  actor: Actor,
  distributionId: number,
  time: StepTime,
): Promise<DistributionView> => {
  const [distribution] = await findDistributions(db.kysely, { id: distributionId });
  if (distribution === undefined) throw distributionNotFound(distributionId);
  if (actor.kind === "shell") {
    throw new DubanError(
      "distribution.invalid_input",
      message("签收须由收到下发的单位办理", "Only the unit that was sent it can sign for it"),
    );
  }
  const [unit] = await findDistributionUnits(db.kysely, [distributionId], [actor.unitId]);
  // The office may see the distribution, and is told it may not sign; a unit it was not
  // sent to is not told it exists.
  authorize(
    actor,
    { action: "distribution.sign", relation: unit === undefined ? "none" : "own_unit" },
    actorMay(actor, { action: "plan.read_all" })
      ? forbidden
      : () => distributionNotFound(distributionId),
  );
  if (unit === undefined || unit.signedAt !== null) {
    return distributionOf(db, actor, distributionId);
  }
  await refuseIfArchived(db.kysely, distribution.planId);
  const open = (await ledMilestoneStates(db, distribution.planId, unit.unitId)).filter(
    (state) => state.acknowledgedOn === null,
  );
  for (const state of open) {
    await acknowledgeOne(db, actor, state.milestoneId, state.version, time);
  }
  const stamp = time.now.toISOString();
  await writeTransaction(db, async (trx) => {
    const signed = await markDistributionSigned(
      trx,
      { distributionId, unitId: unit.unitId, by: auditActor(actor).name },
      stamp,
    );
    if (!signed) return;
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "distribution.signed",
        objectType: "distribution",
        objectId: distributionId,
        after: { unit: unit.unit, acknowledged: open.length },
      },
      stamp,
    );
  });
  return distributionOf(db, actor, distributionId);
};
