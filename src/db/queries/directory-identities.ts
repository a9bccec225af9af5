import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/** The links of Duban users to a directory's entries (external_identities, method "ldap"). */
const METHOD = "ldap";

/** The user an entry is linked to, if any. */
export const linkedUserId = async (
  db: Kysely<Schema>,
  provider: string,
  subject: string,
): Promise<number | undefined> =>
  (
    await db
      .selectFrom("external_identities")
      .select("user_id")
      .where("method", "=", METHOD)
      .where("provider", "=", provider)
      .where("subject", "=", subject)
      .executeTakeFirst()
  )?.user_id;

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

/** Links a user to an entry; an entry already linked keeps its user. */
export const insertDirectoryLink = async (
  db: Kysely<Schema>,
  link: { readonly userId: number; readonly provider: string; readonly subject: string },
  now: string,
): Promise<void> => {
  await db
    .insertInto("external_identities")
    .values({
      user_id: link.userId,
      method: METHOD,
      provider: link.provider,
      subject: link.subject,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(["method", "provider", "subject"]).doNothing())
    .execute();
};

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

export const touchDirectoryLink = async (
  db: Kysely<Schema>,
  provider: string,
  subject: string,
  now: string,
): Promise<void> => {
  await db
    .updateTable("external_identities")
    .set({ last_used_at: now })
    .where("method", "=", METHOD)
    .where("provider", "=", provider)
    .where("subject", "=", subject)
    .execute();
};
