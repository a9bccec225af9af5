/**
 * Login throttling as a pure rule over one counter per key ("user:alice",
 * "ip:10.0.0.7"). An attempt is counted before its password is checked, in
 * the same transaction that reads the counter, so parallel attempts cannot
 * all slip past the limit while the slow check runs; a success then gives
 * its reservation back. A failure never clears a lock: only time does, or a
 * success on a key whose rule resets on success.
 */
export interface ThrottleState {
  readonly failures: number;
  readonly windowStartedAt: string;
  readonly lockedUntil: string | null;
}

export interface ThrottleRule {
  /** Attempts within the window, counted before they are checked, that lock the key. */
  readonly maxFailures: number;
  readonly windowMinutes: number;
  readonly lockMinutes: number;
  /**
   * Whether a success forgets the key's earlier failures: yes for a
   * username (its owner proved who they are), no for an address, where one
   * correct login must not wipe out a guessing run at other accounts.
   */
  readonly resetOnSuccess: boolean;
}

const addMinutes = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);

/** Seconds until the key may try again, or 0 when it may now. */
export const lockedForSeconds = (state: ThrottleState | undefined, now: Date): number => {
  if (state?.lockedUntil == null) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.lockedUntil) - now.getTime()) / 1000));
};

/** The counter still in force at `now`: an expired window or lock starts afresh. */
const current = (
  state: ThrottleState | undefined,
  rule: ThrottleRule,
  now: Date,
): ThrottleState | undefined => {
  if (state === undefined) return undefined;
  if (state.lockedUntil !== null) return lockedForSeconds(state, now) > 0 ? state : undefined;
  const windowOpen = addMinutes(new Date(state.windowStartedAt), rule.windowMinutes) > now;
  return windowOpen ? state : undefined;
};

export type Reservation =
  | { readonly kind: "locked"; readonly seconds: number }
  | { readonly kind: "reserved"; readonly state: ThrottleState };

/**
 * Counts one attempt as a failure up front. The attempt that reaches the
 * limit locks the key at once, so no later attempt starts while it runs.
 */
export const reserveAttempt = (
  state: ThrottleState | undefined,
  rule: ThrottleRule,
  now: Date,
): Reservation => {
  const live = current(state, rule, now);
  const seconds = lockedForSeconds(live, now);
  if (seconds > 0) return { kind: "locked", seconds };
  const failures = (live?.failures ?? 0) + 1;
  return {
    kind: "reserved",
    state: {
      failures,
      windowStartedAt: live?.windowStartedAt ?? now.toISOString(),
      lockedUntil:
        failures >= rule.maxFailures ? addMinutes(now, rule.lockMinutes).toISOString() : null,
    },
  };
};

/**
 * The counter after a successful attempt gave its reservation back, or
 * undefined when the key is forgotten.
 */
export const afterSuccess = (
  state: ThrottleState | undefined,
  rule: ThrottleRule,
  now: Date,
): ThrottleState | undefined => {
  const live = current(state, rule, now);
  if (rule.resetOnSuccess || live === undefined || live.failures <= 1) return undefined;
  const failures = live.failures - 1;
  return {
    failures,
    windowStartedAt: live.windowStartedAt,
    // The lock was set by the reservations in flight, this one included; without it
    // the count is below the limit again.
    lockedUntil: failures >= rule.maxFailures ? live.lockedUntil : null,
  };
};

/** Whether this reservation is the one that locked the key (for the audit log). */
export const lockedByThisAttempt = (
  before: ThrottleState | undefined,
  reserved: ThrottleState,
  rule: ThrottleRule,
  now: Date,
): boolean =>
  reserved.lockedUntil !== null && lockedForSeconds(current(before, rule, now), now) === 0;
