import type { Database } from "../../db/database.js";
import { listAttachments, type AttachmentInfo } from "../../db/queries/attachments.js";
import { readLedger, type StoredLedgerEntry } from "../../db/queries/milestone-ledger.js";
import { listRequests, type MilestoneRequest } from "../../db/queries/milestone-requests.js";
import type { Actor } from "../../policies/actor.js";
import { loadMilestoneContext } from "./milestone-context.js";

export interface MilestoneHistory {
  readonly entries: readonly StoredLedgerEntry[];
  readonly requests: readonly MilestoneRequest[];
  readonly attachments: readonly AttachmentInfo[];
}

/** Everything recorded about a milestone the actor may see, oldest first. */
export const milestoneHistory = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
): Promise<MilestoneHistory> => {
  await loadMilestoneContext(db, actor, milestoneId);
  return {
    entries: await readLedger(db.kysely, [milestoneId]),
    requests: await listRequests(db.kysely, { milestoneIds: [milestoneId] }),
    attachments: await listAttachments(db.kysely, milestoneId),
  };
};
