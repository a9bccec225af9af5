import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/** The directory settings the admin screen saved. */
export interface StoredDirectorySettings {
  readonly url: string;
  readonly bindDn: string;
  readonly bindPassword: string;
  readonly baseDn: string;
  readonly userFilter: string;
  readonly usernameAttribute: string;
  readonly nameAttribute: string;
}

const ROW_ID = 1;

export const readDirectorySettings = async (
  db: Kysely<Schema>,
): Promise<StoredDirectorySettings | undefined> => {
  const row = await db
    .selectFrom("directory_settings")
    .selectAll()
    .where("id", "=", ROW_ID)
    .executeTakeFirst();
  return (
    row && {
      url: row.url,
      bindDn: row.bind_dn,
      bindPassword: row.bind_password,
      baseDn: row.base_dn,
      userFilter: row.user_filter,
      usernameAttribute: row.username_attribute,
      nameAttribute: row.name_attribute,
    }
  );
};

export const saveDirectorySettings = async (
  db: Kysely<Schema>,
  settings: StoredDirectorySettings,
  now: string,
): Promise<void> => {
  const values = {
    url: settings.url,
    bind_dn: settings.bindDn,
    bind_password: settings.bindPassword,
    base_dn: settings.baseDn,
    user_filter: settings.userFilter,
    username_attribute: settings.usernameAttribute,
    name_attribute: settings.nameAttribute,
    updated_at: now,
  };
  await db
    .insertInto("directory_settings")
    .values({ id: ROW_ID, ...values })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
};

export const deleteDirectorySettings = async (db: Kysely<Schema>): Promise<void> => {
  await db.deleteFrom("directory_settings").where("id", "=", ROW_ID).execute();
};
