import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/** A provider's subject, as external_identities keys it. */
export interface ExternalSubject {
  readonly method: "oidc" | "ldap";
  readonly provider: string;
  readonly subject: string;
}

/** The Duban user a provider's subject is linked to, if any. */
export const userOfSubject = async (
  db: Kysely<Schema>,
  who: ExternalSubject,
): Promise<number | undefined> =>
  (
    await db
      .selectFrom("external_identities")
      .select("user_id")
      .where("method", "=", who.method)
      .where("provider", "=", who.provider)
      .where("subject", "=", who.subject)
      .executeTakeFirst()
  )?.user_id;

/**
 * Links a subject to a user (once; a second link of the same subject changes
 * nothing): at a sign-in, used then; by an administrator's decision, not yet.
 */
export const linkSubject = async (
  db: Kysely<Schema>,
  who: ExternalSubject,
  userId: number,
  now: string,
  usedAt: string | null,
): Promise<void> => {
  await db
    .insertInto("external_identities")
    .values({ ...who, user_id: userId, created_at: now, last_used_at: usedAt })
    .onConflict((oc) => oc.columns(["method", "provider", "subject"]).doNothing())
    .execute();
};

export const touchSubject = async (
  db: Kysely<Schema>,
  who: ExternalSubject,
  now: string,
): Promise<void> => {
  await db
    .updateTable("external_identities")
    .set({ last_used_at: now })
    .where("method", "=", who.method)
    .where("provider", "=", who.provider)
    .where("subject", "=", who.subject)
    .execute();
};
