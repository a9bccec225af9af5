import type { LightMyRequestResponse } from "fastify";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases.js";
import {
  clientOf,
  errorOf,
  logIn,
  PASSWORD,
  send,
  sessionCookieOf,
  USERNAMES,
  worldFor,
  type Client,
  type World,
} from "../support/http-session.js";
import { totpCode } from "../support/totp-codes.js";

/**
 * The second factor over HTTP (issue 19): enrolment with a code computed
 * here from the secret shown, a session that waits for the code and reaches
 * nothing else, replay and recovery codes refused the second time, the
 * lockout, the administrator's policy and reset.
 */

interface SessionBody {
  readonly csrfToken: string;
  readonly secondFactor: "verify" | "enrol" | null;
  readonly signIn: string;
  readonly actor: { readonly role: string; readonly unitId: number };
  readonly user: { readonly id: number; readonly unitId: number; readonly role: "unit_staff" };
}

interface AuditEntry {
  readonly actor: string;
  readonly signIn: string | null;
  readonly action: string;
  readonly after: Record<string, unknown>;
}

const audit = async (w: World, action: string): Promise<AuditEntry[]> =>
  (await w.admin.call("GET", `/api/audit-events?action=${action}`)).json<{
    items: AuditEntry[];
  }>().items;

/** The client of a session's cookie and body. */
const sessionClient = (
  w: World,
  username: string,
  cookie: string | undefined,
  body: SessionBody,
): Client => {
  if (cookie === undefined) throw new Error(`no cookie for ${username}`);
  return clientOf(w.app, {
    username,
    cookie,
    csrf: body.csrfToken,
    ...body.user,
    userId: body.user.id,
  });
};

/** The client a sign-in or a passed second factor answered with. */
const clientFrom = (w: World, username: string, response: LightMyRequestResponse): Client => {
  if (response.statusCode !== 200)
    throw new Error(`${String(response.statusCode)} ${response.body}`);
  return sessionClient(w, username, sessionCookieOf(response), response.json<SessionBody>());
};

/** Enrols a signed-in user; answers the secret and the recovery codes. */
const enrol = async (w: World, client: Client) => {
  const started = await client.call("POST", "/api/session/second-factor/enrolment");
  expect(started.statusCode).toBe(200);
  const { secret, qrCode, uri } = started.json<{ secret: string; qrCode: string; uri: string }>();
  expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
  expect(uri).toContain(`secret=${secret}`);
  const done = await client.call("PUT", "/api/session/second-factor/enrolment", {
    code: totpCode(secret, w.clock.now),
  });
  expect(done.statusCode).toBe(200);
  const { recoveryCodes } = done.json<{ recoveryCodes: string[] }>();
  return { secret, recoveryCodes };
};

describeEachDatabase("second factor over HTTP", ({ open }) => {
  it("enrols from the account, then a sign-in waits for the code and reaches nothing else", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["idleStaff"] });
    const staff = w.client("idleStaff");

    const started = await staff.call("POST", "/api/session/second-factor/enrolment");
    const { secret } = started.json<{ secret: string }>();
    const wrong = await staff.call("PUT", "/api/session/second-factor/enrolment", {
      code: totpCode(secret, new Date(w.clock.now.getTime() - 600_000)),
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong)).toMatchObject({ code: "auth.invalid_code", field: "body.code" });
    const status = await staff.call("GET", "/api/session/second-factor");
    expect(status.json()).toMatchObject({ enrolled: false });

    const done = await staff.call("PUT", "/api/session/second-factor/enrolment", {
      code: totpCode(secret, w.clock.now),
    });
    expect(done.statusCode).toBe(200);
    const { recoveryCodes, session } = done.json<{ recoveryCodes: string[]; session: null }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(session).toBeNull();
    const enrolled = await staff.call("GET", "/api/session/second-factor");
    expect(enrolled.json()).toEqual({
      enrolled: true,
      enrolledAt: w.clock.now.toISOString(),
      required: false,
      recoveryCodesLeft: 10,
    });
    expect(enrolled.body).not.toContain(secret);
    const again = await staff.call("POST", "/api/session/second-factor/enrolment");
    expect(again.statusCode).toBe(409);

    // The next sign-in waits for the code.
    w.clock.advanceMinutes(1);
    const signIn = await send(w.app, {
      method: "POST",
      url: "/api/session",
      body: { username: USERNAMES.idleStaff, password: PASSWORD },
    });
    expect(signIn.json<SessionBody>().secondFactor).toBe("verify");
    const pending = clientFrom(w, USERNAMES.idleStaff, signIn);
    const who = await pending.call("GET", "/api/session");
    expect(who.json<SessionBody>()).toMatchObject({ secondFactor: "verify", signIn: "password" });
    for (const [method, url] of [
      ["GET", "/api/plans"],
      ["GET", "/api/session/waiting"],
      ["GET", "/api/session/second-factor"],
      ["GET", `/api/users/${String(staff.userId)}`],
      ["PUT", "/api/session/password"],
    ] as const) {
      const body =
        method === "PUT"
          ? { currentPassword: PASSWORD, newPassword: "Another-Long-Phrase-7" }
          : undefined;
      const refused = await pending.call(method, url, body);
      expect([url, refused.statusCode]).toEqual([url, 403]);
      expect(errorOf(refused).code).toBe("auth.second_factor_required");
    }
    // A public route takes it for nobody.
    expect((await pending.call("GET", "/api/session/providers")).statusCode).toBe(200);

    const code = totpCode(secret, w.clock.now);
    const passed = await pending.call("POST", "/api/session/second-factor", { code });
    expect(passed.statusCode).toBe(200);
    expect(passed.json<SessionBody>()).toMatchObject({
      secondFactor: null,
      actor: { role: "unit_staff", unitId: staff.unitId },
    });
    const whole = clientFrom(w, USERNAMES.idleStaff, passed);
    expect(whole.cookie).not.toBe(pending.cookie);
    expect(whole.csrf).not.toBe(pending.csrf);
    expect((await pending.call("GET", "/api/session")).statusCode).toBe(401);
    expect((await whole.call("GET", "/api/plans")).statusCode).toBe(200);

    // The same code again, in its own window: refused.
    const replay = clientFrom(
      w,
      USERNAMES.idleStaff,
      await send(w.app, {
        method: "POST",
        url: "/api/session",
        body: { username: USERNAMES.idleStaff, password: PASSWORD },
      }),
    );
    const replayed = await replay.call("POST", "/api/session/second-factor", { code });
    expect(replayed.statusCode).toBe(400);
    expect(errorOf(replayed).code).toBe("auth.invalid_code");
    w.clock.advanceMinutes(0.5);
    const next = await replay.call("POST", "/api/session/second-factor", {
      code: totpCode(secret, w.clock.now),
    });
    expect(next.statusCode).toBe(200);

    const passes = await audit(w, "auth.second_factor_passed");
    expect(passes).toHaveLength(2);
    expect(passes[0]).toMatchObject({
      actor: "user:idle.staff",
      signIn: "password",
      after: { code: "totp" },
    });
    expect(await audit(w, "auth.second_factor_failed")).toHaveLength(2);
    expect(await audit(w, "second_factor.enrolled")).toHaveLength(1);
    const logins = await audit(w, "auth.logged_in");
    expect(logins[0]?.after).toMatchObject({ method: "password", secondFactor: "pending" });
  });

  it("takes each recovery code once, and makes new ones that end the old", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["idleStaff"] });
    const { secret, recoveryCodes } = await enrol(w, w.client("idleStaff"));
    const [first, second] = recoveryCodes;

    const pending = await logIn(w.app, USERNAMES.idleStaff);
    // As typed from paper: lower case, spaces for dashes.
    const typed = (first ?? "").toLowerCase().replaceAll("-", " ");
    const passed = await pending.call("POST", "/api/session/second-factor", { code: typed });
    expect(passed.statusCode).toBe(200);
    expect((await audit(w, "auth.second_factor_passed"))[0]?.after).toMatchObject({
      code: "recovery_code",
    });
    const whole = clientFrom(w, USERNAMES.idleStaff, passed);
    expect((await whole.call("GET", "/api/session/second-factor")).json()).toMatchObject({
      recoveryCodesLeft: 9,
    });

    const again = await logIn(w.app, USERNAMES.idleStaff);
    const used = await again.call("POST", "/api/session/second-factor", { code: first });
    expect(used.statusCode).toBe(400);

    w.clock.advanceMinutes(1);
    const renewed = await whole.call("POST", "/api/session/second-factor/recovery-codes", {
      code: totpCode(secret, w.clock.now),
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    const old = await again.call("POST", "/api/session/second-factor", { code: second });
    expect(old.statusCode).toBe(400);
  });

  it("counts wrong codes against the login lockout, and a pending session runs out", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["idleStaff"] });
    const { secret } = await enrol(w, w.client("idleStaff"));
    const pending = await logIn(w.app, USERNAMES.idleStaff);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await pending.call("POST", "/api/session/second-factor", { code: "000000" })).statusCode,
      );
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const right = await pending.call("POST", "/api/session/second-factor", {
      code: totpCode(secret, w.clock.now),
    });
    expect(right.statusCode).toBe(429);
    const password = await send(w.app, {
      method: "POST",
      url: "/api/session",
      body: { username: USERNAMES.idleStaff, password: PASSWORD },
    });
    expect(password.statusCode).toBe(429);

    w.clock.advanceMinutes(16);
    const fresh = await logIn(w.app, USERNAMES.idleStaff);
    w.clock.advanceMinutes(11);
    expect((await fresh.call("GET", "/api/session")).statusCode).toBe(401);
  });

  it("requires the factor of the roles the administrator names, and lets an administrator reset it", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["supervisor", "idleStaff"] });
    const refused = await w
      .client("idleStaff")
      .call("PUT", "/api/second-factor", { requiredRoles: ["unit_staff"] });
    expect(refused.statusCode).toBe(403);
    const set = await w.admin.call("PUT", "/api/second-factor", {
      requiredRoles: ["supervisor", "admin", "supervisor"],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      requiredRoles: ["admin", "supervisor"],
      updatedBy: "user:admin",
      enrolledUserIds: [],
    });
    expect(await audit(w, "second_factor.policy_changed")).toEqual([
      expect.objectContaining({ actor: "user:admin" }),
    ]);

    // The staff's sign-in is whole; the supervisor's must enrol first.
    expect((await logIn(w.app, USERNAMES.idleStaff)).csrf).toBeTruthy();
    const signIn = await send(w.app, {
      method: "POST",
      url: "/api/session",
      body: { username: USERNAMES.supervisor, password: PASSWORD },
    });
    expect(signIn.json<SessionBody>().secondFactor).toBe("enrol");
    const pending = clientFrom(w, USERNAMES.supervisor, signIn);
    expect((await pending.call("GET", "/api/plans")).statusCode).toBe(403);
    const started = await pending.call("POST", "/api/session/second-factor/enrolment");
    const { secret } = started.json<{ secret: string }>();
    const done = await pending.call("PUT", "/api/session/second-factor/enrolment", {
      code: totpCode(secret, w.clock.now),
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<{ session: SessionBody }>().session).toMatchObject({
      secondFactor: null,
      actor: { role: "supervisor" },
    });
    const supervisor = sessionClient(
      w,
      USERNAMES.supervisor,
      sessionCookieOf(done),
      done.json<{ session: SessionBody }>().session,
    );
    expect((await supervisor.call("GET", "/api/plans")).statusCode).toBe(200);
    expect((await pending.call("GET", "/api/session")).statusCode).toBe(401);

    w.clock.advanceMinutes(1);
    const turnOff = await supervisor.call("DELETE", "/api/session/second-factor", {
      code: totpCode(secret, w.clock.now),
    });
    expect(turnOff.statusCode).toBe(409);
    const overview = await w.admin.call("GET", "/api/second-factor");
    expect(overview.json()).toMatchObject({ enrolledUserIds: [supervisor.userId] });

    const reset = await w.admin.call(
      "DELETE",
      `/api/users/${String(supervisor.userId)}/second-factor`,
    );
    expect(reset.statusCode).toBe(204);
    expect(await audit(w, "second_factor.reset")).toEqual([
      expect.objectContaining({ actor: "user:admin", after: { username: "supervisor" } }),
    ]);
    const afterReset = await send(w.app, {
      method: "POST",
      url: "/api/session",
      body: { username: USERNAMES.supervisor, password: PASSWORD },
    });
    expect(afterReset.json<SessionBody>().secondFactor).toBe("enrol");
  });

  it("lets a user whose role does not require it turn it off with a current code", async () => {
    const w = await worldFor(open, { plan: false, accounts: ["idleStaff"] });
    const staff = w.client("idleStaff");
    const { secret } = await enrol(w, staff);
    w.clock.advanceMinutes(1);
    const wrong = await staff.call("DELETE", "/api/session/second-factor", { code: "123456" });
    expect(wrong.statusCode).toBe(400);
    const off = await staff.call("DELETE", "/api/session/second-factor", {
      code: totpCode(secret, w.clock.now),
    });
    expect(off.statusCode).toBe(204);
    const signIn = await logIn(w.app, USERNAMES.idleStaff);
    expect((await signIn.call("GET", "/api/plans")).statusCode).toBe(200);
    expect(await audit(w, "second_factor.turned_off")).toHaveLength(1);
  });
});
