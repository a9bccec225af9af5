import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import { startTestProvider, type TestProvider } from "../support/oidc-provider.js";
import { oidcSettingsFor } from "../support/oidc-world.js";

/**
 * Signing in through the city's identity platform from the browser (issue
 * 19): the login page's button, the provider's own login form (PKCE under
 * the hood), back into the app in the person's unit with their role, and out
 * again through the provider's logout.
 */

/** A port free now, for a server whose address the provider must know before it starts. */
const freePort = async (): Promise<number> => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    probe.close(() => {
      resolve();
    });
  });
  return port;
};

describeInBrowser("single sign-on through an OpenID provider", () => {
  let world: E2eWorld;
  let provider: TestProvider;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${String(port)}`;
    provider = await startTestProvider(url, [
      { sub: "sub-e2e-staff", preferred_username: "zhou.min", name: "周敏", unit: "市科技局" },
      { sub: "sub-e2e-stranger", preferred_username: "wu.gang", name: "吴刚", unit: "市外事办" },
    ]);
    world = await startE2eWorld(
      {
        auth: { ...DEFAULT_AUTH_SETTINGS, oidc: oidcSettingsFor(provider.issuer, url) },
        publicUrl: url,
      },
      port,
    );
    browser = world.browser;
  }, 120_000);
  afterAll(async () => {
    await world.close();
    await provider.close();
  });

  it("signs in with the provider's button into the mapped user's unit and role, and out", async () => {
    const admin = await apiClient(url, "admin", ADMIN_PASSWORD);
    const { items } = await admin<{ items: { id: number; username: string }[] }>(
      "GET",
      "/api/users",
    );
    const staff = items.find((user) => user.username === "kjj.staff");
    if (staff === undefined) throw new Error("the demo has no kjj.staff");
    await admin("PUT", "/api/oidc/user-mappings", { claimValue: "zhou.min", userId: staff.id });

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(url);
    const button = page.getByRole("link", { name: "市统一身份认证" });
    await button.waitFor();
    await screenshot(page, "login-oidc");
    await button.click();
    // The provider's own login form (oidc-provider's development pages).
    await page.waitForURL((at) => at.href.startsWith(provider.issuer));
    await page.locator("input[name=login]").fill("sub-e2e-staff");
    await page.locator("input[name=password]").fill("whatever-the-platform-checks");
    await page.locator("button[type=submit]").click();
    await page.getByTestId("who").waitFor();
    expect(page.url().startsWith(url)).toBe(true);
    expect(await page.getByTestId("who").innerText()).toContain("市科技局");

    const logins = await admin<{
      items: { actor: string; signIn: string; after: Record<string, unknown> }[];
    }>("GET", "/api/audit-events?action=auth.logged_in");
    expect(logins.items[0]).toMatchObject({
      actor: "user:kjj.staff",
      signIn: "oidc",
      after: { method: "oidc", provider: provider.issuer, subject: "sub-e2e-staff" },
    });

    // Logging out goes through the provider's logout and comes back to the login page.
    await page.getByTestId("who").click();
    await page.getByText("退出", { exact: true }).click();
    await page.waitForURL((at) => at.href.startsWith(provider.issuer));
    await page.locator("button[autofocus], button[type=submit]").first().click();
    await page.waitForURL((at) => at.href.startsWith(url));
    await page.getByRole("link", { name: "市统一身份认证" }).waitFor();
    expect(await page.getByTestId("who").count()).toBe(0);
    await page.close();
  }, 120_000);

  it("tells a person Duban does not know why they are back at the login page", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(url);
    await page.getByRole("link", { name: "市统一身份认证" }).click();
    await page.waitForURL((at) => at.href.startsWith(provider.issuer));
    await page.locator("input[name=login]").fill("sub-e2e-stranger");
    await page.locator("input[name=password]").fill("whatever-the-platform-checks");
    await page.locator("button[type=submit]").click();
    await page.getByText("督办中没有对应的账号").waitFor();
    expect(page.url()).toContain("signInError=unknown_person");
    await screenshot(page, "login-oidc-refused");
    await page.close();
  }, 120_000);
});
