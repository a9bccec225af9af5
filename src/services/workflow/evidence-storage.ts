import type { Database } from "../../db/database.js";
import { storedByUnit } from "../../db/queries/attachments.js";
import { listUnits } from "../../db/queries/units.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import type { EvidenceLimits } from "./evidence.js";

export interface EvidenceStorage extends EvidenceLimits {
  readonly units: readonly {
    readonly unitId: number;
    readonly name: string;
    readonly bytes: number;
    readonly files: number;
  }[];
}

/** Each unit's stored evidence against the quota, for the office and administrators. */
export const evidenceStorage = async (
  db: Database,
  actor: Actor,
  limits: EvidenceLimits,
): Promise<EvidenceStorage> => {
  authorize(actor, { action: "plan.read_all" });
  const used = new Map((await storedByUnit(db.kysely)).map((row) => [row.unitId, row]));
  return {
    ...limits,
    units: (await listUnits(db.kysely))
      .filter((unit) => unit.kind === "unit")
      .map((unit) => ({
        unitId: unit.id,
        name: unit.name,
        bytes: used.get(unit.id)?.bytes ?? 0,
        files: used.get(unit.id)?.files ?? 0,
      })),
  };
};
