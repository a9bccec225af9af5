import type { Database } from "../../db/database.js";
import { findPlan } from "../../db/queries/plans.js";
import { subordinateUnits } from "../../db/queries/sub-plans.js";
import type { Deadline } from "../../domain/deadline.js";
import { message } from "../../domain/message.js";
import type { ParentMilestone } from "../../domain/sub-plan.js";
import type { Actor } from "../../policies/actor.js";
import { refuseIfArchived } from "../archived-plan.js";
import { authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import {
  invalidState,
  loadMilestoneContext,
  milestoneNotFound,
  milestoneRemoved,
} from "../workflow/milestone-context.js";

/** A milestone about to be decomposed, with who may be responsible for its steps. */
export interface DecompositionParent {
  readonly milestoneId: number;
  readonly planId: number;
  readonly parent: ParentMilestone;
  readonly leadUnitId: number;
  /** The units a step may name: the lead unit itself and the units directly under it, by id. */
  readonly allowedUnits: ReadonlyMap<number, string>;
}

/**
 * The milestone the actor splits into a sub-plan (子计划): one it leads
 * (or any, for the office), current, on a plan in use, with a lead unit.
 */
export const loadDecompositionParent = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
): Promise<DecompositionParent> => {
  const context = await loadMilestoneContext(db, actor, milestoneId);
  authorize(actor, { action: "milestone.decompose", relation: context.relation });
  if (context.removedInRevision !== null) throw milestoneRemoved(context);
  await refuseIfArchived(db.kysely, context.row.planId);
  const lead = context.units.find((unit) => unit.role === "lead");
  if (lead === undefined) {
    throw invalidState(
      "该节点计划没有牵头单位，不能再分解",
      "The milestone has no lead unit, so it cannot be split into a sub-plan",
    );
  }
  const plan = await findPlan(db.kysely, context.row.planId);
  if (plan === undefined) throw milestoneNotFound(milestoneId);
  const below = await subordinateUnits(db.kysely, lead.unitId);
  return {
    milestoneId,
    planId: plan.id,
    parent: {
      planYear: plan.year,
      planIssuer: plan.issuer,
      taskTitle: context.row.taskTitle,
      text: context.row.text,
      deadline: JSON.parse(context.row.deadlineJson) as Deadline,
      leadUnit: lead.unit,
    },
    leadUnitId: lead.unitId,
    allowedUnits: new Map([[lead.unitId, lead.unit], ...below.map((u) => [u.id, u.name] as const)]),
  };
};

/** A step naming a unit that is neither the lead unit nor under it. */
export const notASubordinate = (unit: string, leadUnit: string, field?: string): DubanError =>
  new DubanError(
    "milestone.invalid_input",
    message(
      `「${unit}」不是${leadUnit}的内设科室或下级单位，子计划的步骤只能由它们负责`,
      `"${unit}" is neither a section nor a subordinate unit of ${leadUnit}; only those can be responsible for a sub-plan's steps`,
    ),
    field === undefined ? {} : { field },
  );
