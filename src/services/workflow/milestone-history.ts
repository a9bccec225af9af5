import type { Database } from "../../db/database.js";
import { listAttachments, type AttachmentInfo } from "../../db/queries/attachments.js";
import { readLedger, type StoredLedgerEntry } from "../../db/queries/milestone-ledger.js";
import { listRequests } from "../../db/queries/milestone-requests.js";
import type { Actor } from "../../policies/actor.js";
import { viewerScope } from "../access/viewer-scope.js";
import { withActorNames } from "../people-names.js";
import { loadMilestoneContext } from "./milestone-context.js";
import { nameRequests, type NamedRequest } from "./review-queue.js";

/** A record with whoever made it as people know them. */
type Named<T> = T & { readonly actorName: string };

export interface MilestoneHistory {
  readonly entries: readonly Named<StoredLedgerEntry>[];
  readonly requests: readonly NamedRequest[];
  readonly attachments: readonly Named<AttachmentInfo>[];
}

/** Everything recorded about a milestone the actor may see, oldest first. */
export const milestoneHistory = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
): Promise<MilestoneHistory> => {
  await loadMilestoneContext(db, actor, milestoneId);
  return {
    entries: await withActorNames(db, await readLedger(db.kysely, [milestoneId])),
    requests: await nameRequests(
      db,
      actor,
      await listRequests(db.kysely, { milestoneIds: [milestoneId] }),
    ),
    attachments: await withActorNames(
      db,
      await listAttachments(db.kysely, milestoneId, await viewerScope(db, actor)),
    ),
  };
};
