import { randomBytes } from "node:crypto";
import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import { clearThrottle } from "../db/queries/login-throttle.js";
import { listUsers } from "../db/queries/users.js";
import { message } from "../domain/message.js";
import type { Actor } from "../policies/actor.js";
import { DubanError } from "./duban-error.js";
import { clearSecondFactor } from "./second-factor/administer.js";
import { updateUserAccount } from "./users.js";

export interface PasswordReset {
  /** Shown once. */
  readonly password: string;
  /** The user had a second factor, which is gone with the password: they enrol again. */
  readonly secondFactorReset: boolean;
}

/**
 * Gives a user a new, generated password, removes their second factor and
 * lifts a login lockout: the way back in when the only administrator's
 * password or phone is lost. The user's sessions end (updateUserAccount).
 */
export const resetPassword = async (
  db: Database,
  actor: Actor,
  username: string,
  now: Date,
): Promise<PasswordReset> => {
  const user = (await listUsers(db.kysely)).find((u) => u.username === username);
  if (!user) {
    throw new DubanError(
      "user.not_found",
      message(`没有用户「${username}」`, `There is no user "${username}"`),
    );
  }
  const password = randomBytes(12).toString("base64url");
  await updateUserAccount(db, actor, user.id, { password }, now);
  const secondFactorReset = await writeTransaction(db, async (trx) => {
    await clearThrottle(trx, `user:${username.toLowerCase()}`);
    return clearSecondFactor(trx, actor, user, now);
  });
  return { password, secondFactorReset };
};
