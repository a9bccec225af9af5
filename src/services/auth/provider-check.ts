import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import { findUser } from "../../db/queries/users.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { ExternalMethod, SignIn } from "../../domain/sign-in.js";
import { directoryCheck } from "../directory/directory-check.js";
import type { AuthSettings } from "./auth-settings.js";
import { oidcCheck } from "./oidc/oidc-check.js";

/** A sign-in an identity provider vouched for. */
export type ExternalSignIn = Extract<SignIn, { readonly method: ExternalMethod }>;

/**
 * What a provider says of a subject it vouched for: still there and allowed,
 * gone (deleted, disabled, refused), or no answer. No answer keeps the
 * session: a provider down for maintenance must not sign out a whole city.
 */
export type ProviderVerdict = "stands" | "gone" | "unreachable";

export type ProviderCheck = (signIn: ExternalSignIn, now: Date) => Promise<ProviderVerdict>;

/** The check for each method configured on this server. */
export type ProviderChecks = Partial<Readonly<Record<ExternalMethod, ProviderCheck>>>;

/** The checks of the providers configured in the settings. */
export const providerChecks = (db: Database, settings: AuthSettings): ProviderChecks => ({
  ...(settings.oidc === undefined ? {} : { oidc: oidcCheck(db, settings.oidc) }),
  ldap: directoryCheck(db, settings),
});

/** Whether a session opened through a provider is due to be asked about again. */
export const providerCheckDue = (
  checkedAt: string | null,
  settings: AuthSettings,
  now: Date,
): boolean =>
  checkedAt === null ||
  Date.parse(checkedAt) + settings.providerRecheckMinutes * 60_000 <= now.getTime();

/**
 * Ends every session a provider's subject opened, once the provider says
 * they are gone, and records it under the user: the person may still have
 * a Duban password of their own, which this leaves alone.
 */
export const endSessionsOfSubject = (
  db: Database,
  userId: number,
  signIn: ExternalSignIn,
  now: Date,
): Promise<void> =>
  writeTransaction(db, async (trx) => {
    const stamp = now.toISOString();
    const ended = await trx
      .updateTable("sessions")
      .set({ revoked_at: stamp })
      .where("user_id", "=", userId)
      .where("sign_in_method", "=", signIn.method)
      .where("sign_in_provider", "=", signIn.provider)
      .where("sign_in_subject", "=", signIn.subject)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    const user = await findUser(trx, userId);
    if (user === undefined || ended.numUpdatedRows === 0n) return;
    await appendAudit(
      trx,
      {
        name: `user:${user.username}`,
        userId,
        tokenId: null,
        unitId: user.unitId,
        signIn: signIn.method,
      },
      {
        action: "auth.ended_by_provider",
        objectType: "user",
        objectId: userId,
        after: {
          username: user.username,
          clientIp: null,
          method: signIn.method,
          provider: signIn.provider,
          subject: signIn.subject,
        },
      },
      stamp,
    );
  });
