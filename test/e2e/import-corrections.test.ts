import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

/** The reference table with 75（5）'s deadline cell left empty: the reader warns there. */
const tableWithWarning = (): Buffer =>
  Buffer.from(
    readFileSync(new URL("../fixtures/seed-2022-kjj.csv", import.meta.url))
      .toString("utf8")
      .replace("市科技局,12月15日", "市科技局,"),
    "utf8",
  );

const STEP = "深化与大院大所的产学研合作";
const TITLE = "2024年重点工作任务分解表";

/** A numbered notice whose first item lists two units with no rule: the reader guesses the lead. */
const PROSE = [
  "2023年政府工作报告重点工作任务分工方案",
  "一、推动高质量发展",
  "1. 实施制造业倍增计划，规上工业增加值增长8%。（市工业和信息化局、市发展改革委）",
  "2. 培育专精特新企业50家。（牵头单位：市科技局；配合单位：市财政局）",
  "二、增进民生福祉",
  "3. 新增城镇就业3万人。（牵头单位：市人力资源社会保障局）",
].join("\n");
const GUESSED = "实施制造业倍增计划";
const LEAD_INFERRED = "没有写明哪个单位牵头";

interface Lead {
  readonly leadUnits: string[];
  readonly cooperatingUnits: string[];
}

/** Replaces the one unit a tags select holds by another, typed as the office would. */
const swapTags = async (item: Locator, unit: string): Promise<void> => {
  await item.locator(".ant-select-selection-item-remove").click();
  await item.getByRole("combobox").fill(unit);
  await item.getByRole("combobox").press("Enter");
  await item.getByRole("combobox").press("Escape");
  await item.locator(".ant-select-selection-item", { hasText: unit }).waitFor();
};

/** Picks a responsibility's role in its select, and waits for that select's list to close. */
const chooseRole = async (select: Locator, role: string): Promise<void> => {
  const page = select.page();
  await select.click();
  const list = await select.getAttribute("aria-controls");
  const dropdown = page.locator(".ant-select-dropdown", { has: page.locator(`[id="${list}"]`) });
  // A click while the list still slides open may be lost: wait until it has opened.
  await dropdown.and(page.locator(':not([class*="slide-up"])')).waitFor();
  await dropdown.locator(`[title="${role}"]`).click();
  await dropdown.waitFor({ state: "hidden" });
};

/** A warning seen at its row in the preview, corrected there, and imported as corrected. */
describeInBrowser("correcting the import preview in Chromium", () => {
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

  it("corrects a milestone's units and deadline at its warning, and imports the correction", async () => {
    await page.goto(`${world.server.url}/import`);
    await page.locator("input[type=file]").setInputFiles({
      name: `${TITLE}.csv`,
      mimeType: "text/plain",
      buffer: tableWithWarning(),
    });
    await page.getByRole("button", { name: /预览/ }).click();
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    // The warning is on the milestone's row of the table as read, not only in the list.
    const row = preview.locator("tr[data-row-key]", { hasText: STEP });
    await row.getByText("此节点计划没有完成时限", { exact: false }).waitFor();

    await row.getByRole("button", { name: /更\s*正/ }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText("此节点计划没有完成时限", { exact: false }).waitFor();
    await drawer.getByLabel("完成时限").fill("11月30日");
    await drawer.getByRole("button", { name: /添加责任单位/ }).click();
    await drawer.getByLabel("责任单位").last().fill("市卫生健康局");
    await screenshot(page, "import-correction-drawer");
    await drawer.getByRole("button", { name: /应用更正/ }).click();

    // Read again with the correction: the row is marked and shows what was corrected.
    const corrected = preview.locator("tr[data-row-key]", { hasText: STEP });
    await corrected.getByTestId("row-corrected").waitFor();
    expect(await corrected.textContent()).toContain("市卫生健康局");
    expect(await corrected.textContent()).toContain("11月30日");
    // The reader's warning stays at its row: the file still has no deadline there.
    await corrected.getByText("此节点计划没有完成时限", { exact: false }).waitFor();
    await page
      .getByTestId("import-corrections")
      .getByText("已应用 1 / 1 条更正", { exact: false })
      .waitFor();
    await corrected.scrollIntoViewIfNeeded();
    await screenshot(page, "import-corrections");

    await page.getByRole("button", { name: /确认导入/ }).click();
    await page.waitForURL(/\/plan$/);
    await page.getByText("市卫生健康局").first().waitFor();
    const api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items } = await api<{ items: { id: number; title: string }[] }>("GET", "/api/plans");
    // The plan is named from the file: the year it gives, and the demo's issuer.
    const plan = items.find((each) => each.title.startsWith("2024年"));
    const content = await api<{
      content: { tasks: { milestones: { units: string[]; deadlineText: string }[] }[] };
    }>("GET", `/api/plans/${String(plan?.id)}`);
    expect(content.content.tasks[0]?.milestones[0]).toMatchObject({
      units: ["市科技局", "市卫生健康局"],
      deadlineText: "11月30日",
    });
  }, 90_000);

  it("corrects the lead a prose item left to the reader's guess, at the item's row", async () => {
    await page.goto(`${world.server.url}/import`);
    await page.locator("input[type=file]").setInputFiles({
      name: "2023年分工方案.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(PROSE, "utf8"),
    });
    await page.getByRole("button", { name: /预览/ }).click();
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    // The warning quotes the item with its bracket, which no row of the table shows: it is
    // placed by the line the item was read from, on that row alone (the list of diagnostics
    // above the table has rows of its own, never flagged).
    const flagged = preview.locator("tr.import-row-flagged");
    const row = flagged.filter({ hasText: GUESSED });
    await row.getByText(LEAD_INFERRED, { exact: false }).waitFor();
    expect(await flagged.filter({ hasText: LEAD_INFERRED }).count()).toBe(1);

    await row.getByRole("button", { name: /更\s*正/ }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText(LEAD_INFERRED, { exact: false }).waitFor();
    await swapTags(drawer.locator(".ant-form-item", { hasText: "牵头单位" }), "市发展改革委");
    await swapTags(drawer.locator(".ant-form-item", { hasText: "配合单位" }), "市工业和信息化局");
    await chooseRole(drawer.getByLabel("角色").nth(0), "配合");
    await chooseRole(drawer.getByLabel("角色").nth(1), "牵头");
    await drawer.getByRole("button", { name: /应用更正/ }).click();

    // Read again with the corrections: the warning stays at its row, the file still says no more.
    const corrected = flagged.filter({ hasText: GUESSED });
    await corrected.getByTestId("row-corrected").waitFor();
    await corrected.getByText(LEAD_INFERRED, { exact: false }).waitFor();
    await page
      .getByTestId("import-corrections")
      .getByText("已应用 2 / 2 条更正", { exact: false })
      .waitFor();
    // The list of diagnostics and the corrected row it points at, on one screen.
    await page.setViewportSize({ width: 1366, height: 1150 });
    await corrected.scrollIntoViewIfNeeded();
    await screenshot(page, "import-prose-correction");
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByRole("button", { name: /确认导入/ }).click();
    await page.waitForURL(/\/plan$/);
    const api = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items } = await api<{ items: { id: number; title: string }[] }>("GET", "/api/plans");
    const plan = items.find((each) => each.title.startsWith("2023年"));
    const content = await api<{
      content: {
        tasks: { leadUnits: string[]; cooperatingUnits: string[]; milestones: Lead[] }[];
      };
    }>("GET", `/api/plans/${String(plan?.id)}`);
    expect(content.content.tasks[0]).toMatchObject({
      leadUnits: ["市发展改革委"],
      cooperatingUnits: ["市工业和信息化局"],
      milestones: [{ leadUnits: ["市发展改革委"], cooperatingUnits: ["市工业和信息化局"] }],
    });
  }, 90_000);
});
