import type { Database } from "../../db/database.js";
import { insertSession } from "../../db/queries/sessions.js";
import type { UserRow } from "../../db/queries/users.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { SignIn } from "../../domain/sign-in.js";
import type { AuthSettings } from "./auth-settings.js";
import { recordLogin } from "./record-sign-in.js";
import { digestSecret, newSecret } from "./secret-token.js";

export interface OpenedSession {
  /** The cookie's value; only its digest is stored. */
  readonly token: string;
  /** Sent back in X-CSRF-Token with every write made with the cookie. */
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly user: UserRow;
}

/** Where a sign-in came from, as the audit log keeps it. */
export interface SignInRequest {
  /** What the person typed or the provider named them, for the log. */
  readonly username: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

/**
 * Opens a Duban session for a user whose identity has been proved, however
 * it was (password, OpenID provider, directory): the same cookie, CSRF token,
 * idle and absolute ends for every method, and one audit entry saying how.
 */
export const openSession = async (
  db: Database,
  user: UserRow,
  signIn: SignIn,
  request: SignInRequest,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> => {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + settings.sessionMaxHours * 3_600_000).toISOString();
  await writeTransaction(db, async (trx) => {
    await insertSession(
      trx,
      {
        id: digestSecret(token),
        userId: user.id,
        csrfToken,
        expiresAt,
        clientIp: request.clientIp,
        userAgent: request.userAgent,
        signIn,
      },
      now.toISOString(),
    );
    await recordLogin(trx, { kind: "succeeded", user, signIn, ...request }, now);
  });
  return { token, csrfToken, expiresAt, user };
};
