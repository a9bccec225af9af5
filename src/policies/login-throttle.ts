/**
 * Login throttling as a pure rule over one counter per key ("user:alice",
 * "ip:10.0.0.7"): failures are counted in a window; reaching the key's limit
 * locks it for a while. The counters live in the database, so every
 * instance of the server sees the same ones.
 */
export interface ThrottleState {
  readonly failures: number;
  readonly windowStartedAt: string;
  readonly lockedUntil: string | null;
}

export interface ThrottleRule {
  /** Failures within the window that lock the key. */
  readonly maxFailures: number;
  readonly windowMinutes: number;
  readonly lockMinutes: number;
}

const addMinutes = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);

/** Seconds until the key may try again, or 0 when it may now. */
export const lockedForSeconds = (state: ThrottleState | undefined, now: Date): number => {
  if (state?.lockedUntil == null) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.lockedUntil) - now.getTime()) / 1000));
};

/** The counter after one more failure at `now`. */
export const afterFailure = (
  state: ThrottleState | undefined,
  rule: ThrottleRule,
  now: Date,
): ThrottleState => {
  const windowOpen =
    state !== undefined &&
    state.lockedUntil === null &&
    addMinutes(new Date(state.windowStartedAt), rule.windowMinutes) > now;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now.toISOString();
  return {
    failures,
    windowStartedAt,
    lockedUntil:
      failures >= rule.maxFailures ? addMinutes(now, rule.lockMinutes).toISOString() : null,
  };
};
