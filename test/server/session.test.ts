import { expect, it } from "vitest";
import { isoDateIn } from "../../src/domain/iso-date.js";
import { buildApp } from "../../src/server/build-app.js";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { describeEachDatabase } from "../support/databases.js";
import {
  clientOf,
  errorOf,
  logIn,
  OFFICE_UNIT,
  PASSWORD,
  send,
  sessionCookieOf,
  USERNAMES,
  worldFor,
  type Client,
  type World,
} from "../support/http-session.js";

/** Sessions, CSRF, API tokens, throttling and account rules, over HTTP. */

const NEW_PASSWORD = "A-Different-Passphrase-42";

interface SessionBody {
  readonly via: "session" | "token";
  readonly actor: { name: string; role: string; unitId: number; unitName: string };
  readonly user: Record<string, unknown> | null;
  readonly csrfToken: string | null;
  readonly expiresAt: string | null;
}

const whoAmI = (client: Client) => client.call("GET", "/api/session");

const unitNames = async (w: World): Promise<string[]> =>
  (await w.admin.call("GET", "/api/units"))
    .json<{ items: { name: string }[] }>()
    .items.map((u) => u.name);

const userCount = async (w: World): Promise<number> =>
  (await w.admin.call("GET", "/api/users")).json<{ items: unknown[] }>().items.length;

const loginAttempt = (w: World, username: string, password: string) =>
  send(w.app, { method: "POST", url: "/api/session", body: { username, password } });

describeEachDatabase("sessions over HTTP", ({ open }) => {
  const world = () => worldFor(open, { plan: false, accounts: ["supervisor"] });

  it("logs in with an HttpOnly, SameSite=Lax cookie and says who is logged in", async () => {
    const w = await world();
    const response = await loginAttempt(w, "supervisor", PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json<SessionBody>();
    const expiresAt = new Date(w.clock.now.getTime() + 12 * 3_600_000).toISOString();
    expect(body).toMatchObject({
      via: "session",
      actor: { name: "user:supervisor", role: "supervisor", unitName: OFFICE_UNIT },
      user: { username: "supervisor", role: "supervisor", disabled: false },
      csrfToken: expect.stringMatching(/^[\w-]{40,}$/) as unknown,
      expiresAt,
      today: isoDateIn(w.clock.now, DEFAULT_SERVER_SETTINGS.timeZone),
    });
    expect(response.body).not.toMatch(/password_?hash|scrypt/i);

    const cookie = response.cookies.find((c) => c.name === "duban_session");
    expect(cookie).toMatchObject({ path: "/", httpOnly: true, sameSite: "Lax" });
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.value).toMatch(/^[\w-]{40,}$/);
    // Max-Age, not Expires: a browser whose clock differs from the server's keeps the cookie.
    expect(cookie?.maxAge).toBe(12 * 3600);
    expect(cookie?.expires).toBeUndefined();
    expect(response.headers["set-cookie"]).toMatch(/HttpOnly/);
    expect(response.headers["set-cookie"]).toMatch(/SameSite=Lax/);

    const client = clientOf(w.app, {
      username: "supervisor",
      userId: w.client("supervisor").userId,
      unitId: w.client("supervisor").unitId,
      role: "supervisor",
      cookie: cookie?.value ?? "",
      csrf: body.csrfToken ?? "",
    });
    const me = await whoAmI(client);
    expect(me.statusCode).toBe(200);
    expect(me.json<SessionBody>()).toMatchObject({
      via: "session",
      csrfToken: body.csrfToken,
      expiresAt,
      user: { username: "supervisor" },
    });
    // The session already open stays another one, with its own CSRF token.
    expect(w.client("supervisor").csrf).not.toBe(body.csrfToken);
  });

  it("marks the cookie Secure when the client came over TLS through a trusted proxy", async () => {
    const w = await worldFor(open, { plan: false, accounts: [], settings: { trustProxy: true } });
    const response = await send(w.app, {
      method: "POST",
      url: "/api/session",
      body: { username: "admin", password: PASSWORD },
      headers: { "x-forwarded-proto": "https" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === "duban_session")).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    });
  });

  it("refuses an unknown user and a wrong password with the same answer", async () => {
    const w = await world();
    const wrongPassword = await loginAttempt(w, "supervisor", "not-the-password-1");
    const unknownUser = await loginAttempt(w, "nobody.here", PASSWORD);
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.statusCode).toBe(401);
      expect(errorOf(response).code).toBe("auth.invalid_credentials");
      expect(sessionCookieOf(response)).toBeUndefined();
    }
    expect(errorOf(unknownUser)).toEqual(errorOf(wrongPassword));

    // Nobody has logged in here: nothing to refuse, so nothing for a browser to log as an error.
    const anonymous = await send(w.app, { method: "GET", url: "/api/session" });
    expect(anonymous.statusCode).toBe(204);
    expect(anonymous.body).toBe("");
    const forged = await send(w.app, {
      method: "GET",
      url: "/api/session",
      headers: { cookie: "duban_session=made-up-value" },
    });
    expect(forged.statusCode).toBe(401);

    const empty = await send(w.app, { method: "POST", url: "/api/session", body: {} });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty)).toMatchObject({ code: "validation.failed", field: "body.username" });
  });

  it("ends the session on logout: the old cookie is refused", async () => {
    const w = await world();
    const supervisor = w.client("supervisor");
    // Logging out is a write: it needs the CSRF token too.
    const forged = await supervisor.call("DELETE", "/api/session", undefined, {
      "x-csrf-token": "",
    });
    expect(forged.statusCode).toBe(403);
    expect((await whoAmI(supervisor)).statusCode).toBe(200);

    const out = await supervisor.call("DELETE", "/api/session");
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === "duban_session");
    expect(cleared?.value).toBe("");
    expect(cleared?.expires?.getTime()).toBeLessThanOrEqual(Date.now());

    const after = await whoAmI(supervisor);
    expect(after.statusCode).toBe(401);
    expect(errorOf(after).code).toBe("auth.required");
    expect((await supervisor.call("GET", "/api/plans")).statusCode).toBe(401);
    // Other sessions are not touched.
    expect((await whoAmI(w.admin)).statusCode).toBe(200);
  });

  it("ends a session left idle too long, and keeps one in use alive", async () => {
    const w = await world();
    const supervisor = w.client("supervisor");
    const idle = w.settings.auth.sessionIdleMinutes;
    expect(idle).toBe(120);
    w.clock.advanceMinutes(idle - 1);
    expect((await whoAmI(supervisor)).statusCode).toBe(200);
    w.clock.advanceMinutes(idle - 1);
    expect((await whoAmI(supervisor)).statusCode).toBe(200);
    // The administrator did nothing all this while.
    expect((await whoAmI(w.admin)).statusCode).toBe(401);
    w.clock.advanceMinutes(idle + 1);
    const expired = await whoAmI(supervisor);
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired).code).toBe("auth.required");
  });

  it("ends a session at its absolute end however active it is", async () => {
    const w = await world();
    const supervisor = w.client("supervisor");
    const maxMinutes = w.settings.auth.sessionMaxHours * 60;
    let elapsed = 0;
    while (elapsed + 100 < maxMinutes) {
      w.clock.advanceMinutes(100);
      elapsed += 100;
      expect((await whoAmI(supervisor)).statusCode, `after ${elapsed} min`).toBe(200);
    }
    w.clock.advanceMinutes(maxMinutes - elapsed - 1);
    expect((await whoAmI(supervisor)).statusCode).toBe(200);
    w.clock.advanceMinutes(2);
    expect((await whoAmI(supervisor)).statusCode).toBe(401);
    // Logging in again opens a new one.
    expect((await whoAmI(await logIn(w.app, "supervisor"))).statusCode).toBe(200);
  });

  it("refuses a write with the cookie but without the right CSRF token, changing nothing", async () => {
    const w = await world();
    const before = await unitNames(w);
    const attempts: Record<string, string>[] = [
      {},
      { "x-csrf-token": "" },
      { "x-csrf-token": "wrong" },
      // Another session's token does not fit this one.
      { "x-csrf-token": w.client("supervisor").csrf },
    ];
    for (const headers of attempts) {
      const response = await send(w.app, {
        method: "POST",
        url: "/api/units",
        body: { name: "伪造的单位" },
        headers: { cookie: `duban_session=${w.admin.cookie}`, ...headers },
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(errorOf(response)).toMatchObject({ code: "auth.csrf", field: "headers.x-csrf-token" });
    }
    expect(await unitNames(w)).toEqual(before);
    // Reads need no token, and the right token lets the write through.
    const read = await send(w.app, {
      method: "GET",
      url: "/api/units",
      headers: { cookie: `duban_session=${w.admin.cookie}` },
    });
    expect(read.statusCode).toBe(200);
    expect((await w.admin.call("POST", "/api/units", { name: "真的单位" })).statusCode).toBe(201);
  });

  it("takes an API token without CSRF, and refuses it once revoked or expired", async () => {
    const w = await world();
    const officeId = w.admin.unitId;
    const issued = await w.admin.call("POST", "/api/tokens", {
      name: "报表同步",
      unitId: officeId,
      role: "admin",
    });
    expect(issued.statusCode).toBe(201);
    const { token, id } = issued.json<{ token: string; id: number }>();
    expect(token).toMatch(/^duban_/);
    const bearer = { authorization: `Bearer ${token}` };

    const me = await send(w.app, { method: "GET", url: "/api/session", headers: bearer });
    expect(me.json<SessionBody>()).toMatchObject({
      via: "token",
      actor: { name: `token:${id}:报表同步`, role: "admin", unitId: officeId },
      user: null,
      csrfToken: null,
    });
    const created = await send(w.app, {
      method: "POST",
      url: "/api/units",
      body: { name: "令牌建的单位" },
      headers: bearer,
    });
    expect(created.statusCode, created.body).toBe(201);
    const log = await w.admin.call("GET", "/api/audit-events?action=unit.created&pageSize=1");
    expect(log.json<{ items: unknown[] }>().items[0]).toMatchObject({
      actor: `token:${id}:报表同步`,
      userId: null,
      token: { id, name: "报表同步", createdBy: w.admin.userId, createdByUsername: "admin" },
    });
    // The list never shows the secret, and notes the use.
    const listed = await w.admin.call("GET", "/api/tokens");
    expect(listed.body).not.toContain(token);
    expect(listed.json<{ items: { lastUsedAt: string | null }[] }>().items[0]?.lastUsedAt).not.toBe(
      null,
    );

    // A token is no user: it has no password of its own to change.
    const noPassword = await send(w.app, {
      method: "PUT",
      url: "/api/session/password",
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      headers: bearer,
    });
    expect(noPassword.statusCode).toBe(403);

    // A wrong token is refused even where no login is needed.
    const wrong = await send(w.app, {
      method: "GET",
      url: "/api/health",
      headers: { authorization: "Bearer duban_not-a-token" },
    });
    expect(wrong.statusCode).toBe(401);

    expect((await w.admin.call("DELETE", `/api/tokens/${id}`)).statusCode).toBe(200);
    const revoked = await send(w.app, { method: "GET", url: "/api/units", headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(errorOf(revoked).code).toBe("auth.required");

    const shortLived = await w.admin.call("POST", "/api/tokens", {
      name: "临时",
      unitId: officeId,
      role: "supervisor",
      expiresAt: new Date(w.clock.now.getTime() + 3_600_000).toISOString(),
    });
    const temporary = { authorization: `Bearer ${shortLived.json<{ token: string }>().token}` };
    expect(
      (await send(w.app, { method: "GET", url: "/api/plans", headers: temporary })).statusCode,
    ).toBe(200);
    w.clock.advanceMinutes(61);
    expect(
      (await send(w.app, { method: "GET", url: "/api/plans", headers: temporary })).statusCode,
    ).toBe(401);
  });

  it("locks a username after five wrong passwords, even for the right one", async () => {
    const w = await world();
    const { maxFailures, lockMinutes } = w.settings.auth.perUser;
    expect(maxFailures).toBe(5);
    for (let i = 0; i < maxFailures; i += 1) {
      const response = await loginAttempt(w, "supervisor", `wrong-password-${i}`);
      expect(errorOf(response).code, `attempt ${i + 1}`).toBe("auth.invalid_credentials");
    }
    const locked = await loginAttempt(w, "supervisor", PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(errorOf(locked)).toMatchObject({
      code: "auth.locked",
      details: { retryAfterSeconds: lockMinutes * 60 },
    });
    expect(locked.headers["retry-after"]).toBe(String(lockMinutes * 60));
    expect(sessionCookieOf(locked)).toBeUndefined();
    // Sessions already open go on, and other usernames may log in.
    expect((await whoAmI(w.client("supervisor"))).statusCode).toBe(200);
    expect((await loginAttempt(w, "admin", PASSWORD)).statusCode).toBe(200);

    w.clock.advanceMinutes(lockMinutes - 1);
    expect((await loginAttempt(w, "supervisor", PASSWORD)).statusCode).toBe(429);
    w.clock.advanceMinutes(2);
    expect((await loginAttempt(w, "supervisor", PASSWORD)).statusCode).toBe(200);
  });

  it("limits the requests per minute from one address", async () => {
    const db = await open();
    const app = await buildApp({
      db,
      settings: { ...DEFAULT_SERVER_SETTINGS, rateLimitPerMinute: 3 },
    });
    try {
      for (let i = 0; i < 3; i += 1) {
        expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      }
      const limited = await app.inject({ method: "GET", url: "/api/health" });
      expect(limited.statusCode).toBe(429);
      expect(errorOf(limited)).toMatchObject({
        status: 429,
        code: "request.rate_limited",
        details: { retryAfterSeconds: expect.any(Number) as unknown },
      });
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60);
      const elsewhere = await app.inject({
        method: "GET",
        url: "/api/health",
        remoteAddress: "10.0.0.7",
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("ends a disabled user's sessions and refuses their login; a reset ends them too", async () => {
    const w = await world();
    const supervisor = w.client("supervisor");
    const disabled = await w.admin.call("PATCH", `/api/users/${supervisor.userId}`, {
      disabled: true,
    });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await whoAmI(supervisor)).statusCode).toBe(401);
    const login = await loginAttempt(w, "supervisor", PASSWORD);
    expect(login.statusCode).toBe(401);
    expect(errorOf(login).code).toBe("auth.invalid_credentials");

    await w.admin.call("PATCH", `/api/users/${supervisor.userId}`, { disabled: false });
    // Enabling again does not bring the old session back.
    expect((await whoAmI(supervisor)).statusCode).toBe(401);
    const again = await logIn(w.app, "supervisor");
    expect((await whoAmI(again)).statusCode).toBe(200);

    // An administrator's password reset ends the sessions too.
    const reset = await w.admin.call("PATCH", `/api/users/${supervisor.userId}`, {
      password: NEW_PASSWORD,
    });
    expect(reset.statusCode).toBe(200);
    expect((await whoAmI(again)).statusCode).toBe(401);
    expect((await loginAttempt(w, "supervisor", PASSWORD)).statusCode).toBe(401);
    expect((await loginAttempt(w, "supervisor", NEW_PASSWORD)).statusCode).toBe(200);
  });

  it("changes one's own password: the other sessions end, this one goes on", async () => {
    const w = await world();
    const here = w.client("supervisor");
    const elsewhere = await logIn(w.app, "supervisor");

    const wrong = await here.call("PUT", "/api/session/password", {
      currentPassword: "not-my-password-1",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(401);
    expect(errorOf(wrong)).toMatchObject({
      code: "auth.invalid_credentials",
      field: "body.currentPassword",
    });
    const weak = await here.call("PUT", "/api/session/password", {
      currentPassword: PASSWORD,
      newPassword: "short",
    });
    expect(weak.statusCode).toBe(400);
    expect(errorOf(weak)).toMatchObject({ code: "user.invalid", field: "body.password" });
    expect((await whoAmI(elsewhere)).statusCode).toBe(200);

    const changed = await here.call("PUT", "/api/session/password", {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(204);
    expect((await whoAmI(here)).statusCode).toBe(200);
    expect((await whoAmI(elsewhere)).statusCode).toBe(401);
    expect((await whoAmI(w.admin)).statusCode).toBe(200);
    expect((await loginAttempt(w, "supervisor", PASSWORD)).statusCode).toBe(401);
    expect((await loginAttempt(w, "supervisor", NEW_PASSWORD)).statusCode).toBe(200);

    const log = await w.admin.call("GET", "/api/audit-events?action=user.password_changed");
    expect(log.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({ actor: "user:supervisor", userId: here.userId }),
    ]);
  });

  it("never disables or demotes the last administrator", async () => {
    const w = await world();
    const adminId = w.admin.userId;
    const disable = await w.admin.call("PATCH", `/api/users/${adminId}`, { disabled: true });
    expect(disable.statusCode).toBe(409);
    expect(errorOf(disable)).toMatchObject({ code: "user.conflict", field: "body.disabled" });
    const demote = await w.admin.call("PATCH", `/api/users/${adminId}`, { role: "supervisor" });
    expect(demote.statusCode).toBe(409);
    expect(errorOf(demote)).toMatchObject({ code: "user.conflict", field: "body.role" });
    const me = await whoAmI(w.admin);
    expect(me.json<SessionBody>().user).toMatchObject({ role: "admin", disabled: false });

    // With a second administrator, the first may go.
    const promoted = await w.admin.call("PATCH", `/api/users/${w.client("supervisor").userId}`, {
      role: "admin",
    });
    expect(promoted.statusCode).toBe(200);
    expect(
      (await w.admin.call("PATCH", `/api/users/${adminId}`, { disabled: true })).statusCode,
    ).toBe(200);
    expect((await whoAmI(w.admin)).statusCode).toBe(401);
    const last = await w
      .client("supervisor")
      .call("PATCH", `/api/users/${w.client("supervisor").userId}`, { disabled: true });
    expect(last.statusCode).toBe(409);
  });

  it("points at the offending field when it refuses a new user", async () => {
    const w = await world();
    const before = await userCount(w);
    const valid = {
      username: "new.person",
      displayName: "新同事",
      unitId: w.admin.unitId,
      role: "unit_staff",
      password: PASSWORD,
    };
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ role: "boss" }, 400, "validation.failed", "body.role"],
      [{ unitId: "one" }, 400, "validation.failed", "body.unitId"],
      [{ password: "short-pw" }, 400, "user.invalid", "body.password"],
      [{ password: "x-new.person-x-1" }, 400, "user.invalid", "body.password"],
      [{ username: "a" }, 400, "user.invalid", "body.username"],
      [{ username: "带 空格" }, 400, "user.invalid", "body.username"],
      [{ username: USERNAMES.supervisor }, 409, "user.conflict", "body.username"],
      [{ unitId: 9999 }, 404, "unit.not_found", "body.unitId"],
    ];
    for (const [change, status, code, field] of cases) {
      const response = await w.admin.call("POST", "/api/users", { ...valid, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(status);
      expect(errorOf(response), JSON.stringify(change)).toMatchObject({ status, code, field });
    }
    const bad = await w.admin.call("POST", "/api/users", { ...valid, role: "boss" });
    expect(errorOf(bad).details).toEqual([expect.objectContaining({ field: "body.role" })]);
    expect(await userCount(w)).toBe(before);
  });
});
