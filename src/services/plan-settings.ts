import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import { appendAudit } from "../db/queries/audit.js";
import { findPlan } from "../db/queries/plans.js";
import {
  readPlanSettings,
  writePlanSettings,
  type StoredPlanSettings,
} from "../db/queries/plan-settings.js";
import { message } from "../domain/message.js";
import type { PlanSettings } from "../domain/plan-settings.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, planNotFound } from "./duban-error.js";
import { readPlan } from "./plans.js";
import { refuseIfArchived } from "./archived-plan.js";

/** A plan's settings, for whoever may see the plan. */
export const getPlanSettings = async (
  db: Database,
  actor: Actor,
  planId: number,
): Promise<StoredPlanSettings> => {
  await readPlan(db, actor, { planId });
  const stored = (await readPlanSettings(db.kysely, [planId])).get(planId);
  if (!stored) throw planNotFound(planId);
  return stored;
};

/** The supervision office sets how a plan is run; a stale version is refused with 409. */
export const updatePlanSettings = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly version: number; readonly settings: PlanSettings },
  now: Date,
): Promise<StoredPlanSettings> => {
  authorize(actor, { action: "plan.configure" });
  if (!(await findPlan(db.kysely, input.planId))) throw planNotFound(input.planId);
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, input.planId);
    const before = (await readPlanSettings(trx, [input.planId])).get(input.planId);
    if (!before) throw planNotFound(input.planId);
    if (
      before.version !== input.version ||
      !(await writePlanSettings(trx, input.planId, input.settings, input.version, stamp))
    ) {
      throw new DubanError(
        "plan.conflict",
        message(
          "计划设置已被他人修改，请刷新后再保存",
          "Someone else has changed the plan's settings; reload them and save again",
        ),
        { field: "body.version", current: before },
      );
    }
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "plan.settings_changed",
        objectType: "plan",
        objectId: input.planId,
        before: before.settings,
        after: input.settings,
      },
      stamp,
    );
    return { settings: input.settings, version: input.version + 1 };
  });
};
