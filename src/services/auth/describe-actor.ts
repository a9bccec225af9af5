import type { Database } from "../../db/database.js";
import { unitNamesById } from "../../db/queries/units.js";
import type { ApiActor } from "../../policies/actor.js";
import type { Role } from "../../domain/role.js";

export interface ActorDescription {
  readonly name: string;
  readonly role: Role;
  readonly unitId: number;
  readonly unitName: string;
}

/** The scope an actor acts in, with its unit's name, for "who am I". */
export const describeActor = async (db: Database, actor: ApiActor): Promise<ActorDescription> => ({
  name: actor.name,
  role: actor.role,
  unitId: actor.unitId,
  unitName: (await unitNamesById(db.kysely, [actor.unitId])).get(actor.unitId) ?? "",
});
