import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { axeFindings } from "../support/axe-findings.js";
import {
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

interface Hit {
  kind: string;
  plan: { id: number } | null;
  taskNo: number | null;
  milestoneId: number | null;
}
interface Found {
  items: Hit[];
  totals: Record<string, number>;
}

/** 228（4）: 市科技局 alone carries it, in 市金融局's task; 市税务局 has no part in it. */
const OTHERS_MILESTONE_TEXT = "升级邑科贷产品";

const DESKTOP = { width: 1366, height: 900 };

/** The header's search box, named by its scope. */
const box = (page: Page, scope: "本计划" | "全部计划" = "本计划") =>
  page.getByRole("combobox", { name: `搜索${scope}` });

const results = (page: Page) => page.getByTestId("search-result");

/** The search box in Chromium on the demo: typing, keys, where a result opens, who sees what. */
describeInBrowser("the header's search box in Chromium", () => {
  let world: E2eWorld;
  /** The reference plan: task 204's. */
  let planId: number;

  const openAs = async (username: string, viewport = DESKTOP): Promise<Page> => {
    // axe runs its frames in a page of the same context: a context of its own.
    const context = await world.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(planId)}")`);
    await logIn(page, world.server.url, username, DEMO_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    world = await startE2eWorld();
    const office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    const { items } = await office<Found>("GET", "/api/search?q=204&kind=task&limit=1");
    const plan = items[0]?.plan;
    if (plan == null) throw new Error("the demo has no task 204");
    planId = plan.id;
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it("finds task 204 first by its 序号 and opens it in the plan table", async () => {
    const page = await openAs("office");
    await box(page).fill("204");
    await expect.poll(() => results(page).first().getAttribute("data-kind")).toBe("task");
    expect(await results(page).first().innerText()).toMatch(/^.+\n204 · /u);
    // The list is a listbox of options the arrows walk, with the first one active.
    await expect.poll(() => page.getByRole("listbox").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/plan\?q=204$/u);
    // Task 204's three milestones, under its 序号 spanning their rows.
    await page.getByText("共 3 个节点").waitFor();
    expect(await page.locator("tr.ant-table-row").first().innerText()).toMatch(/^204\s/u);
    expect(await page.getByLabel("搜索", { exact: true }).inputValue()).toBe("204");
    await page.context().close();
  }, 120_000);

  it("groups 培训 by kind, every match marked, and leaves axe nothing to find", async () => {
    const page = await openAs("office");
    await box(page).fill("培训");
    await page.getByTestId("search-group-report").waitFor();
    await page.getByTestId("search-group-milestone").waitFor();
    const marks = await page.locator(".ant-select-dropdown mark").allInnerTexts();
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(["培训"]));
    expect(await page.getByTestId("search-group-report").innerText()).toMatch(/^进展报告/u);
    await screenshot(page, "search");
    expect(await axeFindings(page)).toEqual([]);
    // Down to the first milestone and Enter: it opens on its page.
    const kinds = await Promise.all(
      (await results(page).all()).map((line) => line.getAttribute("data-kind")),
    );
    for (let at = 0; at < kinds.indexOf("milestone"); at += 1)
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/milestones\/\d+$/u);
    await page.context().close();
  }, 120_000);

  it("says how many more a group matched than it shows", async () => {
    const office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    const { totals } = await office<Found>("GET", `/api/search?q=${encodeURIComponent("市")}`);
    const more = (totals.unit ?? 0) - 8;
    expect(more).toBeGreaterThan(0);
    const page = await openAs("office");
    // Units belong to no plan: the box finds them within the plan too.
    await box(page).fill("市");
    await expect
      .poll(() => page.getByTestId("search-group-unit").innerText())
      .toBe(`单位 · 还有 ${String(more)} 条`);
    await page.context().close();
  }, 120_000);

  it("shows a cooperating unit nothing of work it has no part in", async () => {
    const office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    const query = `/api/search?q=${encodeURIComponent(OTHERS_MILESTONE_TEXT)}`;
    expect((await office<Found>("GET", query)).totals.milestone).toBeGreaterThan(0);
    const page = await openAs("swj.staff");
    await page.getByRole("switch", { name: "搜索全部计划" }).click();
    await box(page, "全部计划").fill(OTHERS_MILESTONE_TEXT);
    await page.getByText("没有找到").waitFor();
    expect(await results(page).count()).toBe(0);
    // 培训 finds the unit's own work, none of 市科技局's alone.
    const swj = await apiClient(world.server.url, "swj.staff", DEMO_PASSWORD);
    const own = await swj<Found>("GET", "/api/search?q=培训&limit=100");
    const all = await office<Found>("GET", "/api/search?q=培训&limit=100");
    expect(own.items.length).toBeLessThan(all.items.length);
    await box(page, "全部计划").fill("培训");
    await expect.poll(() => results(page).count()).toBe(own.items.length);
    await page.context().close();
  }, 120_000);

  it('comes to "/" but not while typing elsewhere, and Esc closes it', async () => {
    const page = await openAs("office");
    await page.goto(`${world.server.url}/plan`);
    await page.getByLabel("搜索", { exact: true }).fill("任务");
    await page.keyboard.press("/");
    expect(await page.getByLabel("搜索", { exact: true }).inputValue()).toBe("任务/");
    await page.locator("#main").focus();
    await page.keyboard.press("/");
    await expect
      .poll(() => page.locator("input:focus").getAttribute("aria-label"))
      .toBe("搜索本计划");
    expect(await box(page).inputValue()).toBe("");
    await page.keyboard.type("培训");
    await results(page).first().waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => results(page).first().isVisible()).toBe(false);
    await page.context().close();
  }, 120_000);

  it("folds into an icon on a phone and opens from it", async () => {
    const page = await openAs("office", { width: 390, height: 844 });
    expect(await box(page).count()).toBe(0);
    await page.getByRole("button", { name: "搜索" }).click();
    await box(page).fill("204");
    await expect.poll(() => results(page).first().getAttribute("data-kind")).toBe("task");
    await page.context().close();
  }, 120_000);
});
