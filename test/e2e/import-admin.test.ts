import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import { revisedReference } from "../support/revised-table.js";

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** The reference table as CSV with the first deadline (row 2, 75（5）) made unreadable. */
const brokenCsv = (): Buffer =>
  Buffer.from(fixture("seed-2022-kjj.csv").toString("utf8").replace("12月15日", "某日"), "utf8");

const chooseFile = async (page: Page, name: string, buffer: Buffer) => {
  await page.locator("input[type=file]").setInputFiles({ name, mimeType: "text/plain", buffer });
};

const preview = async (page: Page) => {
  await page.getByRole("button", { name: /预览/ }).click();
  await page.getByTestId("import-preview").waitFor();
};

/** Fails the test when the page is wider than the window (a table that does not scroll inside). */
const pageWidth = async (page: Page): Promise<number> =>
  Number(await page.evaluate("document.documentElement.scrollWidth"));

/** The import screen and the administration screens, as an administrator meets them. */
describeInBrowser("import and administration in Chromium", () => {
  let world: E2eWorld;
  let page: Page;

  beforeAll(async () => {
    world = await startE2eWorld();
    page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, world.server.url, "admin", ADMIN_PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  it("shows a broken table's diagnostics at their rows and refuses to import it", async () => {
    await page.goto(`${world.server.url}/import`);
    await chooseFile(page, "2022年分解表（有误）.csv", brokenCsv());
    await preview(page);
    await page.getByText("不能导入", { exact: false }).first().waitFor();
    const diagnostic = page.locator("tr", { hasText: "某日" }).first();
    expect(await diagnostic.textContent()).toContain("第 2 行");
    expect(await diagnostic.textContent()).toContain("完成时限");
    expect(await page.getByRole("button", { name: /确认导入/ }).isDisabled()).toBe(true);
    await page.getByText("有错误的文件不能导入", { exact: false }).waitFor();
    await screenshot(page, "import-diagnostics");
  }, 60_000);

  it("previews the reference table as a new plan with its task cells merged, and imports it", async () => {
    await page.goto(`${world.server.url}/import`);
    // A new year's table: the year comes from the file name, the plan is new.
    await chooseFile(page, "2023年重点工作任务分解表.csv", fixture("seed-2022-kjj.csv"));
    await preview(page);
    await page.getByText("将新建计划", { exact: false }).waitFor();
    // Task 202 has five milestones: its 序号 cell spans their five rows.
    // The preview's table renders after its verdict: wait for it rather than count at once.
    await expect.poll(() => page.locator("td[rowspan='5']", { hasText: "202" }).count()).toBe(1);
    await page.getByText("组织高新技术企业政策宣讲及实务培训", { exact: false }).first().waitFor();
    await screenshot(page, "import-preview");

    await page.getByRole("button", { name: /确认导入/ }).click();
    await page.waitForURL(/\/plan$/);
    await expect
      .poll(() => page.locator("header").textContent())
      .toContain("2023年市政府重点工作任务分解表");
  }, 60_000);

  it("finds nothing to import in the demo plan's own table as its revision", async () => {
    await page.goto(`${world.server.url}/import`);
    await chooseFile(page, "seed-2022-kjj.xlsx", fixture("seed-2022-kjj.xlsx"));
    await page.getByText("已有计划的新版本").click();
    await page.getByLabel("要修订的计划").click();
    await page
      .locator(".ant-select-dropdown")
      .getByTitle(/2022年市政府/)
      .click();
    await preview(page);
    await page.getByText("无需导入", { exact: false }).waitFor();
    // The preview's table renders after its verdict: wait for it rather than count at once.
    await expect.poll(() => page.locator("td[rowspan='5']", { hasText: "202" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /确认导入/ }).isDisabled()).toBe(true);
  }, 60_000);

  it("revises the demo plan only when asked, and removes milestones with records only when confirmed", async () => {
    await page.goto(`${world.server.url}/import`);
    // The demo plan's title, 203（2） dropped: that milestone has a half-year of reports.
    const revised = Buffer.from(await planToXlsx(revisedReference));
    await chooseFile(page, "2022年分解表（修订）.xlsx", revised);
    await preview(page);
    await page.getByText("将新建计划", { exact: false }).waitFor();
    await page.getByText("确认本表是该计划的新版本").click();
    await page.getByText("将成为", { exact: false }).waitFor();
    const removals = page.getByTestId("import-removals");
    await removals.getByText("本次修订将删除 1 个已有办理记录的节点计划").waitFor();
    expect(await removals.textContent()).toContain("203（2）");
    const confirm = page.getByRole("button", { name: /确认导入/ });
    expect(await confirm.isDisabled()).toBe(true);
    await screenshot(page, "import-removals");
    await removals.getByText("我已核对，确认删除以上节点计划").click();
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();
    await page.waitForURL(/\/plan$/);
    const api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items } = await api<{ items: { id: number; currentRevision: number }[] }>(
      "GET",
      "/api/plans",
    );
    expect(items.find((plan) => plan.id === 1)?.currentRevision).toBe(2);
    // The removed milestone is still there to read, marked as removed.
    const before = await api<{
      content: { tasks: { no: number | null }[] };
      ids: { milestones: number[] }[];
    }>("GET", "/api/plans/1?revision=1");
    const task203 = before.content.tasks.findIndex((task) => task.no === 203);
    const removedId = before.ids[task203]?.milestones[1] ?? 0;
    await page.goto(`${world.server.url}/milestones/${String(removedId)}`);
    await page.getByText("该节点计划已在计划第 2 版中删除", { exact: false }).waitFor();
    expect(await page.getByText("办理", { exact: true }).count()).toBe(0);
  }, 60_000);

  it("creates a user, who can then log in", async () => {
    await page.goto(`${world.server.url}/admin/users`);
    await page.getByRole("button", { name: "新建用户" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("用户名").fill("e2e-staff");
    await dialog.getByLabel("姓名").fill("张三");
    await dialog.getByLabel("单位").fill("市科技局");
    await page.keyboard.press("Enter");
    await dialog.getByLabel("初始密码").fill("my-e2e-staff-pw");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    // The server's rule, checked before sending: no username inside the password.
    await dialog.getByText("密码不能包含用户名").waitFor();
    await dialog.getByLabel("初始密码").fill("a-long-enough-secret");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await page.locator("tr", { hasText: "e2e-staff" }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.locator("tr", { hasText: "e2e-staff" }).textContent()).toContain("市科技局");
    await screenshot(page, "admin-users");
    await apiClient(world.server.url, "e2e-staff", "a-long-enough-secret");
  }, 60_000);

  it("adds an alias to a unit", async () => {
    await page.goto(`${world.server.url}/admin/units`);
    await page.getByRole("button", { name: "为「市科技局」添加别称" }).click();
    await page.getByRole("dialog").getByLabel("别称").fill("江门市科学技术局");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /添\s*加/ })
      .click();
    await page.getByRole("button", { name: "删除别称「江门市科学技术局」" }).waitFor();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByLabel("查找单位").fill("局");
    // Each unit's stored evidence against the quota; the demo stores none.
    await page.getByText("每个单位最多存储 2.0 GB 佐证材料").waitFor();
    expect(await page.locator("tr", { hasText: "市科技局" }).first().textContent()).toContain(
      "0 KB / 2.0 GB",
    );
    await page.evaluate("window.scrollTo(0, 0)");
    await screenshot(page, "admin-units");
    const api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items } = await api<{ items: { name: string; aliases: string[] }[] }>(
      "GET",
      "/api/units",
    );
    expect(items.find((unit) => unit.name === "市科技局")?.aliases).toContain("江门市科学技术局");
  }, 60_000);

  it("makes a day a holiday in the working-day calendar", async () => {
    await page.goto(`${world.server.url}/admin/calendar`);
    // The server's today is 2022-06-30, so the calendar opens on 2022.
    await page.getByRole("button", { name: /^2022-07-01/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("放假", { exact: true }).click();
    await dialog.getByLabel("名称").fill("建党节调休");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await page.locator("tr", { hasText: "2022-07-01" }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    await screenshot(page, "admin-calendar");
    const api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    expect(await api("GET", "/api/calendar/days/2022-07-01")).toMatchObject({
      kind: "holiday",
      name: "建党节调休",
      source: "override",
    });
  }, 60_000);

  it("changes the plan's due-soon window, and the change stays", async () => {
    await page.goto(`${world.server.url}/admin/settings`);
    await page.getByLabel("临期天数", { exact: true }).fill("10");
    await page.getByRole("button", { name: /保存设置/ }).click();
    await page.getByText("设置已保存").waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel("临期天数", { exact: true }).inputValue()).toBe("10");
    await screenshot(page, "admin-settings");
  }, 60_000);

  it("fits a phone's width", async () => {
    const phone = await world.browser.newPage({ viewport: { width: 375, height: 812 } });
    await logIn(phone, world.server.url, "admin", ADMIN_PASSWORD);
    for (const path of [
      "/import",
      "/admin/users",
      "/admin/units",
      "/admin/calendar",
      "/admin/settings",
    ]) {
      await phone.goto(`${world.server.url}${path}`);
      await phone.locator("main, #main").first().waitFor();
      await phone.waitForLoadState("networkidle");
      expect(await pageWidth(phone), path).toBeLessThanOrEqual(375);
    }
    await phone.goto(`${world.server.url}/import`);
    await chooseFile(phone, "2022年分解表（有误）.csv", brokenCsv());
    await preview(phone);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
    // Looked at by hand; the documented screenshots are the 1366-wide ones.
    await phone.screenshot({ path: join(tmpdir(), "import-admin-375.png") });
    await phone.close();
  }, 90_000);
});
