import type { Kysely } from "kysely";
import type { Dialect } from "../../db/bulk-insert.js";
import {
  deleteTargets,
  followMilestoneTasks,
  insertTargets,
  moveTargetSpan,
  rereadTarget,
  storedTargetWords,
  targetSourcesInForce,
} from "../../db/queries/targets.js";
import type { Schema } from "../../db/schema.js";
import { extractTargets } from "../../domain/target-extraction.js";
import { reconcileProposals } from "../../domain/target-proposals.js";

/** What an import did to a plan's targets, for its audit entry. */
export interface ProposalCounts {
  readonly proposed: number;
  readonly dropped: number;
}

/**
 * Reads the targets of every task title and milestone text of the plan in
 * force and proposes them, in the import's transaction: a first import
 * proposes all of them, a revision what is new, drops the untouched
 * proposals whose words went and keeps everything else
 * (domain/target-proposals.ts).
 */
export const proposeTargets = async (
  db: Kysely<Schema>,
  dialect: Dialect,
  planId: number,
  now: string,
): Promise<ProposalCounts> => {
  await followMilestoneTasks(db, planId);
  const sources = await targetSourcesInForce(db, planId);
  const changes = reconcileProposals(
    await storedTargetWords(db, planId),
    sources.map((source) => ({ source, targets: extractTargets(source.text) })),
  );
  await deleteTargets(db, changes.drop);
  for (const { id, target } of changes.refresh) await rereadTarget(db, id, target);
  for (const { id, span } of changes.move) await moveTargetSpan(db, id, span);
  await insertTargets(
    db,
    dialect,
    changes.add.map((target) => ({
      planId,
      taskId: target.source.taskId,
      milestoneId: target.source.milestoneId,
      subject: target.subject,
      measure: target.measure,
      unitOfMeasure: target.unitOfMeasure,
      span: target.span,
      origin: "extracted",
      state: "proposed",
      baseline: target.baseline ?? null,
      changedBy: null,
    })),
    now,
  );
  return { proposed: changes.add.length, dropped: changes.drop.length };
};
