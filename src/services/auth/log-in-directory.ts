import type { Database } from "../../db/database.js";
import { touchSubject, userOfSubject } from "../../db/queries/external-identities.js";
import { findUser, type UserRow } from "../../db/queries/users.js";
import { message } from "../../domain/message.js";
import { currentDirectory } from "../directory/directory-config.js";
import { directoryNotConfigured, directoryUnreachable } from "../directory/directory-errors.js";
import { authenticateAgainstDirectory, DirectoryUnreachable } from "../directory/ldap-directory.js";
import { DubanError } from "../duban-error.js";
import { throttled } from "./attempt-throttle.js";
import type { AuthSettings } from "./auth-settings.js";
import { loginThrottleKeys, settled, triedBy, type LogInInput } from "./log-in.js";
import { openSession, type OpenedSession } from "./open-session.js";
import { recordLogin } from "./record-sign-in.js";

/** What the directory said: the person proved, with their Duban user if one is linked; or no answer. */
type Verdict =
  | { readonly kind: "proved"; readonly dn: string; readonly user: UserRow | undefined }
  | { readonly kind: "unreachable"; readonly reason: string };

const notLinked = (): DubanError =>
  new DubanError(
    "auth.not_linked",
    message(
      "目录账号正确，但尚未关联督办用户：请管理员在“管理 › LDAP 目录”中同步并接受",
      "The directory account is right, but no Duban user is linked to it yet: ask the administrator to sync and accept it under Admin › LDAP directory",
    ),
  );

/**
 * Signs in with a directory account: the entry the username finds is bound
 * with the typed password, under the same throttle as a Duban password (the
 * attempt is counted before the directory is asked; an unknown name and a
 * wrong password get the same answer). A proved entry opens a session for
 * the Duban user an administrator linked it to; one with none, or a
 * disabled user, is refused. A directory that does not answer gives the
 * attempt back: it says nothing about the password.
 */
export const logInWithDirectory = async (
  db: Database,
  input: LogInInput,
  settings: AuthSettings,
  now: Date,
): Promise<OpenedSession> => {
  const directory = await currentDirectory(db, settings.directory);
  if (directory === undefined) throw directoryNotConfigured();
  const attempt = await throttled(
    db,
    loginThrottleKeys(input.username, input.clientIp, settings),
    now,
    async (): Promise<Verdict | undefined> => {
      try {
        const dn = await authenticateAgainstDirectory(directory, input.username, input.password);
        if (dn === undefined) return undefined;
        const userId = await userOfSubject(db.kysely, {
          method: "ldap",
          provider: directory.url,
          subject: dn,
        });
        const user = userId === undefined ? undefined : await findUser(db.kysely, userId);
        if (user?.disabled === true) return undefined;
        return { kind: "proved", dn, user };
      } catch (error) {
        if (error instanceof DirectoryUnreachable)
          return { kind: "unreachable", reason: error.reason };
        throw error;
      }
    },
  );
  const tried = triedBy(input);
  const verdict = await settled(db, attempt, tried, now);
  if (verdict.kind === "unreachable") throw directoryUnreachable(verdict.reason);
  if (verdict.user === undefined) {
    await recordLogin(
      db.kysely,
      {
        kind: "refused_external",
        signIn: { method: "ldap", provider: directory.url, subject: verdict.dn },
        reason: "not_linked",
        ...tried,
      },
      now,
    );
    throw notLinked();
  }
  const signIn = { method: "ldap" as const, provider: directory.url, subject: verdict.dn };
  await touchSubject(db.kysely, signIn, now.toISOString());
  return openSession(db, verdict.user, signIn, tried, settings, now);
};
