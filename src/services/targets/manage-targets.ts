import type { Database } from "../../db/database.js";
import { appendAudit, type TargetAuditView } from "../../db/queries/audit.js";
import { findMilestoneRows } from "../../db/queries/milestone-rows.js";
import { findPlan } from "../../db/queries/plans.js";
import { findTaskRows } from "../../db/queries/task-rows.js";
import {
  insertTarget,
  updateTarget,
  type StoredTarget,
  type TargetChange,
} from "../../db/queries/targets.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { TargetMeasure } from "../../domain/target.js";
import type { Actor } from "../../policies/actor.js";
import { refuseIfArchived } from "../archived-plan.js";
import { auditActor, authorize } from "../authorize.js";
import { planNotFound } from "../duban-error.js";
import type { StepTime } from "../workflow/clock.js";
import { viewerScope } from "../access/viewer-scope.js";
import { loadTarget } from "./list-targets.js";
import { invalidTarget } from "./target-errors.js";
import { changedFields, changesAnything } from "./target-change.js";
import { baselineFrom, measureFrom, wordsFrom, type MeasureInput } from "./target-input.js";
import { targetViews, type TargetView } from "./target-view.js";

const auditView = (
  target: Pick<
    StoredTarget,
    | "planId"
    | "taskId"
    | "milestoneId"
    | "subject"
    | "measure"
    | "unitOfMeasure"
    | "state"
    | "baseline"
  >,
): TargetAuditView => ({
  planId: target.planId,
  taskId: target.taskId,
  milestoneId: target.milestoneId,
  subject: target.subject,
  measure: target.measure,
  unitOfMeasure: target.unitOfMeasure,
  state: target.state,
  baseline: target.baseline,
});

/** The view of a target as the actor sees it today, after its write (if any). */
const viewAfterWrite = async (
  db: Database,
  actor: Actor,
  id: number,
  time: StepTime,
): Promise<TargetView> => {
  const { target } = await loadTarget(db, actor, id);
  const [view] = await targetViews(db, actor, await viewerScope(db, actor), [target], time.today);
  if (!view) throw new Error(`target ${String(id)} vanished after its write`);
  return view;
};

/** Where an added target belongs: a milestone in force of the plan, or a task's own words. */
const placeOf = async (
  db: Database,
  planId: number,
  where: { readonly taskId?: number; readonly milestoneId?: number },
): Promise<{ readonly taskId: number; readonly milestoneId: number | null }> => {
  if (where.milestoneId !== undefined) {
    const [row] = await findMilestoneRows(db.kysely, {
      planId,
      ids: { of: "milestone", values: [where.milestoneId] },
    });
    if (!row) {
      throw invalidTarget(
        "body.milestoneId",
        `计划 #${planId} 没有现行的节点计划 #${where.milestoneId}`,
        `Plan #${planId} has no milestone #${where.milestoneId} in force`,
      );
    }
    if (where.taskId !== undefined && where.taskId !== row.taskId) {
      throw invalidTarget(
        "body.taskId",
        `节点计划 #${where.milestoneId} 不属于任务 #${where.taskId}`,
        `Milestone #${where.milestoneId} is not in task #${where.taskId}`,
      );
    }
    return { taskId: row.taskId, milestoneId: row.id };
  }
  if (where.taskId === undefined) {
    throw invalidTarget(
      "body.taskId",
      "请指明指标属于哪项任务（taskId）或哪个节点计划（milestoneId）",
      "Name the task (taskId) or milestone (milestoneId) the target belongs to",
    );
  }
  const [task] = await findTaskRows(db.kysely, { planId, taskIds: [where.taskId] });
  if (!task) {
    throw invalidTarget(
      "body.taskId",
      `计划 #${planId} 没有现行的任务 #${where.taskId}`,
      `Plan #${planId} has no task #${where.taskId} in force`,
    );
  }
  return { taskId: task.id, milestoneId: null };
};

export interface NewTargetInput extends MeasureInput {
  readonly planId: number;
  readonly taskId?: number;
  readonly milestoneId?: number;
  readonly subject: string;
  readonly unitOfMeasure: string;
  readonly baseline?: number | null;
}

/**
 * The office adds a target the words did not state, on a task or a
 * milestone: confirmed from the start, with no span.
 */
export const addTarget = async (
  db: Database,
  actor: Actor,
  input: NewTargetInput,
  time: StepTime,
): Promise<TargetView> => {
  authorize(actor, { action: "target.manage" });
  const plan = await findPlan(db.kysely, input.planId);
  if (!plan) throw planNotFound(input.planId);
  const place = await placeOf(db, plan.id, input);
  const target = {
    planId: plan.id,
    ...place,
    subject: wordsFrom("subject", input.subject),
    measure: measureFrom(input, null),
    unitOfMeasure: wordsFrom("unitOfMeasure", input.unitOfMeasure),
    span: null,
    origin: "added" as const,
    state: "confirmed" as const,
    baseline: baselineFrom(input.baseline ?? null),
  };
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  const id = await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, plan.id);
    const inserted = await insertTarget(trx, { ...target, changedBy: who.name }, stamp);
    await appendAudit(
      trx,
      who,
      {
        action: "target.added",
        objectType: "target",
        objectId: inserted,
        after: auditView(target),
      },
      stamp,
    );
    return inserted;
  });
  return viewAfterWrite(db, actor, id, time);
};

export interface TargetEdit extends MeasureInput {
  readonly subject?: string;
  readonly unitOfMeasure?: string;
  readonly baseline?: number | null;
  /** Confirm it, or dismiss it; a proposal is only ever the import's. */
  readonly state?: "confirmed" | "dismissed";
}

/**
 * The office confirms, edits or dismisses a target (or brings a dismissed
 * one back by confirming it). Any change makes the target the office's: a
 * revision of the plan keeps it from then on. A request that only repeats
 * what is stored changes nothing: no write, no audit entry, and a proposal
 * stays the import's.
 */
export const changeTarget = async (
  db: Database,
  actor: Actor,
  input: { readonly targetId: number; readonly edit: TargetEdit },
  time: StepTime,
): Promise<TargetView> => {
  authorize(actor, { action: "target.manage" });
  const { target } = await loadTarget(db, actor, input.targetId);
  const { edit } = input;
  if (!changesAnything(edit)) {
    throw invalidTarget("body", "没有要修改的内容", "The request changes nothing");
  }
  const touchesMeasure =
    edit.comparison !== undefined ||
    edit.value !== undefined ||
    edit.low !== undefined ||
    edit.high !== undefined;
  const measure: TargetMeasure | undefined = touchesMeasure
    ? measureFrom(edit, target.measure)
    : undefined;
  const requested: TargetChange = {
    ...(edit.subject === undefined ? {} : { subject: wordsFrom("subject", edit.subject) }),
    ...(measure === undefined ? {} : { measure }),
    ...(edit.unitOfMeasure === undefined
      ? {}
      : { unitOfMeasure: wordsFrom("unitOfMeasure", edit.unitOfMeasure) }),
    ...(edit.baseline === undefined ? {} : { baseline: baselineFrom(edit.baseline) }),
    ...(edit.state === undefined ? {} : { state: edit.state }),
  };
  const change = changedFields(target, requested);
  if (!changesAnything(change)) return viewAfterWrite(db, actor, target.id, time);
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, target.planId);
    await updateTarget(trx, target.id, change, who.name, stamp);
    await appendAudit(
      trx,
      who,
      {
        action: "target.changed",
        objectType: "target",
        objectId: target.id,
        before: auditView(target),
        after: auditView({ ...target, ...change }),
      },
      stamp,
    );
  });
  return viewAfterWrite(db, actor, target.id, time);
};
