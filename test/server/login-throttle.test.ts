import { expect, it } from "vitest";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { describeEachDatabase } from "../support/databases.js";
import {
  errorOf,
  PASSWORD,
  send,
  USERNAMES,
  worldFor,
  type World,
} from "../support/http-session.js";

/**
 * The login lockout under parallel attempts (issue 11, finding 1): every
 * attempt is counted before its password is checked, and a failure never
 * clears a lock.
 */

const attempt = (w: World, username: string, password: string) =>
  send(w.app, { method: "POST", url: "/api/session", body: { username, password } });

const statuses = (responses: readonly { statusCode: number }[]) =>
  responses.reduce<Record<number, number>>(
    (counts, r) => ({ ...counts, [r.statusCode]: (counts[r.statusCode] ?? 0) + 1 }),
    {},
  );

describeEachDatabase("login lockout", ({ open }) => {
  it("lets exactly five of twenty parallel wrong passwords be checked, then locks", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor"] });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(w, USERNAMES.supervisor, `wrong-${i}`)),
    );
    expect(statuses(burst)).toEqual({ 401: 5, 429: 15 });
    expect((await attempt(w, USERNAMES.supervisor, PASSWORD)).statusCode).toBe(429);
  });

  it("locks an address after its limit of failures across usernames", async () => {
    const perAddress = { ...DEFAULT_AUTH_SETTINGS.perAddress, maxFailures: 8 };
    const w = await worldFor(open, {
      plan: false,
      accounts: ["supervisor"],
      settings: { auth: { ...DEFAULT_AUTH_SETTINGS, perAddress } },
    });
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(w, `nobody-${i}`, "wrong-password")),
    );
    expect(statuses(burst)).toEqual({ 401: 8, 429: 4 });
    const correct = await attempt(w, USERNAMES.supervisor, PASSWORD);
    expect(correct.statusCode).toBe(429);
    expect(errorOf(correct).code).toBe("auth.locked");
  });

  it("keeps a lock however many failures come while it holds", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor"] });
    const { maxFailures, lockMinutes } = w.settings.auth.perUser;
    for (let i = 0; i < maxFailures; i += 1) {
      expect((await attempt(w, USERNAMES.supervisor, `wrong-${i}`)).statusCode).toBe(401);
    }
    w.clock.advanceMinutes(lockMinutes - 2);
    for (let i = 0; i < 3; i += 1) {
      expect((await attempt(w, USERNAMES.supervisor, `again-${i}`)).statusCode).toBe(429);
    }
    w.clock.advanceMinutes(1);
    expect((await attempt(w, USERNAMES.supervisor, PASSWORD)).statusCode).toBe(429);
    w.clock.advanceMinutes(2);
    expect((await attempt(w, USERNAMES.supervisor, PASSWORD)).statusCode).toBe(200);
  });

  it("counts wrong current passwords when changing one's password", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor"] });
    const client = w.client("supervisor");
    const change = (currentPassword: string) =>
      client.call("PUT", "/api/session/password", {
        currentPassword,
        newPassword: "An-Entirely-New-Passphrase-77",
      });
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => change(`wrong-${i}`)));
    expect(statuses(burst)).toEqual({ 401: 5, 429: 3 });
    expect((await change(PASSWORD)).statusCode).toBe(429);
    expect((await attempt(w, USERNAMES.supervisor, PASSWORD)).statusCode).toBe(429);
  });
});
