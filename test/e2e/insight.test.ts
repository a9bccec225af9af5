import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readDocx } from "../../src/importers/blocks/read-docx.js";
import { readXlsx } from "../../src/importers/blocks/read-xlsx.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
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

type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
type PlanStatus = Schema<"PlanStatus">;
type Client = Awaited<ReturnType<typeof apiClient>>;

/** The plan the header chooses on a first visit: the first master plan, else the first plan. */
const defaultPlan = async (api: Client) => {
  const { items } = await api<{ items: Schema<"PlanSummary">[] }>("GET", "/api/plans");
  const plan = items.find((p) => p.kind === "master") ?? items[0];
  if (plan === undefined) throw new Error("the demo has no plan");
  return plan;
};

/** Every chart canvas on the page, with its drawn size. */
const canvasSizes = async (page: Page) => {
  const canvases = await page.locator(".insight-chart canvas").all();
  return Promise.all(
    canvases.map(async (canvas) => (await canvas.boundingBox()) ?? { width: 0, height: 0 }),
  );
};

const kpi = (page: Page, key: string) =>
  page.getByTestId(`kpi-${key}`).locator(".ant-statistic-content").textContent();

/**
 * A point over a bar of the timeline: ECharts shows a pointer over what can
 * be clicked, so walk down the middle of the chart until it does.
 */
const pointOverBar = async (page: Page): Promise<{ x: number; y: number }> => {
  const chart = page.locator(".insight-chart").first();
  const box = await chart.boundingBox();
  if (box === null) throw new Error("no timeline chart");
  for (const share of [0.55, 0.7, 0.4]) {
    const x = box.x + box.width * share;
    for (let y = box.y + 40; y < box.y + box.height - 60; y += 6) {
      await page.mouse.move(x, y);
      // ZRender sets the cursor on the element holding the canvas.
      const style = await chart.locator(":scope > div").first().getAttribute("style");
      if (style?.includes("cursor: pointer") === true) return { x, y };
    }
  }
  throw new Error("no bar under the pointer");
};

/** The dashboard, the timeline and the calendar: charts against the API's own figures. */
describeInBrowser("insight pages in Chromium", () => {
  let world: E2eWorld;
  let api: Client;

  beforeAll(async () => {
    world = await startE2eWorld();
    api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  const newPage = (width = 1366, height = 900): Promise<Page> =>
    world.browser.newPage({ viewport: { width, height } });

  it("draws the dashboard with the API's figures, for the day chosen, and prints it", async () => {
    const plan = await defaultPlan(api);
    const today = await api<PlanStatus>("GET", `/api/plans/${String(plan.id)}/status`);
    const march = await api<PlanStatus>(
      "GET",
      `/api/plans/${String(plan.id)}/status?asOf=2022-03-01`,
    );
    const figures = (s: PlanStatus) => [s.counts.overdue, s.counts.dueSoon, s.counts.done];
    expect(figures(march)).not.toEqual(figures(today));

    const page = await newPage();
    await logIn(page, `${world.server.url}/dashboard`, "admin", ADMIN_PASSWORD);
    await expect.poll(() => kpi(page, "overdue")).toBe(String(today.counts.overdue));
    expect(await kpi(page, "total")).toBe(String(today.total));
    expect(await kpi(page, "due-soon")).toBe(String(today.counts.dueSoon));
    // The lights beside the statuses, as the API counts them.
    for (const light of ["red", "yellow", "green"] as const)
      expect(
        await page.getByTestId(`lights-${light}`).locator(".ant-statistic-content").textContent(),
      ).toBe(String(today.lights[light]));
    // Status, the lights' trend, cooperating units and deadlines per month: four canvases, all
    // drawn; the demo's plan is one unit's slice, so its lead ranking is a sentence.
    await expect.poll(async () => (await canvasSizes(page)).length).toBe(4);
    for (const size of await canvasSizes(page)) {
      expect(size.width).toBeGreaterThan(100);
      expect(size.height).toBeGreaterThan(100);
    }
    // Every chart says in words what it shows.
    for (const chart of await page.locator(".insight-chart").all())
      expect((await chart.getAttribute("aria-label"))?.length).toBeGreaterThan(10);
    await page.getByRole("button", { name: "数据表" }).first().click();
    await page.getByRole("columnheader", { name: "节点数" }).waitFor();
    await page.getByRole("button", { name: "隐藏数据表" }).click();
    await screenshot(page, "dashboard");

    await page.emulateMedia({ media: "print" });
    await page.getByText(`${plan.title} · 截至 ${today.asOf}`).waitFor();
    await expect.poll(() => page.locator(".ant-layout-sider").isVisible()).toBe(false);
    await screenshot(page, "dashboard-print");
    await page.emulateMedia({ media: "screen" });

    await page.getByLabel("截至日期").fill("2022-03-01");
    await page.keyboard.press("Enter");
    await expect.poll(() => kpi(page, "overdue")).toBe(String(march.counts.overdue));
    expect(await kpi(page, "due-soon")).toBe(String(march.counts.dueSoon));
    expect(await kpi(page, "done")).toBe(String(march.counts.done));
    await page.close();
  }, 90_000);

  it("generates the bulletin of the dashboard's plan and day in Word and Excel, with the dashboard's figures", async () => {
    const plan = await defaultPlan(api);
    const today = await api<PlanStatus>("GET", `/api/plans/${String(plan.id)}/status`);
    const figures =
      `${String(today.total)}个节点计划中已完成${String(today.counts.done)}个，` +
      `正在推进${String(today.counts.inProgress)}个，即将到期${String(today.counts.dueSoon)}个，` +
      `逾期${String(today.counts.overdue)}个`;

    const page = await newPage();
    await logIn(page, `${world.server.url}/dashboard`, "admin", ADMIN_PASSWORD);
    await expect.poll(() => kpi(page, "total")).toBe(String(today.total));
    const download = async (item: string): Promise<{ name: string; bytes: Uint8Array }> => {
      await page.getByRole("button", { name: /生成通报/ }).click();
      const menuItem = page.getByRole("menuitem", { name: item });
      await menuItem.waitFor();
      if (item.startsWith("Word")) {
        // The menu fades in over 0.2 s.
        await page.waitForTimeout(400);
        await screenshot(page, "dashboard-bulletin");
      }
      const [file] = await Promise.all([page.waitForEvent("download"), menuItem.click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };

    const word = await download("Word 通报（.docx）");
    expect(word.name).toBe("2022年市科技局重点工作任务进展情况通报（截至6月30日）.docx");
    const paragraphs = readDocx(word.bytes, word.name, { limits: DEFAULT_LIMITS }).blocks.flatMap(
      (block) => (block.kind === "paragraph" ? [block.text] : []),
    );
    expect(paragraphs.find((text) => text.startsWith("截至6月30日"))).toContain(figures);

    const excel = await download("Excel 通报（.xlsx）");
    expect(excel.name).toBe("2022年市科技局重点工作任务进展情况通报（截至6月30日）.xlsx");
    const [first] = (await readXlsx(excel.bytes, excel.name, { limits: DEFAULT_LIMITS })).blocks;
    const texts = first?.kind === "table" ? first.rows.map((row) => row.cells[0]?.text) : [];
    expect(texts.find((text) => text?.startsWith("截至6月30日"))).toContain(figures);
    await page.close();
  }, 90_000);

  it("fits the dashboard on a phone", async () => {
    const page = await newPage(375, 812);
    await logIn(page, `${world.server.url}/dashboard`, "admin", ADMIN_PASSWORD);
    await expect.poll(async () => (await canvasSizes(page)).length).toBe(4);
    for (const size of await canvasSizes(page)) expect(size.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "dashboard-phone");
    await page.close();
  }, 60_000);

  it("draws the timeline, and a bar opens its milestone", async () => {
    const page = await newPage();
    await logIn(page, `${world.server.url}/timeline`, "admin", ADMIN_PASSWORD);
    await expect.poll(async () => (await canvasSizes(page)).length).toBe(1);
    const [size] = await canvasSizes(page);
    expect(size?.height).toBeGreaterThan(200);
    await screenshot(page, "timeline");

    const bar = await pointOverBar(page);
    await page.mouse.click(bar.x, bar.y);
    await page.waitForURL(/\/milestones\/\d+$/);
    await page.close();
  }, 90_000);

  it("shows a milestone on its due day in the calendar, and lists the day's milestones", async () => {
    const plan = await defaultPlan(api);
    const due = await api<{ items: Schema<"Milestone">[] }>(
      "GET",
      `/api/milestones?plan=${String(plan.id)}&dueFrom=2022-03-31&dueTo=2022-03-31`,
    );
    const first = due.items[0];
    if (first === undefined) throw new Error("the reference plan has a milestone due 2022-03-31");

    const page = await newPage();
    await logIn(page, `${world.server.url}/calendar`, "admin", ADMIN_PASSWORD);
    await page.getByLabel("月份").click();
    await page.getByTitle("3月", { exact: true }).click();
    const day = page.locator('td[title="2022-03-31"]');
    await expect
      .poll(() => day.locator(".ant-badge-count").textContent())
      .toBe(String(due.items.length));
    await expect.poll(() => day.textContent()).toContain(first.text.slice(0, 6));
    // 2022-04-02 was a make-up working day for 清明节, and 04-04 a holiday.
    expect(await page.locator('td[title="2022-04-02"]').textContent()).toContain("班");
    expect(await page.locator('td[title="2022-04-04"]').textContent()).toContain("休");
    await day.click();
    await page.getByRole("link", { name: first.text.slice(0, 12) }).waitFor();
    await expect
      .poll(() => page.locator("td.ant-picker-cell-selected").getAttribute("title"))
      .toBe("2022-03-31");
    await page.mouse.move(0, 0);
    await page.evaluate("window.scrollTo(0, 0)");
    // The cells' colours fade in over 0.3 s.
    await page.waitForTimeout(500);
    await screenshot(page, "calendar");

    // Year mode: a count per month.
    await page.getByText("年", { exact: true }).click();
    await expect
      .poll(() => page.locator('td[title="2022-03"] .ant-badge-count').textContent())
      .not.toBeNull();
    await page.close();
  }, 90_000);
});
