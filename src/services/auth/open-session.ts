import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import { findSecondFactor, readSecondFactorPolicy } from "../../db/queries/second-factors.js";
import { insertSession } from "../../db/queries/sessions.js";
import type { UserRow } from "../../db/queries/users.js";
import type { Schema } from "../../db/schema.js";
import { writeTransaction } from "../../db/write-transaction.js";
import {
  PENDING_SESSION_MINUTES,
  pendingStep,
  secondFactorDue,
  type SecondFactorStep,
} from "../../domain/second-factor.js";
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
  /** What the session waits for before it reaches anything: null when it is whole. */
  readonly secondFactor: SecondFactorStep | null;
}

/** Where a sign-in came from, as the audit log keeps it. */
export interface SignInRequest {
  /** What the person typed or the provider named them, for the log. */
  readonly username: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

/** The step a user's new session waits for, or null when it need not wait. */
const secondFactorStepOf = async (
  db: Kysely<Schema>,
  user: UserRow,
): Promise<SecondFactorStep | null> => {
  const factor = await findSecondFactor(db, user.id);
  const enrolled = factor?.enrolledAt != null;
  const { roles } = await readSecondFactorPolicy(db);
  return secondFactorDue(roles, user.role, enrolled) ? pendingStep(enrolled) : null;
};

/** A session's new token pair and its row, for a session that begins or one that rises. */
export const storeSession = async (
  db: Kysely<Schema>,
  user: UserRow,
  signIn: SignIn,
  request: SignInRequest,
  secondFactor: "pending" | "passed" | "none",
  settings: AuthSettings,
  now: Date,
): Promise<Omit<OpenedSession, "secondFactor">> => {
  const token = newSecret();
  const csrfToken = newSecret();
  // A session waiting for its second factor is only good for typing it.
  const lasts =
    secondFactor === "pending"
      ? PENDING_SESSION_MINUTES * 60_000
      : settings.sessionMaxHours * 3_600_000;
  const expiresAt = new Date(now.getTime() + lasts).toISOString();
  await insertSession(
    db,
    {
      id: digestSecret(token),
      userId: user.id,
      csrfToken,
      expiresAt,
      clientIp: request.clientIp,
      userAgent: request.userAgent,
      signIn,
      secondFactor,
    },
    now.toISOString(),
  );
  return { token, csrfToken, expiresAt, user };
};

/**
 * Opens a Duban session for a user whose identity has been proved, however
 * it was (password, OpenID provider, directory): the same cookie, CSRF token,
 * idle and absolute ends for every method, and one audit entry saying how.
 * A user who has a second factor, or whose role requires one, gets a
 * session that waits for it (and reaches nothing else) for a few minutes.
 */
export const openSession = async (
  db: Database,
  user: UserRow,
  signIn: SignIn,
  request: SignInRequest,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> =>
  writeTransaction(db, async (trx) => {
    const step = await secondFactorStepOf(trx, user);
    const pending = step !== null;
    const opened = await storeSession(
      trx,
      user,
      signIn,
      request,
      pending ? "pending" : "none",
      settings,
      now,
    );
    await recordLogin(trx, { kind: "succeeded", user, signIn, pending, ...request }, now);
    return { ...opened, secondFactor: step };
  });
