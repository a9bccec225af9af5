import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
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
});
