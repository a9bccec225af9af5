import type { Database } from "../db/database.js";
import { appendAudit } from "../db/queries/audit.js";
import { classifyPlan, findPlan, type PlanRow } from "../db/queries/plans.js";
import { writeTransaction } from "../db/write-transaction.js";
import { message } from "../domain/message.js";
import { planIdentityKey } from "../domain/plan-identity.js";
import { isPlanYear, MAX_PLAN_YEAR, MIN_PLAN_YEAR, readCategory } from "../domain/plan-grouping.js";
import type { Actor } from "../policies/actor.js";
import { refuseIfArchived } from "./archived-plan.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, planNotFound } from "./duban-error.js";

/** What the office changes of a plan's filing; a field left out stays. */
export interface PlanFiling {
  readonly year?: number;
  readonly category?: string;
}

const invalid = (field: string, text: { zh: string; en: string }): DubanError =>
  new DubanError("plan.invalid_input", message(text.zh, text.en), { field });

/** The filing as checked: a year in range, a category of one short line. */
const checkFiling = (filing: PlanFiling, plan: PlanRow): { year: number; category: string } => {
  if (filing.year !== undefined && !isPlanYear(filing.year)) {
    throw invalid("body.year", {
      zh: `年度应为 ${MIN_PLAN_YEAR}–${MAX_PLAN_YEAR} 之间的整数`,
      en: `The year is a whole number from ${MIN_PLAN_YEAR} to ${MAX_PLAN_YEAR}`,
    });
  }
  let category = plan.category;
  if (filing.category !== undefined) {
    const read = readCategory(filing.category);
    if (!read.ok) throw invalid("body.category", read.problem);
    category = read.category;
  }
  return { year: filing.year ?? plan.year, category };
};

/**
 * The office files a plan under a year and a category (政府工作报告, 民生实事,
 * a special plan): the groups of the plan list. A plan in use only; its
 * identity follows the year, so a table of the new year finds it.
 */
export const filePlan = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number } & PlanFiling,
  now: Date,
): Promise<PlanRow> => {
  authorize(actor, { action: "plan.classify" });
  return writeTransaction(db, async (trx) => {
    const before = await findPlan(trx, input.planId);
    if (!before) throw planNotFound(input.planId);
    await refuseIfArchived(trx, before.id);
    const after = checkFiling(input, before);
    await classifyPlan(trx, before.id, {
      ...after,
      planKey: planIdentityKey({ ...before, year: after.year, ownerUnit: before.ownerUnit }),
    });
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "plan.classified",
        objectType: "plan",
        objectId: before.id,
        before: { year: before.year, category: before.category },
        after,
      },
      now.toISOString(),
    );
    return { ...before, ...after };
  });
};
