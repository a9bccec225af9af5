import type { Kysely } from "kysely";
import { milestonesWithRecords, type MilestoneRecords } from "../db/queries/milestone-records.js";
import { withdrawPendingRequests } from "../db/queries/milestone-requests.js";
import type { StoredPlanContent } from "../db/queries/plan-content.js";
import type { Schema } from "../db/schema.js";
import { message } from "../domain/message.js";
import type { PlanDiff } from "../domain/revision-diff.js";
import { DubanError } from "./duban-error.js";

/** A milestone a revision would remove although something is recorded about it. */
export interface MilestoneRemoval extends MilestoneRecords {
  readonly milestoneId: number;
  readonly taskNo: number | null;
  readonly taskTitle: string;
  readonly seq: number | null;
  readonly text: string;
}

/** The milestones the diff removes that have history, evidence or open requests. */
export const removalsWithRecords = async (
  trx: Kysely<Schema>,
  stored: StoredPlanContent | undefined,
  diff: PlanDiff,
): Promise<MilestoneRemoval[]> => {
  if (!stored) return [];
  const removed = diff.milestones.flatMap((entry) => {
    if (entry.kind !== "removed") return [];
    const { taskIndex, milestoneIndex } = entry.before;
    const ref = stored.milestones[taskIndex]?.[milestoneIndex];
    const task = stored.plan.tasks[taskIndex];
    const milestone = task?.milestones[milestoneIndex];
    return ref && task && milestone ? [{ id: ref.id, task, milestone }] : [];
  });
  const records = await milestonesWithRecords(
    trx,
    removed.map((r) => r.id),
  );
  return removed.flatMap(({ id, task, milestone }) => {
    const found = records.get(id);
    return found
      ? [
          {
            milestoneId: id,
            taskNo: task.no,
            taskTitle: task.title,
            seq: milestone.seq,
            text: milestone.text,
            ...found,
          },
        ]
      : [];
  });
};

/** 409: the revision would remove milestones with records, and that was not confirmed. */
export const confirmationRequired = (
  target: { readonly planId: number; readonly revision: number },
  removals: readonly MilestoneRemoval[],
): DubanError =>
  new DubanError(
    "import.confirmation_required",
    message(
      `第${String(target.revision)}版将删除${String(removals.length)}个已有办理记录、佐证材料或待审申请的节点计划；确认删除后才能导入（confirmRemovals=true，命令行 --confirm-removals）`,
      `Revision ${String(target.revision)} would remove ${String(removals.length)} milestones that have history, evidence or open requests; confirm the removals to import it (confirmRemovals=true, --confirm-removals on the command line)`,
    ),
    { details: { planId: target.planId, revision: target.revision, removals } },
  );

/** The reason a request closes with when its milestone goes; the same words in the record. */
export const removalReason = (revision: number): string =>
  `milestone removed in revision ${String(revision)}`;

/**
 * Closes the open requests of removed milestones as withdrawn, with the
 * reason: nobody can decide on them any more, and nobody should wait.
 */
export const withdrawRemovedRequests = (
  trx: Kysely<Schema>,
  removals: readonly MilestoneRemoval[],
  revision: number,
  by: string,
  now: string,
): Promise<number[]> =>
  withdrawPendingRequests(
    trx,
    removals.filter((r) => r.openRequests > 0).map((r) => r.milestoneId),
    { by, reason: removalReason(revision) },
    now,
  );
