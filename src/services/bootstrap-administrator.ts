import { randomBytes } from "node:crypto";
import type { Database } from "../db/database.js";
import { countUsers } from "../db/queries/users.js";
import { findUnitByName, insertUnits } from "../db/queries/units.js";
import { shellActor } from "../policies/actor.js";
import { DubanError } from "./duban-error.js";
import { createUser } from "./users.js";

/** The unit the first administrator belongs to: the supervision office. */
export const OFFICE_UNIT = "督查室";
export const ADMIN_USERNAME = "admin";

export type Bootstrap =
  | { readonly created: false }
  | {
      readonly created: true;
      readonly username: string;
      /** Set when the password was generated: shown once, never stored in clear. */
      readonly generatedPassword: string | null;
    };

/**
 * On a database with no user, creates the administrator `admin` in the
 * supervision office, with the given password or a generated one.
 */
export const bootstrapAdministrator = async (
  db: Database,
  password: string | undefined,
  now: Date,
): Promise<Bootstrap> => {
  if ((await countUsers(db.kysely)) > 0) return { created: false };
  const office =
    (await findUnitByName(db.kysely, OFFICE_UNIT))?.id ??
    (await insertUnits(db.kysely, [OFFICE_UNIT], now.toISOString())).get(OFFICE_UNIT);
  if (office === undefined) throw new Error(`could not create the unit ${OFFICE_UNIT}`);
  const generated = password === undefined ? randomBytes(12).toString("base64url") : null;
  try {
    await createUser(
      db,
      shellActor("system:bootstrap"),
      {
        username: ADMIN_USERNAME,
        displayName: "系统管理员",
        unitId: office,
        role: "admin",
        password: password ?? generated ?? "",
      },
      now,
    );
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if (error instanceof DubanError && error.code === "user.conflict") return { created: false };
    throw error;
  }
  return { created: true, username: ADMIN_USERNAME, generatedPassword: generated };
};
