import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  ADMIN_PASSWORD,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

/**
 * The office's screens opened by a unit's people through their address: they
 * are told at once that the screen is not theirs, and led back to their unit,
 * rather than shown a form that fails on save.
 */
describeInBrowser("the office's screens for a unit's people", () => {
  let world: E2eWorld;
  let browser: Browser;

  beforeAll(async () => {
    world = await startE2eWorld();
    browser = world.browser;
  }, 120_000);
  afterAll(async () => {
    await world.close();
  });

  it("say they are the office's and lead back to My unit", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, world.server.url, "kjj.staff", DEMO_PASSWORD);
    for (const path of ["/admin", "/admin/users", "/import", "/review"]) {
      await page.goto(`${world.server.url}${path}`);
      await expect
        .poll(() => page.getByText("此页面仅供督查室和系统管理员使用").count(), { timeout: 15_000 })
        .toBe(1);
      // Nothing of the screen itself: no upload form, no user table.
      expect(await page.locator("input[type=file]").count(), path).toBe(0);
      expect(await page.getByRole("button", { name: /新\s*建|导\s*入/ }).count(), path).toBe(0);
    }
    await screenshot(page, "office-only");
    await page.getByRole("button", { name: "回到本单位" }).click();
    await page.waitForURL(/\/my-unit$/);
    await page.close();
  }, 120_000);

  it("open as before for an administrator", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, world.server.url, "admin", ADMIN_PASSWORD);
    await page.goto(`${world.server.url}/import`);
    await page.locator("input[type=file]").first().waitFor({ state: "attached" });
    expect(await page.getByText("此页面仅供督查室和系统管理员使用").count()).toBe(0);
    await page.close();
  }, 120_000);
});
