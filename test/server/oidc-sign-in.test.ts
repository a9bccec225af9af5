import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases.js";
import { errorOf, LEAD_UNIT, send, USERNAMES, type World } from "../support/http-session.js";
import {
  startTestProvider,
  type FixtureAccount,
  type TestProvider,
} from "../support/oidc-provider.js";
import {
  beginLogin,
  callback,
  INJECTED_PUBLIC_URL,
  oidcClient,
  oidcLogIn,
  oidcWorld,
} from "../support/oidc-world.js";
import { signInAtProvider } from "../support/oidc-provider.js";

/**
 * Sign-in through an OpenID provider (issue 19): the `oidc-provider` package
 * runs in this process on a loopback port; Duban discovers it, redirects to
 * it with PKCE, and maps the person it vouches for to a Duban user.
 */

const LEADER: FixtureAccount = {
  sub: "sub-leader-0001",
  preferred_username: "zhang.wei",
  name: "张伟",
  unit: "科技局",
  duban_role: "admin",
};
const NEWCOMER: FixtureAccount = {
  sub: "sub-new-0002",
  preferred_username: "li.na",
  name: "李娜",
  unit: LEAD_UNIT,
  duban_role: "unit_leader",
};
const STRANGER: FixtureAccount = {
  sub: "sub-stranger-0003",
  preferred_username: "wang.fang",
  name: "王芳",
  unit: "市外事办",
};

let provider: TestProvider;
beforeAll(async () => {
  provider = await startTestProvider(INJECTED_PUBLIC_URL, [LEADER, NEWCOMER, STRANGER]);
});
afterAll(() => provider.close());

interface Entry {
  readonly actor: string;
  readonly signIn: string | null;
  readonly objectId: string;
  readonly after: Record<string, unknown>;
}

const entries = async (w: World, action: string): Promise<Entry[]> =>
  (await w.admin.call("GET", `/api/audit-events?action=${action}`)).json<{ items: Entry[] }>()
    .items;

const signInErrorOf = (answer: { headers: Record<string, unknown> }): string | null =>
  new URL(String(answer.headers.location), "http://x").searchParams.get("signInError");

describeEachDatabase("OpenID Connect sign-in", ({ open }) => {
  it("lists the provider, and maps a provider username to a user through the admin's table", async () => {
    const w = await oidcWorld(open, provider, ["leader"]);
    const providers = await send(w.app, { method: "GET", url: "/api/session/providers" });
    expect(providers.json()).toEqual({
      providers: [
        expect.objectContaining({ method: "password" }),
        {
          method: "oidc",
          name: { zh: "市统一身份认证", en: "市统一身份认证" },
          loginUrl: "/api/session/oidc/login",
        },
      ],
    });

    // Unknown to Duban until the administrator maps the username.
    expect(signInErrorOf(await oidcLogIn(w, LEADER))).toBe("unknown_person");
    const leaderId = w.client("leader").userId;
    const mapped = await w.admin.call("PUT", "/api/oidc/user-mappings", {
      claimValue: LEADER.preferred_username,
      userId: leaderId,
    });
    expect(mapped.statusCode).toBe(204);
    const table = await w.admin.call("GET", "/api/oidc/mappings");
    expect(table.json()).toMatchObject({
      provider: { issuer: provider.issuer, clientSecretSet: true, source: "environment" },
      users: [{ claimValue: "zhang.wei", userId: leaderId, username: USERNAMES.leader }],
    });
    expect(JSON.stringify(table.json())).not.toContain("client-secret");

    const client = await oidcClient(w, LEADER);
    // The user's own unit and role: the claims (unit 科技局, role admin) change nothing.
    expect(client).toMatchObject({
      userId: leaderId,
      unitId: w.unitIds[LEAD_UNIT],
      role: "unit_leader",
    });
    const session = await client.call("GET", "/api/session");
    expect(session.json()).toMatchObject({ signIn: "oidc", actor: { role: "unit_leader" } });
    // The same permissions as a password session: a leader may not create units.
    expect((await client.call("POST", "/api/units", { name: "新单位" })).statusCode).toBe(403);

    const [login] = await entries(w, "auth.logged_in");
    expect(login).toMatchObject({
      actor: `user:${USERNAMES.leader}`,
      signIn: "oidc",
      after: { method: "oidc", provider: provider.issuer, subject: LEADER.sub },
    });

    // Linked by subject now: the mapping can go, the person still signs in.
    const removed = await w.admin.call("DELETE", "/api/oidc/user-mappings", {
      claimValue: LEADER.preferred_username,
    });
    expect(removed.statusCode).toBe(204);
    expect((await oidcClient(w, LEADER)).userId).toBe(leaderId);
  });

  it("creates unknown people only in units the administrator allowed, at the lowest role unless raised", async () => {
    const w = await oidcWorld(open, provider);
    const refused = await oidcLogIn(w, NEWCOMER);
    expect(signInErrorOf(refused)).toBe("unknown_person");
    expect(await entries(w, "auth.login_failed")).toEqual([
      expect.objectContaining({
        actor: "anonymous",
        objectId: NEWCOMER.preferred_username,
        after: expect.objectContaining({
          reason: "unknown_person",
          method: "oidc",
          provider: provider.issuer,
          subject: NEWCOMER.sub,
        }) as unknown,
      }),
    ]);

    const unitId = w.unitIds[LEAD_UNIT];
    const badRole = await w.admin.call("PUT", `/api/oidc/unit-rules/${unitId}`, {
      maxRole: "boss",
    });
    expect(badRole.statusCode).toBe(400);
    expect(errorOf(badRole).field).toBe("body.maxRole");
    const missing = await w.admin.call("PUT", "/api/oidc/unit-rules/9999", {});
    expect(missing.statusCode).toBe(404);
    // The unit is named by the claim (its name); users created there get unit_staff at most.
    expect((await w.admin.call("PUT", `/api/oidc/unit-rules/${unitId}`, {})).statusCode).toBe(204);
    const created = await oidcClient(w, NEWCOMER);
    expect(created).toMatchObject({ username: "li.na", unitId, role: "unit_staff" });
    expect(await entries(w, "user.created")).toContainEqual(
      expect.objectContaining({
        actor: "user:li.na",
        signIn: "oidc",
        after: expect.objectContaining({ role: "unit_staff", subject: NEWCOMER.sub }) as unknown,
      }),
    );

    // Someone in a unit with no rule stays out.
    expect(signInErrorOf(await oidcLogIn(w, STRANGER))).toBe("unknown_person");
    const staff = await w.client("admin").call("GET", "/api/users");
    expect(JSON.stringify(staff.json())).not.toContain("wang.fang");

    // A staff member may not edit the mapping table.
    const forbidden = await created.call("PUT", `/api/oidc/unit-rules/${unitId}`, {});
    expect(forbidden.statusCode).toBe(403);
  });

  it("gives a role claim up to the rule's highest role, by the rule's own claim value", async () => {
    const w = await oidcWorld(open, provider);
    const unitId = w.unitIds[LEAD_UNIT];
    const rule = await w.admin.call("PUT", `/api/oidc/unit-rules/${unitId}`, {
      claimValue: "KJJ-001",
      maxRole: "unit_leader",
    });
    expect(rule.statusCode).toBe(204);
    provider.accounts.set("sub-coded-0004", {
      sub: "sub-coded-0004",
      preferred_username: "zhao.lei",
      name: "赵磊",
      unit: "KJJ-001",
      duban_role: "admin",
    });
    // admin asked, unit_leader is the ceiling... but admin is above it: the ceiling is given.
    expect(
      await oidcClient(w, provider.accounts.get("sub-coded-0004") as FixtureAccount),
    ).toMatchObject({ unitId, role: "unit_leader" });
  });

  it("refuses a tampered state, a replayed callback, a forged code and a disabled user", async () => {
    const w = await oidcWorld(open, provider, ["staff"]);
    await w.admin.call("PUT", "/api/oidc/user-mappings", {
      claimValue: LEADER.preferred_username,
      userId: w.client("staff").userId,
    });
    const first = await beginLogin(w);
    const back = await signInAtProvider(first.url, LEADER.sub);
    const tampered = new URL(back);
    tampered.searchParams.set("state", "not-the-state");
    const refused = await callback(w, tampered, first.cookie);
    expect(signInErrorOf(refused)).toBe("state_mismatch");
    expect(refused.cookies.find((c) => c.name === "duban_session")).toBeUndefined();
    // The login under way was used up by the tampered try.
    expect(signInErrorOf(await callback(w, back, first.cookie))).toBe("expired");

    const second = await beginLogin(w);
    const forged = await signInAtProvider(second.url, LEADER.sub);
    forged.searchParams.set("code", "forged-code");
    expect(signInErrorOf(await callback(w, forged, second.cookie))).toBe("refused");

    const third = await beginLogin(w);
    expect(signInErrorOf(await callback(w, back, third.cookie))).toBe("state_mismatch");

    const client = await oidcClient(w, LEADER);
    const disabled = await w.admin.call("PATCH", `/api/users/${client.userId}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect((await client.call("GET", "/api/session")).statusCode).toBe(401);
    expect(signInErrorOf(await oidcLogIn(w, LEADER))).toBe("disabled");
  });

  it("logs out at the provider too, and ends the session when the provider lets the person go", async () => {
    const w = await oidcWorld(open, provider, ["staff"]);
    const person: FixtureAccount = {
      ...LEADER,
      sub: "sub-leaving-0005",
      preferred_username: "qian.li",
    };
    provider.accounts.set(person.sub, person);
    await w.admin.call("PUT", "/api/oidc/user-mappings", {
      claimValue: person.preferred_username,
      userId: w.client("staff").userId,
    });
    const client = await oidcClient(w, person);
    const out = await client.call("DELETE", "/api/session");
    expect(out.statusCode).toBe(200);
    const logoutUrl = new URL(out.json<{ logoutUrl: string }>().logoutUrl);
    expect(logoutUrl.origin).toBe(provider.issuer);
    expect(logoutUrl.searchParams.get("post_logout_redirect_uri")).toBe(`${INJECTED_PUBLIC_URL}/`);
    expect(logoutUrl.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect((await client.call("GET", "/api/session")).statusCode).toBe(401);

    const again = await oidcClient(w, person);
    w.clock.advanceMinutes(6);
    // Still there at the provider: the recheck keeps the session.
    expect((await again.call("GET", "/api/session")).statusCode).toBe(200);
    provider.accounts.delete(person.sub);
    w.clock.advanceMinutes(6);
    expect((await again.call("GET", "/api/session")).statusCode).toBe(401);
    expect(await entries(w, "auth.ended_by_provider")).toEqual([
      expect.objectContaining({
        after: expect.objectContaining({
          provider: provider.issuer,
          subject: person.sub,
        }) as unknown,
      }),
    ]);
    // A password session of the same user is left alone.
    expect((await w.client("staff").call("GET", "/api/session")).statusCode).toBe(200);
  });

  it("keeps a session whose access token expired when the provider issued no refresh token", async () => {
    // Without a refresh token Duban cannot ask again: an expired token says
    // nothing about the person, and the session's own idle and absolute ends apply.
    const brief = await startTestProvider(INJECTED_PUBLIC_URL, [NEWCOMER], {
      refreshTokens: false,
      accessTokenSeconds: 1,
    });
    try {
      const w = await oidcWorld(open, brief, ["staff"]);
      await w.admin.call("PUT", "/api/oidc/user-mappings", {
        claimValue: NEWCOMER.preferred_username,
        userId: w.client("staff").userId,
      });
      const client = await oidcClient(w, NEWCOMER);
      // The provider's clock is the real one: its token expires in a second.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      w.clock.advanceMinutes(6);
      expect((await client.call("GET", "/api/session")).statusCode).toBe(200);
      expect(await entries(w, "auth.ended_by_provider")).toEqual([]);
    } finally {
      await brief.close();
    }
  });
});
