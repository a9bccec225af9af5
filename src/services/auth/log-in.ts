import type { Database } from "../../db/database.js";
import { findUserCredentials } from "../../db/queries/users.js";
import { PASSWORD_SIGN_IN } from "../../domain/sign-in.js";
import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";
import { throttled, type ThrottledOutcome, type ThrottleKey } from "./attempt-throttle.js";
import type { AuthSettings } from "./auth-settings.js";
import { recordLogin } from "./record-sign-in.js";
import { openSession, type OpenedSession, type SignInRequest } from "./open-session.js";
import { decoyHash, verifyPassword } from "./password.js";

export interface LogInInput {
  readonly username: string;
  readonly password: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

const invalidCredentials = (): DubanError =>
  new DubanError(
    "auth.invalid_credentials",
    message("用户名或密码不正确", "The username or password is wrong"),
  );

export const lockedOut = (seconds: number): DubanError =>
  new DubanError(
    "auth.locked",
    message(
      `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
      `Too many failed logins; try again in ${Math.ceil(seconds / 60)} minutes`,
    ),
    { retryAfterSeconds: seconds },
  );

/** The counters a login attempt is charged to: its username, and its address when known. */
export const loginThrottleKeys = (
  username: string,
  clientIp: string | null,
  settings: AuthSettings,
): readonly ThrottleKey[] => [
  { key: `user:${username.toLowerCase()}`, rule: settings.perUser },
  ...(clientIp === null ? [] : [{ key: `ip:${clientIp}`, rule: settings.perAddress }]),
];

/**
 * Checks a username and password and opens a session. Wrong names and
 * wrong passwords get the same answer in the same time; too many attempts
 * for a username or from an address lock them for a while, across every
 * instance of the server, since the counters are in the database and each
 * attempt is counted before its password is checked.
 */
export const logIn = async (
  db: Database,
  input: LogInInput,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> => {
  const attempt = await throttled(
    db,
    loginThrottleKeys(input.username, input.clientIp, settings),
    now,
    async () => {
      const found = await findUserCredentials(db.kysely, input.username);
      const hash = found?.passwordHash ?? (await decoyHash());
      const matches = await verifyPassword(input.password, hash);
      return found && matches && !found.user.disabled ? found.user : undefined;
    },
  );
  const tried = triedBy(input);
  const user = await settled(db, attempt, tried, now);
  return openSession(db, user, PASSWORD_SIGN_IN, tried, settings, now);
};

/** Who tried, from where: never the password. */
export const triedBy = (input: LogInInput): SignInRequest => ({
  username: input.username,
  clientIp: input.clientIp,
  userAgent: input.userAgent,
});

/**
 * A throttled login attempt's end, for every method that checks a password:
 * a locked or failed one is recorded and answered alike; a successful one
 * gives back what its check found.
 */
export const settled = async <T>(
  db: Database,
  attempt: ThrottledOutcome<T>,
  tried: SignInRequest,
  now: Date,
): Promise<T> => {
  if (attempt.kind === "locked") {
    await recordLogin(db.kysely, { kind: "refused_locked", ...tried }, now);
    throw lockedOut(attempt.seconds);
  }
  if (attempt.kind === "failed") {
    await recordLogin(
      db.kysely,
      { kind: "failed", newlyLocked: attempt.newlyLocked, ...tried },
      now,
    );
    throw invalidCredentials();
  }
  return attempt.value;
};
