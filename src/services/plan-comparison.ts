import type { Database } from "../db/database.js";
import type { PlanRow } from "../db/queries/plans.js";
import type { IsoDate } from "../domain/iso-date.js";
import type { Actor } from "../policies/actor.js";
import { planStatus, type PlanStatusReport } from "./plan-status.js";
import { plansVisibleTo } from "./plans.js";

/** One plan's headline figures beside the others'. */
export interface ComparedPlan {
  readonly plan: Pick<PlanRow, "id" | "title" | "year" | "kind" | "archivedAt">;
  readonly figures: Pick<
    PlanStatusReport,
    "total" | "counts" | "lights" | "onTime" | "completionRate" | "onTimeRate" | "reportsThisMonth"
  >;
}

export interface PlanComparison {
  readonly asOf: IsoDate;
  readonly items: readonly ComparedPlan[];
}

/**
 * Every plan the actor sees (in use; archived ones too when asked), side by
 * side: each plan's figures are exactly the dashboard's for that plan
 * (planStatus with the roll-ups alone), as the actor may see it, so the two
 * screens cannot disagree. Plans in the list's order, newest year first.
 */
export const comparePlans = async (
  db: Database,
  actor: Actor,
  input: { readonly asOf: IsoDate; readonly withArchived: boolean },
): Promise<PlanComparison> => {
  const plans = await plansVisibleTo(db, actor, input.withArchived ? "with_archived" : "in_use");
  const compared: ComparedPlan[] = [];
  // One plan after another: each takes the pool's connections for its counts.
  for (const plan of plans) {
    const status = await planStatus(db, actor, {
      planId: plan.id,
      asOf: input.asOf,
      milestones: "none",
      tasks: "none",
    });
    compared.push({
      plan: {
        id: plan.id,
        title: plan.title,
        year: plan.year,
        kind: plan.kind,
        archivedAt: plan.archivedAt,
      },
      figures: {
        total: status.total,
        counts: status.counts,
        lights: status.lights,
        onTime: status.onTime,
        completionRate: status.completionRate,
        onTimeRate: status.onTimeRate,
        reportsThisMonth: status.reportsThisMonth,
      },
    });
  }
  return { asOf: input.asOf, items: compared };
};
