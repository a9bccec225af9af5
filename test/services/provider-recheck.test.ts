import { expect, it } from "vitest";
import { listAudit } from "../../src/db/queries/audit.js";
import { findUserCredentials } from "../../src/db/queries/users.js";
import type { SignIn } from "../../src/domain/sign-in.js";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { authenticateSession } from "../../src/services/auth/authenticate.js";
import { openSession } from "../../src/services/auth/open-session.js";
import type { ProviderVerdict } from "../../src/services/auth/provider-check.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
import { describeEachDatabase } from "../support/databases.js";

/**
 * A session opened through an identity provider asks it again every few
 * minutes whether its person still stands (issue 19). The provider here is
 * a function answering as told: what is under test is when it is asked and
 * what its answer does to the session.
 */

const OIDC: SignIn = { method: "oidc", provider: "https://idp.example.gov.cn", subject: "u-1" };
const START = new Date("2026-03-02T01:00:00Z");
const minutesLater = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

describeEachDatabase("a session an identity provider opened", ({ open }) => {
  const signedIn = async (signIn: SignIn) => {
    const db = await open();
    await bootstrapAdministrator(db, "A-Strong-Passphrase-2026", START);
    const admin = await findUserCredentials(db.kysely, "admin");
    if (admin === undefined) throw new Error("no administrator");
    const request = { username: "admin", clientIp: "10.0.0.7", userAgent: null };
    const opened = await openSession(db, admin.user, signIn, request, DEFAULT_AUTH_SETTINGS, START);
    return { db, token: opened.token };
  };

  const provider = (verdict: ProviderVerdict) => {
    const asked: SignIn[] = [];
    const check = (signIn: SignIn) => {
      asked.push(signIn);
      return Promise.resolve(verdict);
    };
    return { asked, checks: { oidc: check } };
  };

  it("asks the provider once the recheck interval has passed, once however many requests race", async () => {
    const { db, token } = await signedIn(OIDC);
    const { asked, checks } = provider("stands");
    const at = (minutes: number) =>
      authenticateSession(db, token, DEFAULT_AUTH_SETTINGS, minutesLater(minutes), checks);
    expect(await at(1)).toMatchObject({ signIn: OIDC, actor: { signedInVia: "oidc" } });
    expect(asked).toEqual([]);
    const racing = await Promise.all([at(6), at(6), at(6), at(6)]);
    expect(racing.every((identity) => identity !== undefined)).toBe(true);
    expect(asked).toEqual([OIDC]);
    expect(await at(8)).toBeDefined();
    expect(asked).toHaveLength(1);
  });

  it("ends the subject's sessions when the provider says they are gone, and records it", async () => {
    const { db, token } = await signedIn(OIDC);
    const { checks } = provider("gone");
    const settings = DEFAULT_AUTH_SETTINGS;
    expect(await authenticateSession(db, token, settings, minutesLater(6), checks)).toBeUndefined();
    expect(await authenticateSession(db, token, settings, minutesLater(7), {})).toBeUndefined();
    const { entries } = await listAudit(db.kysely, { action: "auth.ended_by_provider" });
    expect(entries).toEqual([
      expect.objectContaining({
        actor: "user:admin",
        signIn: "oidc",
        after: expect.objectContaining({ provider: OIDC.provider, subject: "u-1" }) as unknown,
      }),
    ]);
  });

  it("keeps the session when the provider does not answer, and never asks about a password", async () => {
    const unreachable = await signedIn(OIDC);
    const quiet = provider("unreachable");
    const settings = DEFAULT_AUTH_SETTINGS;
    const later = minutesLater(6);
    expect(
      await authenticateSession(unreachable.db, unreachable.token, settings, later, quiet.checks),
    ).toBeDefined();
    expect(quiet.asked).toHaveLength(1);

    const password = await signedIn({ method: "password" });
    const watching = provider("gone");
    expect(
      await authenticateSession(password.db, password.token, settings, later, watching.checks),
    ).toMatchObject({ actor: { signedInVia: "password" } });
    expect(watching.asked).toEqual([]);
  });
});
