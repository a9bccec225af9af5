import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { axeFindings } from "../support/axe-findings.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import { readFixture } from "../support/fixtures.js";

interface Plan {
  id: number;
  title: string;
  archivedAt: string | null;
  open: { overdue: number; dueSoon: number };
}

const PLAN_2022 = "2022年市政府重点工作任务分解表（市科技局牵头部分）";
const PLAN_2023 = "2023年市政府重点工作任务分解表（市科技局牵头部分）";

/** 204（1）, due 2022-03-31: overdue on the test's day, led by 市科技局. */
const OVERDUE_2022 = "将研发经费投入水平作为县域经济考核的重要指标";

/** The count a tab's label carries: "牵头 (12)" → 12. */
const tabCount = async (page: Page, label: string): Promise<number> => {
  const text = await page.getByRole("tab", { name: new RegExp(`^${label}`) }).innerText();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? Number.NaN);
};

const choosePlan = async (page: Page, filter: string, title: string) => {
  await page.getByRole("combobox", { name: filter, exact: true }).click();
  // Each select keeps its closed list in the page: pick from the open one.
  await page
    .locator(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`,
    )
    .click();
};

/**
 * A second plan (the reference table again as a 2023 plan) must not hide the
 * first: My unit, 批示 and the review queue span both, the picker opens on
 * the plan with the most urgent work, and an administrator archives a plan.
 */
describeInBrowser("many plans in Chromium", () => {
  let world: E2eWorld;
  let plans: Plan[];

  beforeAll(async () => {
    world = await startE2eWorld();
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const form = new FormData();
    form.append("file", new Blob([readFixture("seed-2022-kjj.csv")]), "seed-2023-kjj.csv");
    const query = new URLSearchParams({
      fileName: "seed-2023-kjj.csv",
      year: "2023",
      title: PLAN_2023,
    });
    await admin("POST", `/api/plans?${query.toString()}`, form);
    plans = (await admin<{ items: Plan[] }>("GET", "/api/plans")).items;
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  const planId = (title: string): number => {
    const found = plans.find((plan) => plan.title === title);
    if (!found) throw new Error(`no plan ${title}`);
    return found.id;
  };

  it("shows a unit its work in every plan, with a plan filter and the most urgent plan first", async () => {
    expect(plans.map((plan) => plan.title)).toEqual([PLAN_2023, PLAN_2022]);
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await logIn(page, world.server.url, "kjj.staff", DEMO_PASSWORD);
    // A unit lands on its own work; the header opens on the plan with overdue work, not the newest.
    await page.waitForURL(/\/my-unit$/);
    await expect
      .poll(() =>
        page.getByRole("combobox", { name: "计划", exact: true }).locator("..").innerText(),
      )
      .toContain(PLAN_2022);
    // Even with the 2023 plan chosen in the header, My unit spans both plans.
    await choosePlan(page, "计划", PLAN_2023);
    await page.getByRole("heading", { name: PLAN_2022 }).waitFor();
    await page.getByRole("heading", { name: PLAN_2023 }).waitFor();
    await page.getByText(OVERDUE_2022).first().waitFor();
    const both = await tabCount(page, "牵头");
    expect(await tabCount(page, "待答复批示")).toBeGreaterThan(0);
    expect(await axeFindings(page), "my unit across plans").toEqual([]);
    await page.evaluate("window.scrollTo(0, 0)");
    await screenshot(page, "my-unit");

    await choosePlan(page, "按计划筛选", PLAN_2023);
    await expect.poll(() => tabCount(page, "牵头")).toBeLessThan(both);
    await expect.poll(() => tabCount(page, "待答复批示")).toBe(0);
    await expect(page.getByRole("heading", { name: PLAN_2022 }).count()).resolves.toBe(0);

    // 批示 spans the plans too: with 2023 in the header, the 2022 plan's instructions awaiting
    // an answer are there.
    await page.goto(`${world.server.url}/instructions`);
    await page.getByRole("navigation", { name: "批示列表" }).waitFor();
    const awaiting = page.getByText(/^待答复（\d+）$/);
    await expect
      .poll(async () => Number(/\d+/.exec(await awaiting.innerText())?.[0]))
      .toBeGreaterThan(0);
    await choosePlan(page, "按计划筛选", PLAN_2023);
    await expect.poll(() => awaiting.innerText()).toBe("待答复（0）");

    // The header's choice is kept for this user.
    await page.reload();
    await expect
      .poll(() =>
        page.getByRole("combobox", { name: "计划", exact: true }).locator("..").innerText(),
      )
      .toContain(PLAN_2023);
    await context.close();
  }, 120_000);

  it("compares the plans side by side on the office's dashboard, with each plan's own figures", async () => {
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await logIn(page, world.server.url, "office", DEMO_PASSWORD);
    await page.waitForURL(/\/dashboard$/);
    await choosePlan(page, "计划", PLAN_2022);
    const kpi = (key: string) =>
      page.getByTestId(`kpi-${key}`).locator(".ant-statistic-content").innerText();
    await expect.poll(() => kpi("total")).toMatch(/^\d+$/);
    const single = {
      total: await kpi("total"),
      overdue: await kpi("overdue"),
      rate: await kpi("completion-rate"),
      reports: await kpi("reports-this-month"),
    };

    await page.getByText("计划对比", { exact: true }).click();
    await page.waitForURL(/view=compare/);
    const table = page.getByTestId("plan-comparison").locator(".ant-table");
    const row = (title: string) => table.locator("tr.ant-table-row", { hasText: title });
    await row(PLAN_2023).waitFor();
    await row(PLAN_2022).waitFor();
    // The same figures as the plan's own dashboard: 计划, 节点总数, 红黄绿已完成, 逾期, 完成率, 本月报送进展.
    const cells = await row(PLAN_2022).locator("td").allInnerTexts();
    expect([cells[1], cells[6], cells[7], cells[8]]).toEqual([
      single.total,
      single.overdue,
      single.rate,
      single.reports,
    ]);
    expect(Number(cells[2]) + Number(cells[3]) + Number(cells[4]) + Number(cells[5])).toBe(
      Number(single.total),
    );
    expect(await axeFindings(page), "plans compared").toEqual([]);
    await screenshot(page, "plan-comparison");
    await context.close();
  }, 120_000);

  it("lets an administrator archive a plan, and refuses to delete one with work on it", async () => {
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await logIn(page, world.server.url, "admin", ADMIN_PASSWORD);
    await page.waitForURL(/\/dashboard$/);
    await page.goto(`${world.server.url}/admin/plans`);
    const row = (title: string) => page.locator("tr.ant-table-row", { hasText: title });
    /** An action on a plan's row, confirmed in the prompt that names the plan. */
    const confirm = async (title: string, action: "删除" | "归档") => {
      // Ant Design puts a space between the two characters of a button.
      const button = new RegExp(`^${action[0] ?? ""}\\s*${action[1] ?? ""}$`);
      await row(title).getByRole("button", { name: button }).click();
      await page.getByText(`${action}「${title}」？`, { exact: false }).waitFor();
      await page.locator(".ant-popconfirm").getByRole("button", { name: button }).click();
    };
    await row(PLAN_2022).waitFor();
    expect(await axeFindings(page), "admin plans").toEqual([]);
    await screenshot(page, "admin-plans");

    await confirm(PLAN_2022, "删除");
    await page.getByRole("alert").filter({ hasText: "不能删除" }).waitFor();
    expect(await page.getByRole("alert").innerText()).toContain("条办理记录");

    await confirm(PLAN_2023, "归档");
    await row(PLAN_2023).getByText("已归档").waitFor();
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const inUse = (await admin<{ items: Plan[] }>("GET", "/api/plans")).items;
    expect(inUse.map((plan) => plan.id)).toEqual([planId(PLAN_2022)]);
    await context.close();
  }, 120_000);
});
