import type { Database } from "../../src/db/database.js";
import type { IsoDate } from "../../src/domain/iso-date.js";
import type { Actor } from "../../src/policies/actor.js";
import { changeTarget } from "../../src/services/targets/manage-targets.js";
import type { TargetView } from "../../src/services/targets/target-view.js";
import { at } from "./reference-workflow.js";

/** The office confirms a target (on 1 February unless told), as the API's PATCH does. */
export const confirmTarget = (
  db: Database,
  office: Actor,
  targetId: number,
  day: IsoDate = "2022-02-01",
): Promise<TargetView> =>
  changeTarget(db, office, { targetId, edit: { state: "confirmed" } }, at(day));
