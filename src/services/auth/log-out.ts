import type { Database } from "../../db/database.js";
import { revokeSession } from "../../db/queries/sessions.js";
import { findUser } from "../../db/queries/users.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { UserActor } from "../../policies/actor.js";
import { recordAccountEvent } from "./record-sign-in.js";

/** Ends a session: its cookie opens nothing from now on, on any instance. Audited. */
export const logOut = (
  db: Database,
  actor: UserActor,
  session: { readonly id: string; readonly clientIp: string | null },
  now: Date,
): Promise<void> =>
  writeTransaction(db, async (trx) => {
    await revokeSession(trx, session.id, now.toISOString());
    const user = await findUser(trx, actor.userId);
    if (user) {
      await recordAccountEvent(
        trx,
        user,
        actor.signedInVia,
        "auth.logged_out",
        session.clientIp,
        now,
      );
    }
  });
