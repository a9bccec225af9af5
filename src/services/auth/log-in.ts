import type { Database } from "../../db/database.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { clearThrottle, findThrottles, saveThrottle } from "../../db/queries/login-throttle.js";
import { insertSession } from "../../db/queries/sessions.js";
import { findUserCredentials, type UserRow } from "../../db/queries/users.js";
import { message } from "../../domain/message.js";
import {
  afterFailure,
  lockedForSeconds,
  type ThrottleRule,
} from "../../policies/login-throttle.js";
import { DubanError } from "../duban-error.js";
import type { AuthSettings } from "./auth-settings.js";
import { decoyHash, verifyPassword } from "./password.js";
import { digestSecret, newSecret } from "./secret-token.js";

export interface LogInInput {
  readonly username: string;
  readonly password: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

export interface OpenedSession {
  /** The cookie's value; only its digest is stored. */
  readonly token: string;
  /** Sent back in X-CSRF-Token with every write made with the cookie. */
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly user: UserRow;
}

const invalidCredentials = (): DubanError =>
  new DubanError(
    "auth.invalid_credentials",
    message("用户名或密码不正确", "The username or password is wrong"),
  );

const locked = (seconds: number): DubanError =>
  new DubanError(
    "auth.locked",
    message(
      `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
      `Too many failed logins; try again in ${Math.ceil(seconds / 60)} minutes`,
    ),
    { retryAfterSeconds: seconds },
  );

const throttleKeys = (
  input: LogInInput,
  settings: AuthSettings,
): readonly (readonly [string, ThrottleRule])[] => [
  [`user:${input.username.toLowerCase()}`, settings.perUser],
  ...(input.clientIp === null ? [] : [[`ip:${input.clientIp}`, settings.perAddress] as const]),
];

/**
 * Checks a username and password and opens a session. Wrong names and
 * wrong passwords get the same answer in the same time; too many failures
 * for a username or from an address lock them for a while, across every
 * instance of the server, since the counters are in the database.
 */
export const logIn = async (
  db: Database,
  input: LogInInput,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> => {
  const keys = throttleKeys(input, settings);
  const states = new Map(
    (
      await findThrottles(
        db.kysely,
        keys.map(([key]) => key),
      )
    ).map((s) => [s.key, s]),
  );
  const wait = Math.max(0, ...[...states.values()].map((s) => lockedForSeconds(s, now)));
  if (wait > 0) throw locked(wait);

  const found = await findUserCredentials(db.kysely, input.username);
  const matches = await verifyPassword(input.password, found?.passwordHash ?? (await decoyHash()));
  const user = found?.user;
  if (!user || !matches || user.disabled) {
    await writeTransaction(db, async (trx) => {
      const current = new Map(
        (
          await findThrottles(
            trx,
            keys.map(([key]) => key),
          )
        ).map((s) => [s.key, s]),
      );
      for (const [key, rule] of keys) {
        await saveThrottle(trx, { key, ...afterFailure(current.get(key), rule, now) });
      }
    });
    throw invalidCredentials();
  }

  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + settings.sessionMaxHours * 3_600_000).toISOString();
  await writeTransaction(db, async (trx) => {
    await clearThrottle(trx, `user:${input.username.toLowerCase()}`);
    await insertSession(
      trx,
      {
        id: digestSecret(token),
        userId: user.id,
        csrfToken,
        expiresAt,
        clientIp: input.clientIp,
        userAgent: input.userAgent,
      },
      now.toISOString(),
    );
  });
  return { token, csrfToken, expiresAt, user };
};
