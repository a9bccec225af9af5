import type { Database } from "../../db/database.js";
import {
  listRequests,
  type MilestoneRequest,
  type RequestState,
} from "../../db/queries/milestone-requests.js";
import type { Actor } from "../../policies/actor.js";
import { peopleNames, type NameOf } from "../people-names.js";
import { requestAbilities, type RequestAbilities } from "../access/abilities.js";
import { viewerScope } from "../access/viewer-scope.js";

/**
 * A request with who asked and who decided as people know them (周敏, not
 * user:office), and what the viewer may do on it now.
 */
export interface NamedRequest extends MilestoneRequest {
  readonly requestedByName: string;
  readonly decidedByName: string | null;
  readonly can: RequestAbilities;
}

const namedWith =
  (actor: Actor, nameOf: NameOf) =>
  (r: MilestoneRequest): NamedRequest => ({
    ...r,
    requestedByName: nameOf(r.requestedBy),
    decidedByName: r.decidedBy === null ? null : nameOf(r.decidedBy),
    can: requestAbilities(actor, r),
  });

export const nameRequests = async (
  db: Database,
  actor: Actor,
  requests: readonly MilestoneRequest[],
): Promise<NamedRequest[]> =>
  requests.map(
    namedWith(
      actor,
      await peopleNames(
        db,
        requests.flatMap((r) => [r.requestedBy, r.decidedBy]),
      ),
    ),
  );

export const nameRequest = async (
  db: Database,
  actor: Actor,
  r: MilestoneRequest,
): Promise<NamedRequest> =>
  namedWith(actor, await peopleNames(db, [r.requestedBy, r.decidedBy]))(r);

/**
 * Completion and extension requests: the supervision office's review queue
 * (all of them), or a unit's own (those of milestones it may see), of one
 * plan or of every plan in use.
 */
export const listMilestoneRequests = async (
  db: Database,
  actor: Actor,
  filter: { readonly planId?: number; readonly state?: RequestState },
): Promise<NamedRequest[]> => {
  const scope = await viewerScope(db, actor);
  return nameRequests(
    db,
    actor,
    await listRequests(db.kysely, {
      ...filter,
      planId: filter.planId ?? "in_use",
      visibleTo: scope,
    }),
  );
};
