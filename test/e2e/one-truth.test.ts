import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import type { components } from "../../web/src/api-schema.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

type PlanStatus = components["schemas"]["PlanStatus"];
type Counts = Record<"red" | "yellow" | "green" | "done", number>;

const SIGNALS = ["red", "yellow", "green", "done"] as const;

/** The badges on a page, counted by what they show. */
const badgeCounts = async (page: Page, scope: string): Promise<Counts> => {
  const counts = { red: 0, yellow: 0, green: 0, done: 0 };
  for (const signal of SIGNALS)
    counts[signal] = await page.locator(`${scope} .status-light[data-signal="${signal}"]`).count();
  return counts;
};

/** The four tiles (红灯, 黄灯, 绿灯, 已完成) of the dashboard or My unit. */
const tileCounts = async (page: Page, testId: string): Promise<Counts> => {
  const counts = { red: 0, yellow: 0, green: 0, done: 0 };
  for (const signal of SIGNALS)
    counts[signal] = Number(
      await page.getByTestId(`${testId}-${signal}`).locator(".ant-statistic-content").textContent(),
    );
  return counts;
};

/** The timeline's legend: "红灯 1（逾期）". */
const legendCounts = async (page: Page): Promise<Counts> => {
  const counts = { red: 0, yellow: 0, green: 0, done: 0 };
  for (const signal of SIGNALS) {
    const text = (await page.getByTestId(`legend-${signal}`).textContent()) ?? "";
    counts[signal] = Number(/(\d+)/.exec(text)?.[1] ?? Number.NaN);
  }
  return counts;
};

/**
 * One truth on every screen: the plan table's badges, the dashboard's
 * lights, My unit's and the timeline's legend say the same for the same day.
 */
describeInBrowser("the same figures on every screen in Chromium", () => {
  let world: E2eWorld;
  let expected: Counts;

  beforeAll(async () => {
    world = await startE2eWorld();
    const api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items } = await api<{ items: { id: number }[] }>("GET", "/api/plans");
    const status = await api<PlanStatus>("GET", `/api/plans/${String(items[0]?.id)}/status`);
    expected = { ...status.lights, done: status.counts.done };
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  it("shows the plan table's light badges with their reasons, and the same counts on the dashboard and timeline", async () => {
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, `${world.server.url}/plan`, "office", DEMO_PASSWORD);
    const table = page.locator(".ant-table-tbody");
    await table.locator(".status-light").first().waitFor();
    expect(await badgeCounts(page, ".ant-table-tbody")).toEqual(expected);
    // The reason in words, not only on hover: a missing report says so.
    await table.getByText("未按时报送").first().waitFor();
    await screenshot(page, "one-truth-plan-table");
    await table
      .getByText(/^逾期\d+天$/)
      .first()
      .hover();
    await page
      .getByRole("tooltip")
      .getByText(/^红灯：逾期\d+天$/)
      .waitFor();

    await page.getByRole("menuitem", { name: "统计" }).click();
    await page.getByTestId("lights-red").waitFor();
    expect(await tileCounts(page, "lights")).toEqual(expected);
    // One unit leads the demo's plan: a sentence, not a one-bar chart.
    await page
      .getByTestId("ranking-lead")
      .getByText(/^本计划只有市科技局牵头/)
      .waitFor();

    await page.getByRole("menuitem", { name: "进度图" }).click();
    await page.getByTestId("legend-red").waitFor();
    expect(await legendCounts(page)).toEqual(expected);
    await page.close();
  }, 90_000);

  it("shows the lead unit the same counts in My unit", async () => {
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    // 市科技局 leads every milestone of the demo's plan: its own figures are the plan's.
    await logIn(page, `${world.server.url}/my-unit`, "kjj.leader", DEMO_PASSWORD);
    await page.getByTestId("unit-lights-red").waitFor();
    expect(await tileCounts(page, "unit-lights")).toEqual(expected);
    await page.close();
  }, 60_000);
});
