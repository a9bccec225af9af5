import type { Database } from "../../db/database.js";
import { milestoneVersionIdsOf } from "../../db/queries/milestone-scope.js";
import {
  listRequests,
  type MilestoneRequest,
  type RequestState,
} from "../../db/queries/milestone-requests.js";
import type { Actor } from "../../policies/actor.js";
import { peopleNames, type NameOf } from "../people-names.js";
import { viewerScope } from "../viewer-scope.js";

/** A request with who asked and who decided as people know them (周敏, not user:office). */
export interface NamedRequest extends MilestoneRequest {
  readonly requestedByName: string;
  readonly decidedByName: string | null;
}

const namedWith =
  (nameOf: NameOf) =>
  (r: MilestoneRequest): NamedRequest => ({
    ...r,
    requestedByName: nameOf(r.requestedBy),
    decidedByName: r.decidedBy === null ? null : nameOf(r.decidedBy),
  });

export const nameRequests = async (
  db: Database,
  requests: readonly MilestoneRequest[],
): Promise<NamedRequest[]> =>
  requests.map(
    namedWith(
      await peopleNames(
        db,
        requests.flatMap((r) => [r.requestedBy, r.decidedBy]),
      ),
    ),
  );

export const nameRequest = async (db: Database, r: MilestoneRequest): Promise<NamedRequest> =>
  namedWith(await peopleNames(db, [r.requestedBy, r.decidedBy]))(r);

/**
 * Completion and extension requests: the supervision office's review queue
 * (all of them), or a unit's own (those of milestones it may see).
 */
export const listMilestoneRequests = async (
  db: Database,
  actor: Actor,
  filter: { readonly planId?: number; readonly state?: RequestState },
): Promise<NamedRequest[]> => {
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
  return nameRequests(
    db,
    await listRequests(db.kysely, {
      ...filter,
      ...(milestoneIds === undefined ? {} : { milestoneIds }),
    }),
  );
};
