import type { Database } from "../../db/database.js";
import { milestoneVersionIdsOf } from "../../db/queries/milestone-scope.js";
import {
  listRequests,
  type MilestoneRequest,
  type RequestState,
} from "../../db/queries/milestone-requests.js";
import type { Actor } from "../../policies/actor.js";
import { viewerScope } from "../viewer-scope.js";

/**
 * Completion and extension requests: the supervision office's review queue
 * (all of them), or a unit's own (those of milestones it may see).
 */
export const listMilestoneRequests = async (
  db: Database,
  actor: Actor,
  filter: { readonly planId?: number; readonly state?: RequestState },
): Promise<MilestoneRequest[]> => {
  const scope = await viewerScope(db, actor);
  const milestoneIds = scope.all
    ? undefined
    : (
        await milestoneVersionIdsOf(db.kysely, {
          unitIds: scope.unitIds,
          planId: filter.planId,
          withLedTasks: true,
        })
      ).map((m) => m.milestoneId);
  return listRequests(db.kysely, {
    ...filter,
    ...(milestoneIds === undefined ? {} : { milestoneIds }),
  });
};
