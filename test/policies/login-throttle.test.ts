import { describe, expect, it } from "vitest";
import {
  afterFailure,
  lockedForSeconds,
  type ThrottleRule,
  type ThrottleState,
} from "../../src/policies/login-throttle.js";

const RULE: ThrottleRule = { maxFailures: 3, windowMinutes: 15, lockMinutes: 10 };
const at = (minute: number): Date => new Date(Date.UTC(2022, 5, 1, 8, minute));

const fail = (times: number, start: number, step = 1): ThrottleState | undefined => {
  let state: ThrottleState | undefined;
  for (let i = 0; i < times; i += 1) state = afterFailure(state, RULE, at(start + i * step));
  return state;
};

describe("login throttling", () => {
  it("counts failures within the window without locking below the limit", () => {
    const state = fail(2, 0);
    expect(state).toEqual({ failures: 2, windowStartedAt: at(0).toISOString(), lockedUntil: null });
    expect(lockedForSeconds(state, at(2))).toBe(0);
  });

  it("locks at the limit for the lock time, then lets the key try again", () => {
    const state = fail(3, 0);
    expect(state?.lockedUntil).toBe(at(12).toISOString());
    expect(lockedForSeconds(state, at(2))).toBe(600);
    expect(lockedForSeconds(state, at(11))).toBe(60);
    expect(lockedForSeconds(state, at(12))).toBe(0);
  });

  it("starts counting afresh once the window has passed", () => {
    const state = fail(3, 0, 8);
    // Failures at minutes 0, 8 and 16: the third is outside the first window.
    expect(state).toEqual({
      failures: 1,
      windowStartedAt: at(16).toISOString(),
      lockedUntil: null,
    });
  });

  it("starts counting afresh after a lock has run out", () => {
    const locked = fail(3, 0);
    expect(afterFailure(locked, RULE, at(20))).toEqual({
      failures: 1,
      windowStartedAt: at(20).toISOString(),
      lockedUntil: null,
    });
  });

  it("never locks a key it has not seen", () => {
    expect(lockedForSeconds(undefined, at(0))).toBe(0);
  });
});
