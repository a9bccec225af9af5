import { randomBytes } from "node:crypto";
import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import { clearThrottle } from "../db/queries/login-throttle.js";
import { listUsers } from "../db/queries/users.js";
import { message } from "../domain/message.js";
import type { Actor } from "../policies/actor.js";
import { DubanError } from "./duban-error.js";
import { updateUserAccount } from "./users.js";

/**
 * Gives a user a new, generated password and lifts a login lockout: the way
 * back in when the only administrator's password is lost. Returns the
 * password, shown once. The user's sessions end (updateUserAccount).
 */
export const resetPassword = async (
  db: Database,
  actor: Actor,
  username: string,
  now: Date,
): Promise<string> => {
  const user = (await listUsers(db.kysely)).find((u) => u.username === username);
  if (!user) {
    throw new DubanError(
      "user.not_found",
      message(`没有用户「${username}」`, `There is no user "${username}"`),
    );
  }
  const password = randomBytes(12).toString("base64url");
  await updateUserAccount(db, actor, user.id, { password }, now);
  await writeTransaction(db, (trx) => clearThrottle(trx, `user:${username.toLowerCase()}`));
  return password;
};
