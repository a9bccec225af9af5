import { expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases.js";
import {
  errorOf,
  LEAD_UNIT,
  OFFICE_UNIT,
  send,
  worldFor,
  type World,
} from "../support/http-session.js";

/**
 * API tokens as actors of their own (issue 11, findings 2 and 3): a token
 * expires by default, stops when its issuer is disabled or demoted, is never
 * taken for the user who issued it, and the records name it.
 */

interface TokenBody {
  readonly id: number;
  readonly token: string;
  readonly expiresAt: string | null;
  readonly createdBy: number | null;
  readonly createdByUsername: string | null;
  readonly revokedAt: string | null;
  readonly revokedReason: string | null;
}

const DAY = 86_400_000;

const issue = async (w: World, issuer: "admin", body: Record<string, unknown>) => {
  const response = await w.client(issuer).call("POST", "/api/tokens", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TokenBody>();
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const get = (w: World, url: string, token: string) =>
  send(w.app, { method: "GET", url, headers: bearer(token) });

/** A second administrator, logged in, who issues tokens and can be disabled. */
const secondAdministrator = async (w: World) => {
  const created = await w.admin.call("POST", "/api/users", {
    username: "admin2",
    displayName: "第二管理员",
    unitId: w.unitIds[OFFICE_UNIT],
    role: "admin",
    password: "Second-Admin-Passphrase-31",
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: number }>().id;
  const login = await send(w.app, {
    method: "POST",
    url: "/api/session",
    body: { username: "admin2", password: "Second-Admin-Passphrase-31" },
  });
  const cookie = login.cookies.find((c) => c.name === "duban_session")?.value ?? "";
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  const issueToken = async (name: string) => {
    const response = await send(w.app, {
      method: "POST",
      url: "/api/tokens",
      body: { name, unitId: w.unitIds[OFFICE_UNIT], role: "admin" },
      headers: { cookie: `duban_session=${cookie}`, "x-csrf-token": csrf },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<TokenBody>();
  };
  return { id, issueToken };
};

describeEachDatabase("API tokens as their own actors", ({ open }) => {
  it("expires a token after 90 days unless told otherwise, and never beyond 366", async () => {
    const w = await worldFor(open, { plan: false, accounts: [] });
    const made = await issue(w, "admin", {
      name: "报表同步",
      unitId: w.unitIds[OFFICE_UNIT],
      role: "supervisor",
    });
    expect(made.expiresAt).toBe(new Date(w.clock.now.getTime() + 90 * DAY).toISOString());
    expect(made.createdByUsername).toBe("admin");
    const tooLong = await w.admin.call("POST", "/api/tokens", {
      name: "永久",
      unitId: w.unitIds[OFFICE_UNIT],
      role: "supervisor",
      expiresAt: new Date(w.clock.now.getTime() + 367 * DAY).toISOString(),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(errorOf(tooLong)).toMatchObject({ code: "token.invalid", field: "body.expiresAt" });

    expect((await get(w, "/api/plans", made.token)).statusCode).toBe(200);
    w.clock.advanceMinutes(90 * 24 * 60 + 1);
    expect((await get(w, "/api/plans", made.token)).statusCode).toBe(401);
  });

  it("revokes an administrator's tokens when the administrator is disabled", async () => {
    const w = await worldFor(open, { plan: false, accounts: [] });
    const second = await secondAdministrator(w);
    const made = await second.issueToken("用户同步");
    expect((await get(w, "/api/users", made.token)).statusCode).toBe(200);

    const disabled = await w.admin.call("PATCH", `/api/users/${second.id}`, { disabled: true });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect((await get(w, "/api/users", made.token)).statusCode).toBe(401);
    const listed = (await w.admin.call("GET", "/api/tokens")).json<{ items: TokenBody[] }>();
    expect(listed.items.find((t) => t.id === made.id)).toMatchObject({
      revokedReason: "creator_disabled",
      revokedAt: w.clock.now.toISOString(),
    });
    // Enabling the administrator again does not bring the token back.
    await w.admin.call("PATCH", `/api/users/${second.id}`, { disabled: false });
    expect((await get(w, "/api/users", made.token)).statusCode).toBe(401);
  });

  it("revokes an administrator's tokens when the role is taken away", async () => {
    const w = await worldFor(open, { plan: false, accounts: [] });
    const second = await secondAdministrator(w);
    const made = await second.issueToken("用户同步");
    const demoted = await w.admin.call("PATCH", `/api/users/${second.id}`, {
      role: "supervisor",
    });
    expect(demoted.statusCode, demoted.body).toBe(200);
    expect((await get(w, "/api/users", made.token)).statusCode).toBe(401);
    const log = await w.admin.call("GET", `/api/audit-events?action=token.revoked`);
    expect(log.json<{ items: { objectId: string; after: unknown }[] }>().items).toEqual([
      expect.objectContaining({
        objectId: String(made.id),
        after: expect.objectContaining({ reason: "creator_demoted" }) as unknown,
      }),
    ]);
  });

  it("never takes a token for the user who issued it", async () => {
    const w = await worldFor(open, { accounts: ["staff"] });
    const made = await issue(w, "admin", {
      name: "科技局填报",
      unitId: w.unitIds[LEAD_UNIT],
      role: "unit_staff",
    });
    // The administrator's own record is not the token's "self".
    expect((await get(w, `/api/users/${w.admin.userId}`, made.token)).statusCode).toBe(404);
    const me = await get(w, "/api/session", made.token);
    expect(me.json()).toMatchObject({ via: "token", user: null });
    // A token issues no tokens, whatever its role.
    const adminToken = await issue(w, "admin", {
      name: "全权",
      unitId: w.unitIds[OFFICE_UNIT],
      role: "admin",
    });
    const nested = await send(w.app, {
      method: "POST",
      url: "/api/tokens",
      body: { name: "再发", unitId: w.unitIds[OFFICE_UNIT], role: "admin" },
      headers: bearer(adminToken.token),
    });
    expect(nested.statusCode).toBe(403);

    // Its writes are credited to the token, and through it to its issuer.
    const listed = await get(w, `/api/milestones?plan=${w.planId}&pageSize=1`, made.token);
    const milestone = listed.json<{ items: { id: number }[] }>().items[0];
    const reported = await send(w.app, {
      method: "POST",
      url: `/api/milestones/${milestone?.id}/reports`,
      body: { version: 0, text: "接口同步的进展。" },
      headers: bearer(made.token),
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const credit = {
      id: made.id,
      name: "科技局填报",
      createdBy: w.admin.userId,
      createdByUsername: "admin",
    };
    const log = await w.admin.call("GET", `/api/audit-events?token=${made.id}`);
    // The report, and the refused look at the administrator's record, both the token's.
    expect(log.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        action: "milestone.reported",
        actor: `token:${made.id}:科技局填报`,
        userId: null,
        token: credit,
      }),
      expect.objectContaining({
        action: "auth.refused",
        objectId: `GET /api/users/${w.admin.userId}`,
        userId: null,
        token: credit,
      }),
    ]);
    const history = await w.admin.call("GET", `/api/milestones/${milestone?.id}/history`);
    expect(history.json<{ entries: unknown[] }>().entries).toEqual([
      expect.objectContaining({ userId: null, token: credit }),
    ]);
  });
});
