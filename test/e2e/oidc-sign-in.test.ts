import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
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

/** The provider's own login form (oidc-provider's development pages), from the login page's button. */
const signInThroughProvider = async (page: Page, url: string, issuer: string, sub: string) => {
  await page.goto(url);
  await page.getByRole("link", { name: "市统一身份认证" }).click();
  await page.waitForURL((at) => at.href.startsWith(issuer));
  await page.locator("input[name=login]").fill(sub);
  await page.locator("input[name=password]").fill("whatever-the-platform-checks");
  await page.locator("button[type=submit]").click();
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
      { sub: "sub-e2e-mapped", preferred_username: "huang.lei", name: "黄磊", unit: "税务" },
      { sub: "sub-e2e-newcomer", preferred_username: "zheng.hao", name: "郑浩", unit: "SWJ-001" },
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
    await signInThroughProvider(page, url, provider.issuer, "sub-e2e-stranger");
    await page.getByText("督办中没有对应的账号").waitFor();
    expect(page.url()).toContain("signInError=unknown_person");
    await screenshot(page, "login-oidc-refused");
    await page.close();
  }, 120_000);

  it("lets the administrator map a person and allow a unit on the 统一身份认证 screen", async () => {
    const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(admin, url, "admin", ADMIN_PASSWORD);
    await admin.goto(`${url}/admin/sign-on`);
    await admin.getByTestId("oidc-redirect-uri").waitFor();
    expect(await admin.getByTestId("oidc-redirect-uri").innerText()).toBe(
      `${url}/api/session/oidc/callback`,
    );
    expect(await admin.getByText("已设置（不显示）").count()).toBe(1);

    // A provider username to an existing user.
    await admin.getByLabel("平台用户名").fill("huang.lei");
    await admin.getByLabel("督办用户").click();
    await admin.keyboard.type("黄磊");
    await admin.keyboard.press("Enter");
    await admin
      .getByRole("button", { name: /添\s*加/ })
      .first()
      .click();
    await admin.getByRole("cell", { name: "huang.lei" }).waitFor();

    // A unit where first logins create users, recognised by the platform's unit code.
    await admin.getByRole("button", { name: "添加单位规则" }).click();
    const dialog = admin.getByRole("dialog");
    await dialog.getByLabel("单位", { exact: true }).click();
    await admin.keyboard.type("市税务局");
    await admin.keyboard.press("Enter");
    await dialog.getByLabel("单位声明的值").fill("SWJ-001");
    await screenshot(admin, "admin-oidc-rule");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await admin.getByRole("cell", { name: "SWJ-001" }).waitFor();
    await screenshot(admin, "admin-oidc");

    const mapped = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signInThroughProvider(mapped, url, provider.issuer, "sub-e2e-mapped");
    await mapped.getByTestId("who").waitFor();
    expect(await mapped.getByTestId("who").innerText()).toBe("黄磊（市税务局 · 单位经办人）");

    const newcomer = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signInThroughProvider(newcomer, url, provider.issuer, "sub-e2e-newcomer");
    await newcomer.getByTestId("who").waitFor();
    expect(await newcomer.getByTestId("who").innerText()).toContain("市税务局");
    const api = await apiClient(url, "admin", ADMIN_PASSWORD);
    const { items } = await api<{ items: { username: string; role: string }[] }>(
      "GET",
      "/api/users",
    );
    expect(items.find((user) => user.username === "zheng.hao")?.role).toBe("unit_staff");

    // Removing the rule: the row goes (the created user stays).
    await admin
      .getByRole("button", { name: /删\s*除/ })
      .last()
      .click();
    await admin.getByRole("button", { name: /确\s*定|OK/ }).click();
    await admin.getByRole("cell", { name: "SWJ-001" }).waitFor({ state: "detached" });
    for (const page of [admin, mapped, newcomer]) await page.close();
  }, 180_000);
});
