import { expect, it } from "vitest";
import { appendAudit, listAudit } from "../../src/db/queries/audit.js";
import { pruneSignInLog } from "../../src/services/housekeeping/prune-sign-in-log.js";
import { describeEachDatabase } from "../support/databases.js";
import { PASSWORD, send, USERNAMES, worldFor, type World } from "../support/http-session.js";

/**
 * Sign-in events and refusals in the audit log (issue 11, finding 13), and
 * their retention.
 */

interface Entry {
  readonly actor: string;
  readonly userId: number | null;
  readonly signIn: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly after: Record<string, unknown>;
}

const entries = async (w: World, action: string): Promise<Entry[]> =>
  (await w.admin.call("GET", `/api/audit-events?action=${action}`)).json<{ items: Entry[] }>()
    .items;

const attempt = (w: World, username: string, password: string) =>
  send(w.app, { method: "POST", url: "/api/session", body: { username, password } });

describeEachDatabase("sign-in audit", ({ open }) => {
  it("records logins, failures with the username tried, lockouts and logouts", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor"] });
    const supervisorId = w.client("supervisor").userId;
    expect(await entries(w, "auth.logged_in")).toContainEqual(
      expect.objectContaining({
        actor: "user:supervisor",
        userId: supervisorId,
        signIn: "password",
        objectId: String(supervisorId),
        after: expect.objectContaining({
          username: "supervisor",
          clientIp: "127.0.0.1",
          method: "password",
        }) as unknown,
      }),
    );

    expect((await attempt(w, "nobody-here", "whatever-it-is")).statusCode).toBe(401);
    expect(await entries(w, "auth.login_failed")).toEqual([
      expect.objectContaining({
        actor: "anonymous",
        userId: null,
        objectType: "login",
        objectId: "nobody-here",
        after: expect.objectContaining({ reason: "invalid" }) as unknown,
      }),
    ]);
    for (let i = 0; i < 5; i += 1) await attempt(w, USERNAMES.supervisor, `wrong-${i}`);
    expect((await attempt(w, USERNAMES.supervisor, PASSWORD)).statusCode).toBe(429);
    expect(await entries(w, "auth.locked")).toEqual([
      expect.objectContaining({ objectId: "user:supervisor" }),
    ]);
    expect((await entries(w, "auth.login_failed"))[0]).toMatchObject({
      objectId: "supervisor",
      after: { reason: "locked" },
    });

    const wrongCurrent = await w.client("supervisor").call("PUT", "/api/session/password", {
      currentPassword: "not-my-password",
      newPassword: "An-Entirely-New-Passphrase-77",
    });
    expect(wrongCurrent.statusCode).toBe(429);
    expect(await entries(w, "auth.password_change_failed")).toEqual([]);

    expect((await w.client("supervisor").call("DELETE", "/api/session")).statusCode).toBe(204);
    expect(await entries(w, "auth.logged_out")).toEqual([
      expect.objectContaining({
        actor: "user:supervisor",
        signIn: "password",
        objectId: String(supervisorId),
      }),
    ]);
  });

  it("says how the acting user signed in on every entry, and nothing for a token", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor"] });
    const session = await w.client("supervisor").call("GET", "/api/session");
    expect(session.json()).toMatchObject({ via: "session", signIn: "password" });
    expect((await w.admin.call("POST", "/api/units", { name: "新设单位" })).statusCode).toBe(201);
    const [added] = await entries(w, "unit.created");
    expect(added).toMatchObject({ actor: "user:admin", signIn: "password" });

    const providers = await send(w.app, { method: "GET", url: "/api/session/providers" });
    expect(providers.json()).toEqual({
      providers: [{ method: "password", name: { zh: "账号密码", en: "password" }, loginUrl: null }],
    });
  });

  it("records a wrong current password on a password change", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor"] });
    const wrong = await w.client("supervisor").call("PUT", "/api/session/password", {
      currentPassword: "not-my-password",
      newPassword: "An-Entirely-New-Passphrase-77",
    });
    expect(wrong.statusCode).toBe(401);
    expect(await entries(w, "auth.password_change_failed")).toEqual([
      expect.objectContaining({ actor: "user:supervisor" }),
    ]);
  });

  it("records refused authorisations, the hidden ones included", async () => {
    const w = await worldFor(open, { accounts: ["staff", "idleStaff"] });
    const forbidden = await w.client("staff").call("POST", "/api/units", { name: "新单位" });
    expect(forbidden.statusCode).toBe(403);
    const hidden = await w.client("idleStaff").call("GET", `/api/plans/${w.planId}?x=secret`);
    expect(hidden.statusCode).toBe(404);
    const refused = await entries(w, "auth.refused");
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: "user:kjj.staff",
          objectType: "request",
          objectId: "POST /api/units",
          after: { refused: "unit.manage", status: 403, clientIp: "127.0.0.1" },
        }),
        expect.objectContaining({
          actor: "user:idle.staff",
          objectId: `GET /api/plans/${w.planId}`,
          after: expect.objectContaining({ status: 404 }) as unknown,
        }),
      ]),
    );
  });

  it("prunes sign-in entries past the retention period and keeps the rest", async () => {
    const db = await open();
    const actor = { name: "anonymous", userId: null, tokenId: null, unitId: null, signIn: null };
    const old = "2020-01-01T00:00:00.000Z";
    const login = { username: "alice", clientIp: null };
    await appendAudit(
      db.kysely,
      actor,
      { action: "auth.logged_in", objectType: "user", objectId: 1, after: login },
      old,
    );
    await appendAudit(
      db.kysely,
      actor,
      { action: "auth.logged_in", objectType: "user", objectId: 1, after: login },
      "2020-12-31T00:00:00.000Z",
    );
    await appendAudit(
      db.kysely,
      actor,
      { action: "unit.alias_added", objectType: "unit", objectId: 1, after: { alias: "科技局" } },
      old,
    );
    const now = new Date("2021-01-02T00:00:00Z");
    expect(await pruneSignInLog(db, 0, now)).toBe(0);
    expect(await pruneSignInLog(db, 365, now)).toBe(1);
    const left = (await listAudit(db.kysely)).entries.map((e) => `${e.action} ${e.at}`);
    expect(left.sort()).toEqual([
      "auth.logged_in 2020-12-31T00:00:00.000Z",
      "unit.alias_added 2020-01-01T00:00:00.000Z",
    ]);
  });
});
