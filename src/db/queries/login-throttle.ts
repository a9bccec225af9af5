import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

export interface ThrottleRow {
  readonly key: string;
  readonly failures: number;
  readonly windowStartedAt: string;
  readonly lockedUntil: string | null;
}

/**
 * The counters for `keys`, locked until the transaction ends. A missing
 * counter is created first (with no failures) so that there is a row to
 * lock: two first attempts at once must not both read "no counter".
 * SQLite's write transaction already holds the one database-wide lock.
 */
export const lockThrottles = async (
  trx: Kysely<Schema>,
  keys: readonly string[],
  now: string,
  dialect: "sqlite" | "postgres",
): Promise<ThrottleRow[]> => {
  if (keys.length === 0) return [];
  await trx
    .insertInto("login_throttle")
    .values(keys.map((key) => ({ key, failures: 0, window_started_at: now, locked_until: null })))
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const query = trx.selectFrom("login_throttle").selectAll().where("key", "in", keys);
  const rows = await (dialect === "postgres" ? query.forUpdate() : query).execute();
  return rows.map((row) => ({
    key: row.key,
    failures: row.failures,
    windowStartedAt: row.window_started_at,
    lockedUntil: row.locked_until,
  }));
};

export const saveThrottle = async (db: Kysely<Schema>, row: ThrottleRow): Promise<void> => {
  const values = {
    failures: row.failures,
    window_started_at: row.windowStartedAt,
    locked_until: row.lockedUntil,
  };
  await db
    .insertInto("login_throttle")
    .values({ key: row.key, ...values })
    .onConflict((oc) => oc.column("key").doUpdateSet(values))
    .execute();
};

export const clearThrottle = async (db: Kysely<Schema>, key: string): Promise<void> => {
  await db.deleteFrom("login_throttle").where("key", "=", key).execute();
};
