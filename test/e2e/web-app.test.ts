import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

const PASSWORD = "correct-horse-battery";
const SCREENSHOTS = new URL("../../docs/screenshots/", import.meta.url);

/** The app as a person meets it: Debian's Chromium against a real server on the demo plan. */
describe("the web app in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let data: string;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), "duban-e2e-"));
    server = await startServer({
      config: { kind: "sqlite", file: join(data, "duban.sqlite") },
      host: "127.0.0.1",
      port: 0,
      demo: true,
      adminPassword: PASSWORD,
      out: { write: () => true },
      settings: {
        ...DEFAULT_SERVER_SETTINGS,
        reminders: { ...DEFAULT_SERVER_SETTINGS.reminders, enabled: false },
      },
    });
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  });

  it("logs in and shows the decomposition table with a task's rows merged", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(server.url);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByRole("columnheader", { name: "节点计划" }).count()).toBe(1);
    await page.getByText("组织高新技术企业政策宣讲及实务培训", { exact: false }).waitFor();
    // Task 202 has five milestones: its 序号 cell spans their five rows.
    const merged = page.locator("td[rowspan='5']", { hasText: "202" });
    expect(await merged.count()).toBe(1);
    expect(await page.getByText("系统管理员").count()).toBeGreaterThan(0);
    await page.screenshot({
      path: new URL("plan-table.png", SCREENSHOTS).pathname,
      fullPage: false,
    });

    // As of 2022-06-20 only 204（1） and 204（2） were overdue (due 3月31日 and 4月30日).
    await page.getByLabel("截至日期").fill("2022-06-20");
    await page.keyboard.press("Enter");
    await page.getByLabel("状态").click();
    await page.getByTitle("逾期").click();
    await expect.poll(() => page.locator("tr.ant-table-row").count()).toBe(2);
    expect(await page.locator("tr.ant-table-row", { hasText: "3月31日" }).count()).toBe(1);
    await page.close();
  }, 60_000);

  it("refuses a wrong password with the server's message", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("wrong-password-here");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByText("用户名或密码不正确").waitFor();
    await page.close();
  }, 60_000);
});
