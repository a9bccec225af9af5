import type { Kysely } from "kysely";
import { readStates } from "../../db/queries/milestone-states.js";
import { currentMilestoneIdsOf, subPlanOfMilestone } from "../../db/queries/sub-plans.js";
import type { Database } from "../../db/database.js";
import type { Schema } from "../../db/schema.js";
import type { OpenSubSteps } from "../../domain/milestone-ledger.js";
import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

/** The longest reason a lead unit gives for completing a milestone over open steps. */
export const MAX_OPEN_SUB_STEPS_REASON = 2000;

/** How many steps of a milestone's sub-plan are not done (accepted) yet, whoever reads. */
export const countOpenSubSteps = async (
  db: Kysely<Schema>,
  milestoneId: number,
): Promise<number> => {
  const sub = await subPlanOfMilestone(db, milestoneId);
  if (sub === undefined) return 0;
  const ids = await currentMilestoneIdsOf(db, sub.id);
  const states = await readStates(db, ids);
  return ids.filter((id) => states.get(id)?.phase !== "done").length;
};

/**
 * A milestone is declared complete over open steps of its sub-plan only
 * with the lead unit's reason, kept in the ledger with the count: null when
 * every step is done (or there is no sub-plan), refused without a reason.
 */
export const openSubStepsWaiver = async (
  db: Kysely<Schema>,
  milestoneId: number,
  reason: string | undefined,
): Promise<OpenSubSteps | null> => {
  const count = await countOpenSubSteps(db, milestoneId);
  if (count === 0) return null;
  const given = reason?.trim() ?? "";
  if (given === "") {
    throw new DubanError(
      "milestone.invalid_input",
      message(
        `该节点计划的子计划还有 ${count} 个步骤未完成；如确已完成，请说明理由`,
        `${count} step(s) of this milestone's sub-plan are still open; give the reason it is complete all the same`,
      ),
      { field: "body.openSubStepsReason" },
    );
  }
  return { count, reason: given };
};

/**
 * A staff draft carries no reason for open steps: a completion over them
 * is the leader's to declare, with the reason, so the draft is refused.
 */
export const refuseDraftOverOpenSubSteps = async (
  db: Database,
  milestoneId: number,
): Promise<void> => {
  const count = await countOpenSubSteps(db.kysely, milestoneId);
  if (count === 0) return;
  throw new DubanError(
    "milestone.invalid_state",
    message(
      `该节点计划的子计划还有 ${count} 个步骤未完成，不能起草完成申报；如确已完成，请由单位负责人直接申报并说明理由`,
      `${count} step(s) of this milestone's sub-plan are still open, so its completion cannot be drafted; the unit leader may declare it with the reason`,
    ),
  );
};
