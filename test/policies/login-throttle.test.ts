import { describe, expect, it } from "vitest";
import {
  afterSuccess,
  lockedByThisAttempt,
  lockedForSeconds,
  reserveAttempt,
  type ThrottleRule,
  type ThrottleState,
} from "../../src/policies/login-throttle.js";

const RULE: ThrottleRule = {
  maxFailures: 3,
  windowMinutes: 15,
  lockMinutes: 10,
  resetOnSuccess: true,
};
const ADDRESS_RULE: ThrottleRule = { ...RULE, resetOnSuccess: false };
const at = (minute: number): Date => new Date(Date.UTC(2022, 5, 1, 8, minute));

/** The counter after `times` attempts, each reserved (and none given back). */
const attempts = (times: number, start: number, step = 1, rule = RULE) => {
  let state: ThrottleState | undefined;
  for (let i = 0; i < times; i += 1) {
    const reservation = reserveAttempt(state, rule, at(start + i * step));
    if (reservation.kind === "locked") throw new Error(`attempt ${i + 1} was refused`);
    state = reservation.state;
  }
  return state;
};

describe("login throttling", () => {
  it("counts each attempt before it is checked, without locking below the limit", () => {
    const state = attempts(2, 0);
    expect(state).toEqual({ failures: 2, windowStartedAt: at(0).toISOString(), lockedUntil: null });
    expect(lockedForSeconds(state, at(2))).toBe(0);
  });

  it("locks with the attempt that reaches the limit, so none starts while it runs", () => {
    const state = attempts(3, 0);
    expect(state?.lockedUntil).toBe(at(12).toISOString());
    expect(reserveAttempt(state, RULE, at(2))).toEqual({ kind: "locked", seconds: 600 });
    expect(reserveAttempt(state, RULE, at(11))).toEqual({ kind: "locked", seconds: 60 });
    expect(reserveAttempt(state, RULE, at(12)).kind).toBe("reserved");
  });

  it("refuses without counting while locked: a failure never moves or clears a lock", () => {
    const state = attempts(3, 0);
    expect(reserveAttempt(state, RULE, at(5))).toEqual({ kind: "locked", seconds: 420 });
    // Nothing was saved for the refused attempt; the lock stands as it was.
    expect(lockedForSeconds(state, at(5))).toBe(420);
  });

  it("starts counting afresh once the window has passed", () => {
    // Attempts at minutes 0, 8 and 16: the third is outside the first window.
    expect(attempts(3, 0, 8)).toEqual({
      failures: 1,
      windowStartedAt: at(16).toISOString(),
      lockedUntil: null,
    });
  });

  it("starts counting afresh after a lock has run out", () => {
    const reservation = reserveAttempt(attempts(3, 0), RULE, at(20));
    expect(reservation).toEqual({
      kind: "reserved",
      state: { failures: 1, windowStartedAt: at(20).toISOString(), lockedUntil: null },
    });
  });

  it("forgets a username's failures on success", () => {
    expect(afterSuccess(attempts(3, 0), RULE, at(3))).toBeUndefined();
  });

  it("gives an address back only the successful attempt's reservation", () => {
    const state = attempts(3, 0, 1, ADDRESS_RULE);
    expect(afterSuccess(state, ADDRESS_RULE, at(3))).toEqual({
      failures: 2,
      windowStartedAt: at(0).toISOString(),
      lockedUntil: null,
    });
    const four = {
      failures: 4,
      windowStartedAt: at(0).toISOString(),
      lockedUntil: at(9).toISOString(),
    };
    expect(afterSuccess(four, ADDRESS_RULE, at(3))?.lockedUntil).toBe(at(9).toISOString());
  });

  it("tells which attempt set the lock", () => {
    const two = attempts(2, 0);
    const third = reserveAttempt(two, RULE, at(2));
    if (third.kind !== "reserved") throw new Error("refused");
    expect(lockedByThisAttempt(two, third.state, RULE, at(2))).toBe(true);
    expect(lockedByThisAttempt(attempts(1, 0), attempts(2, 0) as ThrottleState, RULE, at(1))).toBe(
      false,
    );
  });

  it("never locks a key it has not seen", () => {
    expect(lockedForSeconds(undefined, at(0))).toBe(0);
    expect(reserveAttempt(undefined, RULE, at(0)).kind).toBe("reserved");
  });
});
