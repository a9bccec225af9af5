import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/**
 * Takes or renews the lease `name` for `holder` until `until`, if it is free,
 * expired, or already the holder's; true when the holder has it. One
 * statement, so two instances asking at once cannot both win.
 */
export const acquireLease = async (
  db: Kysely<Schema>,
  name: string,
  holder: string,
  now: string,
  until: string,
): Promise<boolean> => {
  const result = await db
    .insertInto("leases")
    .values({ name, holder, expires_at: until })
    .onConflict((oc) =>
      oc
        .column("name")
        .doUpdateSet({ holder, expires_at: until })
        .where((eb) =>
          eb.or([eb("leases.expires_at", "<", now), eb("leases.holder", "=", holder)]),
        ),
    )
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
};

export const releaseLease = async (
  db: Kysely<Schema>,
  name: string,
  holder: string,
): Promise<void> => {
  await db.deleteFrom("leases").where("name", "=", name).where("holder", "=", holder).execute();
};

/** Until when the lease `name` is held, or null when no one holds it. */
export const leaseExpiry = async (db: Kysely<Schema>, name: string): Promise<string | null> =>
  (await db.selectFrom("leases").select("expires_at").where("name", "=", name).executeTakeFirst())
    ?.expires_at ?? null;
