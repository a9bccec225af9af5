import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import type { components } from "../../web/src/api-schema.js";
import {
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

type Target = components["schemas"]["Target"];
type Client = Awaited<ReturnType<typeof apiClient>>;

/** The demo's one plan. */
const demoPlanId = async (api: Client): Promise<number> => {
  const { items } = await api<{ items: { id: number }[] }>("GET", "/api/plans");
  const plan = items[0];
  if (plan === undefined) throw new Error("the demo has no plan");
  return plan.id;
};

/** A target's row in a table, found by its subject. */
const rowOf = (page: Page, table: string, subject: string) =>
  page.getByTestId(table).locator("tr.target-row", { hasText: subject }).first();

/** The light a row shows (red, yellow, green, none) and its progress number. */
const lightOf = (page: Page, table: string, subject: string) =>
  rowOf(page, table, subject).locator("[data-signal]").getAttribute("data-signal");
const progressOf = (page: Page, table: string, subject: string) =>
  rowOf(page, table, subject).locator(".target-progress-number").textContent();

/** 量化指标 on the dashboard and in the plan's drawer, as the office and the lead unit see them. */
describeInBrowser("targets in Chromium", () => {
  let world: E2eWorld;
  let office: Client;
  let planId: number;

  beforeAll(async () => {
    world = await startE2eWorld();
    office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    planId = await demoPlanId(office);
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  const newPage = (): Promise<Page> =>
    world.browser.newPage({ viewport: { width: 1366, height: 900 } });

  const targets = async (): Promise<Target[]> =>
    (
      await office<{ items: Target[] }>(
        "GET",
        `/api/plans/${String(planId)}/targets?asOf=2022-06-30`,
      )
    ).items;

  it("shows the demo's targets on the dashboard as of 2022-06-30 with the three lights", async () => {
    const page = await newPage();
    await logIn(page, `${world.server.url}/dashboard`, "office", DEMO_PASSWORD);
    const table = "dashboard-targets-table";
    await rowOf(page, table, "高新技术企业").waitFor();
    expect(await lightOf(page, table, "高新技术企业")).toBe("green");
    expect(await lightOf(page, table, "省级以上科创平台")).toBe("yellow");
    expect(await lightOf(page, table, "全社会研发经费占地区生产总值比重")).toBe("red");
    // Confirmed and proposed are listed, dismissed ones never; proposed ones are marked.
    const shown = (await targets()).filter((t) => t.state !== "dismissed");
    expect(await page.getByTestId(table).locator("tr.target-row").count()).toBe(shown.length);
    expect(await page.getByTestId(table).locator("tr.target-proposed").count()).toBe(
      shown.filter((t) => t.state === "proposed").length,
    );
    await rowOf(page, table, "高新技术企业").scrollIntoViewIfNeeded();
    await screenshot(page, "dashboard-targets");
    await page.close();
  }, 60_000);

  it("lets the office confirm a proposed target in the plan's drawer", async () => {
    const proposed = (await targets()).find((t) => t.state === "proposed");
    if (proposed === undefined) throw new Error("the demo has no proposed target");
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "office", DEMO_PASSWORD);
    await page.getByRole("button", { name: "量化指标" }).click();
    const row = page
      .getByTestId("targets-drawer-table")
      .locator(`tr[data-row-key="${String(proposed.id)}"]`);
    expect(await row.getAttribute("class")).toContain("target-proposed");
    await row.getByRole("button", { name: /确\s*认/ }).click();
    await expect.poll(async () => row.getAttribute("class")).toContain("target-confirmed");
    expect((await targets()).find((t) => t.id === proposed.id)?.state).toBe("confirmed");
    await page.close();
  }, 60_000);

  it("lets kjj.staff report an actual, refused at the field for a day after today, and moves the progress", async () => {
    const subject = "高新技术企业";
    const before = (await targets()).find((t) => t.subject === subject);
    if (before?.latestActual == null) throw new Error("the demo reported nothing on 高新技术企业");
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "kjj.staff", DEMO_PASSWORD);
    await page.getByRole("button", { name: "量化指标" }).click();
    const table = "targets-drawer-table";
    const shownBefore = await progressOf(page, table, subject);
    // The lead unit may report; it may not confirm, edit or dismiss.
    const row = rowOf(page, table, subject);
    expect(await row.getByRole("button", { name: /编\s*辑/ }).count()).toBe(0);
    await row.getByRole("button", { name: "报送实际值" }).click();
    // Past the value to reach: the bar stops at 100 %, the number says how far past.
    const value = before.latestActual.value + 200;
    await page
      .getByTestId("actual-form")
      .getByLabel(/实际值/)
      .fill(String(value));
    const form = page.getByTestId("actual-form");
    await form.getByLabel("截至日期").fill("2022-07-15");
    await page.keyboard.press("Enter");
    await form.getByLabel("数据来源").fill("统计快报");
    await page
      .getByRole("button", { name: /报\s*送/ })
      .last()
      .click();
    // The server refuses a day after today, and says so at the date.
    const asOfItem = form.locator(".ant-form-item", { hasText: "截至日期" });
    await asOfItem.locator(".ant-form-item-explain-error").waitFor();
    await screenshot(page, "targets-actual-error");
    await form.getByLabel("截至日期").fill("2022-06-30");
    await page.keyboard.press("Enter");
    await page
      .getByRole("button", { name: /报\s*送/ })
      .last()
      .click();
    await form.waitFor({ state: "detached" });
    const ratio = value / (before.value ?? 1);
    const expected = `${String(Math.round(ratio * 1000) / 10)}%`;
    await expect.poll(() => progressOf(page, table, subject)).toBe(expected);
    expect(expected).not.toBe(shownBefore);
    await screenshot(page, "targets-drawer");
    await page.close();
  }, 60_000);
});
