import type { Kysely } from "kysely";
import type { CachedData, Schema } from "../schema.js";

/** How often `name` changed; instances holding it compare before they use it. */
export const readCacheVersion = async (db: Kysely<Schema>, name: CachedData): Promise<number> => {
  const row = await db
    .selectFrom("cache_versions")
    .select("version")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.version ?? 0;
};

/** Called in the transaction that changes `name`, so that no instance keeps the old data. */
export const bumpCacheVersion = async (db: Kysely<Schema>, name: CachedData): Promise<void> => {
  await db
    .updateTable("cache_versions")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("name", "=", name)
    .execute();
};
