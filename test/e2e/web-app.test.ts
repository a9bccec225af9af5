import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

/** The app as a person meets it: Debian's Chromium against a real server on the demo plan. */
describeInBrowser("the web app in Chromium", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startE2eWorld();
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  const newPage = (): Promise<Page> =>
    world.browser.newPage({ viewport: { width: 1366, height: 900 } });

  it("logs in and shows the decomposition table with a task's rows merged", async () => {
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "admin", ADMIN_PASSWORD);
    await expect.poll(() => page.getByRole("columnheader", { name: "节点计划" }).count()).toBe(1);
    await page.getByText("组织高新技术企业政策宣讲及实务培训", { exact: false }).waitFor();
    // Task 202 has five milestones: its 序号 cell spans their five rows.
    const merged = page.locator("td[rowspan='5']", { hasText: "202" });
    expect(await merged.count()).toBe(1);
    expect(await page.getByTestId("who").textContent()).toContain("管理员");
    // On paper: no header, menu or filters; a heading names the plan and the day.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "主菜单" }).isVisible()).toBe(false);
    expect(await page.getByLabel("截至日期").isVisible()).toBe(false);
    await page.getByText("2022年市政府重点工作任务分解表（市科技局牵头部分） · 截至").waitFor();
    await page.emulateMedia({ media: "screen" });

    // As of 2022-06-20 only 204（1） and 204（2） were overdue (due 3月31日 and 4月30日).
    await page.getByLabel("截至日期").fill("2022-06-20");
    await page.keyboard.press("Enter");
    await page.getByRole("combobox", { name: "状态" }).click();
    await page.getByTitle("逾期").click();
    await expect.poll(() => page.locator("tr.ant-table-row").count()).toBe(2);
    expect(await page.locator("tr.ant-table-row", { hasText: "3月31日" }).count()).toBe(1);
    await page.close();
  }, 60_000);

  it("switches the whole interface to English and back", async () => {
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "admin", ADMIN_PASSWORD);
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("columnheader", { name: "Milestone" }).waitFor();
    expect(await page.getByTestId("who").textContent()).toContain("Administrator");
    await page.getByText("中文", { exact: true }).click();
    await page.getByRole("columnheader", { name: "节点计划" }).waitFor();
    await page.close();
  }, 60_000);

  it("fits a 375 px phone: the menu is a drawer and the table scrolls sideways", async () => {
    const page = await world.browser.newPage({ viewport: { width: 375, height: 812 } });
    await logIn(page, `${world.server.url}/plan`, "admin", ADMIN_PASSWORD);
    await page.getByText("组织高新技术企业政策宣讲及实务培训", { exact: false }).waitFor();
    await screenshot(page, "plan-phone");
    // Nothing but the table's own scroller is wider than the screen.
    // A string: the tests are type-checked without the DOM library.
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth");
    expect(overflow).toBeLessThanOrEqual(375);
    // The menu is a drawer behind a button in the header.
    expect(await page.locator(".ant-layout-sider").count()).toBe(0);
    await page.getByRole("button", { name: "菜单" }).click();
    await page
      .getByRole("navigation", { name: "主菜单" })
      .getByRole("link", { name: "日历" })
      .click();
    await page.waitForURL(/\/calendar$/);
    await page.close();
  }, 60_000);

  it("reloads once when a screen's chunk is gone, as after an upgrade", async () => {
    const page = await newPage();
    // Not at "/": the office lands on the dashboard, whose chunk this test takes away.
    await logIn(page, `${world.server.url}/plan`, "admin", ADMIN_PASSWORD);
    // Until the page reloads, the dashboard's chunk is gone (404), as for a tab left open
    // across an upgrade; the reloaded page gets the files the server has now.
    let gone = true;
    let refused = 0;
    await page.route(/\/assets\/DashboardPage-[^/]+\.js$/, async (route) => {
      if (!gone) return route.continue();
      refused += 1;
      return route.fulfill({ status: 404, body: "" });
    });
    const reloaded = page.waitForEvent("load").then(() => {
      gone = false;
    });
    await page
      .getByRole("navigation", { name: "主菜单" })
      .getByRole("link", { name: "统计" })
      .click();
    await reloaded;
    await page.getByText("状态分布").waitFor();
    expect(refused).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it("refuses a wrong password with the server's message", async () => {
    const page = await newPage();
    await page.goto(world.server.url);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("wrong-password-here");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByText("用户名或密码不正确").waitFor();
    await page.close();
  }, 60_000);
});
