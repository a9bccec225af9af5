import type { Database } from "../../db/database.js";
import { reachOfUnit, type ViewerScope } from "../../db/queries/access.js";
import type { Actor } from "../../policies/actor.js";
import { actorMay } from "../../policies/permissions.js";

export type { ViewerScope };

/**
 * What plan content an actor may see: everything (the supervision office,
 * administrators, the shell), or what its units stand in: the actor's own
 * unit and the groups it belongs to.
 */
export const viewerScope = async (db: Database, actor: Actor): Promise<ViewerScope> =>
  actorMay(actor, { action: "plan.read_all" }) || actor.kind === "shell"
    ? { all: true }
    : { all: false, ...(await reachOfUnit(db.kysely, actor.unitId)), unitId: actor.unitId };
