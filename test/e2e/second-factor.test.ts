import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import { totpCode } from "../support/totp-codes.js";

/**
 * The second factor in Chromium (issue 19): the supervision office's role is
 * required to use one, so 周敏 enrols right after her password (QR code, the
 * key as text, the first code, the recovery codes), logs out, and signs in
 * again with her password and a code computed here from the key she was shown.
 */
describeInBrowser("the second factor in Chromium", () => {
  let world: E2eWorld;
  /** The server's clock runs in 2022: its offset from the test's. */
  let offset = 0;

  beforeAll(async () => {
    world = await startE2eWorld();
    const login = await fetch(`${world.server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "kjj.staff", password: DEMO_PASSWORD }),
    });
    const { expiresAt } = (await login.json()) as { expiresAt: string };
    offset = Date.parse(expiresAt) - DEFAULT_AUTH_SETTINGS.sessionMaxHours * 3_600_000 - Date.now();
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    await admin("PUT", "/api/second-factor", { requiredRoles: ["admin", "supervisor"] });
  }, 120_000);
  afterAll(async () => {
    await world.close();
  });

  /** The code the app shows now on the server's clock, or `steps` of 30 s later. */
  const codeFor = (secret: string, steps = 0): string =>
    totpCode(secret, new Date(Date.now() + offset + steps * 30_000));

  const typePassword = async (page: Page) => {
    await page.goto(world.server.url);
    await page.getByLabel("用户名").fill("office");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /登\s*录/ }).click();
  };

  it("enrols after the password, then signs in with password and code", async () => {
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await typePassword(page);

    await page.getByText("您的角色要求两步验证").waitFor();
    const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByRole("img", { name: "绑定验证器的二维码" }).waitFor();
    await screenshot(page, "second-factor-enrol");
    await page.getByLabel("验证码（6 位数字）").fill(codeFor(secret));
    await page.getByRole("button", { name: "验证并启用" }).click();
    const codes = page.getByRole("list", { name: "恢复码" }).locator("li");
    await expect.poll(() => codes.count()).toBe(10);
    await screenshot(page, "second-factor-recovery-codes");
    await page.getByRole("button", { name: "我已保存，继续" }).click();
    await page.getByTestId("who").waitFor();
    expect(await page.getByTestId("who").textContent()).toContain("周敏（督查室）");

    await page.getByTestId("who").click();
    await page.getByText("退出").click();
    await page.getByLabel("用户名").waitFor();

    await typePassword(page);
    await page.getByText("请输入手机验证器上显示的 6 位验证码").waitFor();
    // Nothing of the app before the code: no header, no menu.
    expect(await page.getByTestId("who").count()).toBe(0);
    await page.getByLabel("验证码（6 位数字）").fill("000000");
    await page.getByRole("button", { name: /验\s*证/ }).click();
    await page.getByText("验证码不正确或已使用过").waitFor();
    await screenshot(page, "second-factor-code");
    // The enrolment took this step's code: the app's next one is taken, as the window allows.
    await page.getByLabel("验证码（6 位数字）").fill(codeFor(secret, 1));
    await page.getByRole("button", { name: /验\s*证/ }).click();
    await page.getByTestId("who").waitFor();
    expect(await page.getByTestId("who").textContent()).toContain("周敏（督查室）");

    // The account page says so, and the role keeps it from being turned off.
    await page.goto(`${world.server.url}/account`);
    await page.getByText("您的角色要求").waitFor();
    expect(await page.getByText("剩余恢复码").count()).toBe(1);
    expect(await page.getByRole("button", { name: "关闭两步验证" }).count()).toBe(0);
    await page.close();
  }, 120_000);
});
