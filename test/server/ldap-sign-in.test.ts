import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import type { DirectoryConfig } from "../../src/services/directory/directory-config.js";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { describeEachDatabase } from "../support/databases.js";
import {
  clientOf,
  errorOf,
  LEAD_UNIT,
  send,
  sessionCookieOf,
  USERNAMES,
  worldFor,
  type World,
} from "../support/http-session.js";
import {
  BASE_DN,
  fixturePerson,
  personDn,
  SERVICE_DN,
  SERVICE_PASSWORD,
  fixtureDirectory,
  startSlapd,
  type FixturePerson,
  type Slapd,
} from "../support/slapd.js";

/**
 * Signing in with a directory account (issue 19) against a real slapd the
 * test starts: the sync's proposals and their acceptance, the login and its
 * throttle, and the recheck that ends a removed person's session.
 */

const zhang = fixturePerson("zhangsan");
const leader = fixturePerson("kjj.leader");

let slapd: Slapd;
let directory: DirectoryConfig;
beforeAll(async () => {
  slapd = await startSlapd();
  directory = fixtureDirectory(slapd.url);
});
afterAll(() => slapd.stop());

const configured = (open: () => Promise<Database>) =>
  worldFor(open, {
    plan: true,
    accounts: ["leader"],
    settings: { auth: { ...DEFAULT_AUTH_SETTINGS, directory } },
  });

const directoryLogin = (w: World, username: string, password: string) =>
  send(w.app, {
    method: "POST",
    url: "/api/session",
    body: { username, password, method: "ldap" },
  });

/** A client of a session the directory opened. */
const signedInThroughDirectory = async (w: World, who: FixturePerson) => {
  const response = await directoryLogin(w, who.uid, who.password);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<{
    csrfToken: string;
    signIn: string;
    user: { id: number; unitId: number; unitName: string; role: "unit_staff" };
  }>();
  const cookie = sessionCookieOf(response) ?? "";
  return {
    body,
    client: clientOf(w.app, {
      username: who.uid,
      cookie,
      csrf: body.csrfToken,
      userId: body.user.id,
      unitId: body.user.unitId,
      role: body.user.role,
    }),
  };
};

interface Proposal {
  readonly id: number;
  readonly kind: string;
  readonly subject: string;
  readonly details: Record<string, unknown>;
}

const sync = async (w: World): Promise<Proposal[]> => {
  const response = await w.admin.call("POST", "/api/admin/directory/sync");
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ proposals: Proposal[] }>().proposals;
};

const acceptAll = async (w: World, kind: string) => {
  const response = await w.admin.call("POST", "/api/admin/directory/proposals/decision", {
    kind,
    decision: "accept",
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ decided: number; failed: unknown[] }>();
};

const auditOf = async (w: World, action: string) =>
  (await w.admin.call("GET", `/api/audit-events?action=${action}`)).json<{
    items: { actor: string; signIn: string | null; after: Record<string, unknown> }[];
  }>().items;

const userNamed = async (w: World, username: string) =>
  (await w.admin.call("GET", "/api/users"))
    .json<{
      items: { id: number; username: string; unitName: string; role: string; disabled: boolean }[];
    }>()
    .items.find((u) => u.username === username);

describeEachDatabase("LDAP sign-in", ({ open }) => {
  it("proposes units, users and links; changes nothing until accepted; never a role", async () => {
    const w = await configured(open);
    const usersBefore = (await w.admin.call("GET", "/api/users")).json<{ items: unknown[] }>()
      .items;

    // Before any link, the right password is refused with its own reason.
    const unlinked = await directoryLogin(w, zhang.uid, zhang.password);
    expect(unlinked.statusCode).toBe(403);
    expect(errorOf(unlinked).code).toBe("auth.not_linked");
    expect(await auditOf(w, "auth.login_failed")).toContainEqual(
      expect.objectContaining({
        after: expect.objectContaining({
          reason: "not_linked",
          subject: personDn(zhang),
        }) as unknown,
      }),
    );

    const first = await sync(w);
    const summary = first.map((p) => [p.kind, p.details.name ?? p.details.username]).sort();
    expect(summary).toEqual(
      [
        ["unit", "市发展改革委"],
        ["unit", "市财政局"],
        ["unit", "市教育局"],
        ["user", "zhangsan"],
        ["user", "lisi"],
        ["user", "wangwu"],
        ["link", USERNAMES.leader],
      ].sort(),
    );
    // Nothing changed yet; a second run proposes the same, not twice as much.
    expect((await w.admin.call("GET", "/api/users")).json<{ items: unknown[] }>().items).toEqual(
      usersBefore,
    );
    // A re-run replaces the open proposals with what the directory says now.
    const proposals = await sync(w);
    expect(proposals).toHaveLength(first.length);

    // A user cannot be accepted before their unit exists.
    const early = proposals.find((p) => p.kind === "user");
    const blocked = await w.admin.call(
      "POST",
      `/api/admin/directory/proposals/${early?.id ?? 0}/decision`,
      { decision: "accept" },
    );
    expect(blocked.statusCode).toBe(409);
    expect(errorOf(blocked).message.zh).toMatch(/尚不存在/);

    expect(await acceptAll(w, "unit")).toEqual({ decided: 3, failed: [] });
    const wang = proposals.find((p) => p.details.username === "wangwu");
    const rejected = await w.admin.call(
      "POST",
      `/api/admin/directory/proposals/${wang?.id ?? 0}/decision`,
      { decision: "reject" },
    );
    expect(rejected.statusCode).toBe(204);
    expect(await acceptAll(w, "user")).toEqual({ decided: 2, failed: [] });
    expect(await acceptAll(w, "link")).toEqual({ decided: 1, failed: [] });

    expect(await userNamed(w, "zhangsan")).toMatchObject({
      unitName: "市发展改革委",
      role: "unit_staff",
    });
    expect(await userNamed(w, "wangwu")).toBeUndefined();
    expect(await userNamed(w, USERNAMES.leader)).toMatchObject({
      unitName: LEAD_UNIT,
      role: "unit_leader",
    });
    expect(await auditOf(w, "directory.proposal_accepted")).toHaveLength(6);
    expect(await auditOf(w, "directory.proposal_rejected")).toHaveLength(1);
    // The rejected proposal is not made again while the directory says the same.
    expect(await sync(w)).toEqual([]);

    // Each signs in through the directory and lands in their unit with their role.
    const { body } = await signedInThroughDirectory(w, zhang);
    expect(body).toMatchObject({
      signIn: "ldap",
      user: { unitName: "市发展改革委", role: "unit_staff" },
    });
    expect(await auditOf(w, "auth.logged_in")).toContainEqual(
      expect.objectContaining({
        actor: "user:zhangsan",
        signIn: "ldap",
        after: expect.objectContaining({
          method: "ldap",
          provider: slapd.url,
          subject: personDn(zhang),
        }) as unknown,
      }),
    );

    // The leader signed in either way is the same person with the same reach.
    const viaDirectory = (await signedInThroughDirectory(w, leader)).client;
    const viaPassword = w.client("leader");
    for (const url of [
      "/api/plans",
      "/api/session/waiting",
      `/api/units/${w.unitIds[LEAD_UNIT] ?? 0}`,
    ]) {
      const [a, b] = await Promise.all([
        viaDirectory.call("GET", url),
        viaPassword.call("GET", url),
      ]);
      expect([a.statusCode, a.body]).toEqual([b.statusCode, b.body]);
    }
    const refused = await viaDirectory.call("GET", "/api/admin/backups");
    expect(refused.statusCode).toBe(403);
    const session = (await viaDirectory.call("GET", "/api/session")).json<{ signIn: string }>();
    expect(session.signIn).toBe("ldap");
  });

  it("refuses wrong, empty and unknown alike, escapes the username, and throttles before asking", async () => {
    const w = await configured(open);
    const wrong = await directoryLogin(w, zhang.uid, "not-the-password");
    const unknown = await directoryLogin(w, "nobody", zhang.password);
    const injected = await directoryLogin(w, "*", zhang.password);
    for (const response of [wrong, unknown, injected]) {
      expect(response.statusCode).toBe(401);
      expect(errorOf(response)).toEqual(errorOf(wrong));
    }
    const empty = await directoryLogin(w, zhang.uid, "");
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).field).toBe("body.password");

    for (let i = 0; i < 4; i += 1) await directoryLogin(w, zhang.uid, `wrong-${i}`);
    // Locked now, even with the right password: the directory is not asked.
    const locked = await directoryLogin(w, zhang.uid, zhang.password);
    expect(locked.statusCode).toBe(429);
    expect(errorOf(locked).code).toBe("auth.locked");
  });

  it("lists the directory among the providers only when one is configured", async () => {
    const w = await configured(open);
    const providers = (await send(w.app, { method: "GET", url: "/api/session/providers" })).json<{
      providers: { method: string; loginUrl: string | null }[];
    }>().providers;
    expect(providers.map((p) => p.method)).toEqual(["password", "ldap"]);
    const bare = await worldFor(open, { plan: false, accounts: [] });
    const none = (await send(bare.app, { method: "GET", url: "/api/session/providers" })).json<{
      providers: { method: string }[];
    }>().providers;
    expect(none.map((p) => p.method)).toEqual(["password"]);
    const refused = await directoryLogin(bare, zhang.uid, zhang.password);
    expect(refused.statusCode).toBe(404);
    expect(errorOf(refused).code).toBe("directory.not_configured");
  });

  it("ends the session of a person removed from the directory at the next check, and proposes disabling them", async () => {
    const w = await configured(open);
    await sync(w);
    await acceptAll(w, "unit");
    await acceptAll(w, "user");
    const { client } = await signedInThroughDirectory(w, zhang);
    await slapd.removePerson(zhang);
    try {
      expect((await client.call("GET", "/api/session")).statusCode).toBe(200);
      w.clock.advanceMinutes(DEFAULT_AUTH_SETTINGS.providerRecheckMinutes + 1);
      expect((await client.call("GET", "/api/session")).statusCode).toBe(401);
      expect(await auditOf(w, "auth.ended_by_provider")).toEqual([
        expect.objectContaining({
          actor: "user:zhangsan",
          after: expect.objectContaining({ subject: personDn(zhang) }) as unknown,
        }),
      ]);
      const proposals = await sync(w);
      expect(proposals.filter((p) => p.kind === "disable").map((p) => p.details.username)).toEqual([
        "zhangsan",
      ]);
      await acceptAll(w, "disable");
      expect(await userNamed(w, "zhangsan")).toMatchObject({ disabled: true, role: "unit_staff" });
    } finally {
      await slapd.addPerson(zhang);
    }
  });

  it("keeps the directory settings the admin screen saves, without ever sending the password back", async () => {
    const w = await worldFor(open, { plan: false, accounts: [] });
    const bad = await w.admin.call("PUT", "/api/admin/directory", {
      url: "http://ldap.example.gov.cn",
      bindDn: SERVICE_DN,
      bindPassword: SERVICE_PASSWORD,
      baseDn: BASE_DN,
      userFilter: "",
      usernameAttribute: "",
      nameAttribute: "",
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("body.url");
    const badFilter = await w.admin.call("PUT", "/api/admin/directory", {
      url: slapd.url,
      bindDn: SERVICE_DN,
      baseDn: BASE_DN,
      userFilter: "uid=*",
      usernameAttribute: "",
      nameAttribute: "",
    });
    expect(errorOf(badFilter).field).toBe("body.userFilter");
    expect((await w.admin.call("GET", "/api/admin/directory")).json()).toMatchObject({
      source: "none",
    });

    const saved = await w.admin.call("PUT", "/api/admin/directory", {
      url: slapd.url,
      bindDn: SERVICE_DN,
      bindPassword: SERVICE_PASSWORD,
      baseDn: BASE_DN,
      userFilter: "",
      usernameAttribute: "",
      nameAttribute: "",
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain(SERVICE_PASSWORD);
    expect(saved.json()).toMatchObject({
      source: "database",
      url: slapd.url,
      bindPasswordSet: true,
      userFilter: "(uid={username})",
      usernameAttribute: "uid",
    });
    // Saved again without a password: the stored one is kept, and the directory answers.
    const shown = {
      url: slapd.url,
      bindDn: SERVICE_DN,
      baseDn: BASE_DN,
      userFilter: "(uid={username})",
      usernameAttribute: "uid",
      nameAttribute: "cn",
    };
    expect((await w.admin.call("PUT", "/api/admin/directory", shown)).statusCode).toBe(200);
    expect((await w.admin.call("POST", "/api/admin/directory/test")).json()).toEqual({
      problem: null,
    });
    expect(
      (await w.admin.call("GET", "/api/session/providers"))
        .json<{ providers: { method: string }[] }>()
        .providers.map((p) => p.method),
    ).toEqual(["password", "ldap"]);
    expect(await auditOf(w, "directory.settings_saved")).toHaveLength(2);

    // The environment wins: with DUBAN_LDAP_* set, the screen cannot change it.
    const envWorld = await configured(open);
    const refused = await envWorld.admin.call("PUT", "/api/admin/directory", shown);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).message.en).toMatch(/environment/);
  });
});
