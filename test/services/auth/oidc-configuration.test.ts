import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settingProblems } from "../../../src/config/setting-problems.js";
import { oidcSettingsFromEnv } from "../../../src/services/auth/oidc/oidc-settings.js";
import { checkConfiguration } from "../../../src/services/check-configuration.js";
import { startTestProvider, type TestProvider } from "../../support/oidc-provider.js";

/** `duban config check` and the start, for the OpenID settings (issue 19). */

const PUBLIC = "https://duban.example.gov.cn";
let provider: TestProvider;
let data: string;
beforeAll(async () => {
  provider = await startTestProvider(PUBLIC, []);
  data = mkdtempSync(join(tmpdir(), "duban-oidc-check-"));
});
afterAll(async () => {
  await provider.close();
  rmSync(data, { recursive: true, force: true });
});

const check = (env: Record<string, string>) =>
  checkConfiguration(
    { env, file: undefined, problems: [] },
    { data, smtpTimeoutMs: undefined, probeProvider: true },
  );

const kinds = async (env: Record<string, string>) =>
  (await check(env)).problems.map((p) => [p.kind, p.severity, p.subject]);

describe("OpenID settings", () => {
  it("discovers a configured provider, and says so when it cannot", async () => {
    const env = {
      DUBAN_OIDC_ISSUER: provider.issuer,
      DUBAN_OIDC_CLIENT_ID: "duban",
      DUBAN_PUBLIC_URL: PUBLIC,
    };
    expect(await kinds(env)).toEqual([]);
    const down = await check({ ...env, DUBAN_OIDC_ISSUER: "http://127.0.0.1:9/realm" });
    expect(down.problems).toEqual([
      expect.objectContaining({ kind: "oidc_unreachable", subject: "DUBAN_OIDC_ISSUER" }),
    ]);
    expect(down.problems[0]?.text.zh).toContain("发现文档");
    expect(oidcSettingsFromEnv(env)).toMatchObject({
      redirectUri: `${PUBLIC}/api/session/oidc/callback`,
      postLogoutRedirectUri: `${PUBLIC}/`,
      name: "统一身份认证",
      claims: { username: "preferred_username", unit: "unit", role: "duban_role" },
    });
  });

  it("refuses half a configuration, a missing public address and plain http to another host", async () => {
    expect(await kinds({ DUBAN_OIDC_ISSUER: provider.issuer, DUBAN_PUBLIC_URL: PUBLIC })).toEqual([
      ["incomplete", "fatal", "DUBAN_OIDC_CLIENT_ID"],
    ]);
    expect(await kinds({ DUBAN_OIDC_ISSUER: provider.issuer, DUBAN_OIDC_CLIENT_ID: "d" })).toEqual([
      ["incomplete", "fatal", "DUBAN_PUBLIC_URL"],
    ]);
    expect(() =>
      oidcSettingsFromEnv({ DUBAN_OIDC_ISSUER: provider.issuer, DUBAN_OIDC_CLIENT_ID: "d" }),
    ).toThrow(/DUBAN_PUBLIC_URL/);
    const plain = settingProblems({
      DUBAN_OIDC_ISSUER: "http://sso.example.gov.cn",
      DUBAN_OIDC_CLIENT_ID: "d",
      DUBAN_PUBLIC_URL: PUBLIC,
    });
    expect(plain).toEqual([
      expect.objectContaining({
        kind: "invalid_value",
        severity: "fatal",
        subject: "DUBAN_OIDC_ISSUER",
      }),
    ]);
    expect(plain[0]?.text.en).toContain("https://");
    // The secret is never printed.
    const states = (
      await check({
        DUBAN_OIDC_ISSUER: provider.issuer,
        DUBAN_OIDC_CLIENT_ID: "duban",
        DUBAN_OIDC_CLIENT_SECRET: "s3cret-value",
        DUBAN_PUBLIC_URL: PUBLIC,
      })
    ).settings;
    expect(states.find((s) => s.name === "DUBAN_OIDC_CLIENT_SECRET")?.value).toBe("***");
  });
});
