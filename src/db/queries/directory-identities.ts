import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/**
 * What only a directory does with its links (external_identities, method
 * "ldap"): list them all for a sync, and follow an entry that moved. Finding,
 * linking and touching one are external-identities.ts's, as for OpenID.
 */
const METHOD = "ldap";

export const directoryLinks = async (
  db: Kysely<Schema>,
  provider: string,
): Promise<{ userId: number; subject: string }[]> =>
  (
    await db
      .selectFrom("external_identities")
      .select(["user_id", "subject"])
      .where("method", "=", METHOD)
      .where("provider", "=", provider)
      .orderBy("id")
      .execute()
  ).map((row) => ({ userId: row.user_id, subject: row.subject }));

/** A person's entry moved (another OU, another DN): the link follows it. */
export const moveDirectoryLink = async (
  db: Kysely<Schema>,
  provider: string,
  from: string,
  to: string,
): Promise<void> => {
  await db
    .updateTable("external_identities")
    .set({ subject: to })
    .where("method", "=", METHOD)
    .where("provider", "=", provider)
    .where("subject", "=", from)
    .execute();
};
