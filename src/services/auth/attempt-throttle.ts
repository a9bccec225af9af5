import type { Database } from "../../db/database.js";
import { largest } from "../../domain/append-all.js";
import { clearThrottle, lockThrottles, saveThrottle } from "../../db/queries/login-throttle.js";
import { writeTransaction } from "../../db/write-transaction.js";
import {
  afterSuccess,
  lockedByThisAttempt,
  reserveAttempt,
  type ThrottleRule,
  type ThrottleState,
} from "../../policies/login-throttle.js";

/** A counter to charge an attempt to, and its rule. */
export interface ThrottleKey {
  readonly key: string;
  readonly rule: ThrottleRule;
}

export type ThrottledOutcome<T> =
  | { readonly kind: "locked"; readonly seconds: number }
  | { readonly kind: "failed"; readonly newlyLocked: readonly string[] }
  | { readonly kind: "succeeded"; readonly value: T };

const stateOf = (rows: readonly (ThrottleState & { key: string })[], key: string) =>
  rows.find((row) => row.key === key);

/**
 * Runs a password check under the throttle. The attempt is counted, in one
 * transaction that locks the counters, before the slow check starts: so
 * twenty parallel guesses cannot all be checked against a limit of five.
 * The check answers undefined for a failure; a success gives the
 * reservation back. A failure never touches a lock.
 */
export const throttled = async <T>(
  db: Database,
  keys: readonly ThrottleKey[],
  now: Date,
  check: () => Promise<T | undefined>,
): Promise<ThrottledOutcome<T>> => {
  const stamp = now.toISOString();
  const reserved = await writeTransaction(db, async (trx) => {
    const rows = await lockThrottles(
      trx,
      keys.map((k) => k.key),
      stamp,
      db.dialect,
    );
    const reservations = keys.map(({ key, rule }) => ({
      key,
      before: stateOf(rows, key),
      rule,
      reservation: reserveAttempt(stateOf(rows, key), rule, now),
    }));
    const seconds = largest(
      reservations.map(({ reservation: r }) => (r.kind === "locked" ? r.seconds : 0)),
      0,
    );
    if (seconds > 0) return { kind: "locked" as const, seconds };
    const newlyLocked: string[] = [];
    for (const { key, before, rule, reservation } of reservations) {
      if (reservation.kind !== "reserved") continue;
      await saveThrottle(trx, { key, ...reservation.state });
      if (lockedByThisAttempt(before, reservation.state, rule, now)) newlyLocked.push(key);
    }
    return { kind: "reserved" as const, newlyLocked };
  });
  if (reserved.kind === "locked") return reserved;

  const value = await check();
  if (value === undefined) return { kind: "failed", newlyLocked: reserved.newlyLocked };

  await writeTransaction(db, async (trx) => {
    const rows = await lockThrottles(
      trx,
      keys.map((k) => k.key),
      stamp,
      db.dialect,
    );
    for (const { key, rule } of keys) {
      const state = afterSuccess(stateOf(rows, key), rule, now);
      if (state === undefined) await clearThrottle(trx, key);
      else await saveThrottle(trx, { key, ...state });
    }
  });
  return { kind: "succeeded", value };
};
