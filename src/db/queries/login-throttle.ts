import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

export interface ThrottleRow {
  readonly key: string;
  readonly failures: number;
  readonly windowStartedAt: string;
  readonly lockedUntil: string | null;
}

export const findThrottles = async (
  db: Kysely<Schema>,
  keys: readonly string[],
): Promise<ThrottleRow[]> =>
  (await db.selectFrom("login_throttle").selectAll().where("key", "in", keys).execute()).map(
    (row) => ({
      key: row.key,
      failures: row.failures,
      windowStartedAt: row.window_started_at,
      lockedUntil: row.locked_until,
    }),
  );

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
