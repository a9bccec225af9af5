import type { Database } from "../db/database.js";
import { appendAudit } from "../db/queries/audit.js";
import { countPlanWork, deletePlanRows, type PlanWork } from "../db/queries/plan-work.js";
import { findPlan, setPlanArchived, type PlanRow } from "../db/queries/plans.js";
import type { Schema } from "../db/schema.js";
import { writeTransaction } from "../db/write-transaction.js";
import { message } from "../domain/message.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, planNotFound } from "./duban-error.js";
import type { Kysely } from "kysely";

/** The words for each kind of work, as the refusal of a deletion lists them. */
const WORK_WORDS: Readonly<Record<keyof PlanWork, { zh: string; en: string }>> = {
  ledgerEntries: { zh: "条办理记录（签收、进展、申报完成、延期等）", en: "workflow record(s)" },
  requests: { zh: "条完成申报或延期申请", en: "completion or extension request(s)" },
  attachments: { zh: "份佐证材料", en: "evidence file(s)" },
  instructions: { zh: "条批示", en: "instruction(s)" },
  notices: { zh: "份督办通知单", en: "supervision notice(s)" },
  distributions: { zh: "次下发", en: "distribution(s)" },
  focusedTasks: { zh: "项重点关注", en: "focus mark(s)" },
  reminders: { zh: "条催办提醒", en: "reminder(s)" },
  targets: { zh: "项经确认或修改的量化指标", en: "confirmed or edited target(s)" },
  targetActuals: { zh: "条指标实际值", en: "target actual(s)" },
  carriedForward: {
    zh: "个结转到下一年度计划的节点",
    en: "milestone(s) carried into next year's plan",
  },
  subPlans: { zh: "个子计划", en: "sub-plan(s)" },
};

const describeWork = (work: PlanWork, language: "zh" | "en"): string =>
  (Object.keys(WORK_WORDS) as (keyof PlanWork)[])
    .filter((kind) => work[kind] > 0)
    .map((kind) => `${String(work[kind])} ${WORK_WORDS[kind][language]}`)
    .join(language === "zh" ? "、" : ", ");

const hasWork = (work: PlanWork): boolean => Object.values(work).some((n) => n > 0);

/**
 * The plan, locked for this transaction: a workflow write on it that comes
 * at the same moment either commits first (and is counted) or waits and
 * then finds the plan archived or gone.
 */
const lockPlan = async (db: Database, trx: Kysely<Schema>, planId: number): Promise<PlanRow> => {
  const query = trx.selectFrom("plans").select("id").where("id", "=", planId);
  await (db.dialect === "postgres" ? query.forUpdate() : query).executeTakeFirst();
  const plan = await findPlan(trx, planId);
  if (!plan) throw planNotFound(planId);
  return plan;
};

/**
 * Archives a plan or brings it back: archived, it is read-only, out of
 * reminders and out of the picker, and still exportable. Doing it twice
 * changes nothing and records nothing.
 */
export const setPlanArchive = async (
  db: Database,
  actor: Actor,
  input: { readonly planId: number; readonly archived: boolean },
  now: Date,
): Promise<PlanRow> => {
  authorize(actor, { action: "plan.archive" });
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const plan = await lockPlan(db, trx, input.planId);
    if ((plan.archivedAt !== null) === input.archived) return plan;
    await setPlanArchived(trx, plan.id, input.archived ? stamp : null);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: input.archived ? "plan.archived" : "plan.unarchived",
        objectType: "plan",
        objectId: plan.id,
        after: { title: plan.title, year: plan.year },
      },
      stamp,
    );
    return { ...plan, archivedAt: input.archived ? stamp : null };
  });
};

/**
 * Deletes a wrongly imported plan, only while nothing has been done on it:
 * otherwise 409 `plan.has_work`, naming the work (details: the counts), and
 * the plan can be archived instead. Answers the plan as it was.
 */
export const deletePlan = async (
  db: Database,
  actor: Actor,
  planId: number,
  now: Date,
): Promise<PlanRow> => {
  authorize(actor, { action: "plan.archive" });
  const stamp = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const plan = await lockPlan(db, trx, planId);
    const work = await countPlanWork(trx, plan.id);
    if (hasWork(work)) {
      throw new DubanError(
        "plan.has_work",
        message(
          `计划「${plan.title}」已有办理工作（${describeWork(work, "zh")}），不能删除；可以归档`,
          `Work has been done on the plan "${plan.title}" (${describeWork(work, "en")}): it cannot be deleted; archive it instead`,
        ),
        { details: { work } },
      );
    }
    await deletePlanRows(trx, plan.id);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "plan.deleted",
        objectType: "plan",
        objectId: plan.id,
        after: { title: plan.title, year: plan.year },
      },
      stamp,
    );
    return plan;
  });
};
