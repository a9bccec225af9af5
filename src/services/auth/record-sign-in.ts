import type { Kysely } from "kysely";
import { appendAudit, appendAuditEvents, type AuditActor } from "../../db/queries/audit.js";
import type { UserRow } from "../../db/queries/users.js";
import type { Schema } from "../../db/schema.js";
import type { SignIn, SignInMethod } from "../../domain/sign-in.js";
import type { ExternalSignIn } from "./provider-check.js";

/** Usernames tried are kept as typed, but never more than this. */
const MAX_TRIED_LENGTH = 100;

/** Who tried to sign in, before anyone knows who they are. */
const ANONYMOUS: AuditActor = {
  name: "anonymous",
  userId: null,
  tokenId: null,
  unitId: null,
  signIn: null,
};

const userAuditActor = (user: UserRow, signIn: SignInMethod | null): AuditActor => ({
  name: `user:${user.username}`,
  userId: user.id,
  tokenId: null,
  unitId: user.unitId,
  signIn,
});

interface Attempt {
  readonly username: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
}

export type SignInRecord =
  | (Attempt & {
      readonly kind: "succeeded";
      readonly user: UserRow;
      readonly signIn: SignIn;
      /** The session waits for the second factor. */
      readonly pending: boolean;
    })
  | (Attempt & { readonly kind: "failed"; readonly newlyLocked: readonly string[] })
  | (Attempt & { readonly kind: "refused_locked" })
  | (Attempt & {
      readonly kind: "refused_external";
      readonly signIn: ExternalSignIn;
      readonly reason: "unknown_person" | "disabled" | "username_taken" | "not_linked";
    });

const refusal = (record: Exclude<SignInRecord, { readonly kind: "succeeded" }>) => {
  if (record.kind === "failed") return { reason: "invalid" as const };
  if (record.kind === "refused_locked") return { reason: "locked" as const };
  const { signIn } = record;
  return {
    reason: record.reason,
    method: signIn.method,
    provider: signIn.provider,
    subject: signIn.subject,
  };
};

/**
 * Writes a login attempt to the audit log: successes under the user with
 * how they signed in (for a provider, which one and the subject it named),
 * and failures under "anonymous" with the username tried (the one clue to a
 * guessing run), with the lock a failure set, if any.
 */
export const recordLogin = async (
  db: Kysely<Schema>,
  record: SignInRecord,
  now: Date,
): Promise<void> => {
  const stamp = now.toISOString();
  const username = record.username.slice(0, MAX_TRIED_LENGTH);
  const where = { username, clientIp: record.clientIp, userAgent: record.userAgent };
  if (record.kind === "succeeded") {
    const { signIn } = record;
    await appendAudit(
      db,
      userAuditActor(record.user, signIn.method),
      {
        action: "auth.logged_in",
        objectType: "user",
        objectId: record.user.id,
        after: {
          ...where,
          method: signIn.method,
          ...(signIn.method === "password"
            ? {}
            : { provider: signIn.provider, subject: signIn.subject }),
          ...(record.pending ? { secondFactor: "pending" as const } : {}),
        },
      },
      stamp,
    );
    return;
  }
  await appendAuditEvents(
    db,
    ANONYMOUS,
    [
      {
        action: "auth.login_failed",
        objectType: "login",
        objectId: username,
        after: { ...where, ...refusal(record) },
      },
      ...(record.kind === "failed" ? record.newlyLocked : []).map((key) => ({
        action: "auth.locked" as const,
        objectType: "login" as const,
        objectId: key,
        after: where,
      })),
    ],
    stamp,
  );
};

/** A signed-in user's own account event: logging out, a wrong current password. */
export const recordAccountEvent = (
  db: Kysely<Schema>,
  user: UserRow,
  signedInVia: SignInMethod | null,
  action: "auth.logged_out" | "auth.password_change_failed",
  clientIp: string | null,
  now: Date,
): Promise<void> =>
  appendAudit(
    db,
    userAuditActor(user, signedInVia),
    {
      action,
      objectType: "user",
      objectId: user.id,
      after: { username: user.username, clientIp },
    },
    now.toISOString(),
  );
