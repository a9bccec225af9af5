import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import {
  ADMIN_PASSWORD,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

/** 管理 › 备份: the night's backup the server took when it started, as the administrator sees it. */
describeInBrowser("the backups panel in Chromium", () => {
  let world: E2eWorld;
  let page: Page;

  beforeAll(async () => {
    // The demo's clock starts at 10:00 in Shanghai, past the hour: the server takes the day's backup.
    world = await startE2eWorld({
      backups: { ...DEFAULT_SERVER_SETTINGS.backups, enabled: true, hour: 2, keepDays: 14 },
    });
    page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, world.server.url, "admin", ADMIN_PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  it("lists the scheduled backup with its verification and the schedule", async () => {
    await page.goto(`${world.server.url}/admin/backups`);
    await page.getByText("每日备份时间").waitFor();
    // The run is recorded once verified; until then the list is empty.
    await expect
      .poll(
        async () => {
          await page.getByRole("button", { name: /刷\s*新/ }).click();
          return page.getByText("验证通过").count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    const row = page.locator("tr", { hasText: "duban-nightly-" });
    expect(await row.textContent()).toMatch(
      /定时.*成功.*(KiB|MiB).*验证通过计划 1 · 节点 38 · 进展 \d+/,
    );
    expect(await page.getByText("02:00（Asia/Shanghai）").count()).toBe(1);
    expect(await page.getByText("14 天").count()).toBe(1);
    await screenshot(page, "admin-backups");
  }, 60_000);
});
