import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

/** Opens 导出 and picks one choice; the browser's download of it. */
const exportAs = async (page: Page, choice: string): Promise<Download> => {
  await page.getByRole("button", { name: /导\s*出/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: choice }).click(),
  ]);
  return download;
};

const shownCount = async (page: Page): Promise<number> => {
  const footer = (await page.locator(".ant-table-footer").textContent()) ?? "";
  return Number(/共\s*(\d+)\s*个节点/.exec(footer)?.[1] ?? Number.NaN);
};

/** 计划总表 → 导出: the browser downloads what the page shows, in Word, Excel and CSV. */
describeInBrowser("exporting the plan table in Chromium", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startE2eWorld();
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it("downloads the whole table, then the filtered rows, named as offices name them", async () => {
    const page = await world.browser.newPage({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    await logIn(page, world.server.url, "office", DEMO_PASSWORD);
    await page.goto(`${world.server.url}/plan`);
    await expect.poll(() => shownCount(page)).toBeGreaterThan(0);
    const all = await shownCount(page);

    const word = await exportAs(page, "Word 表格（.docx）");
    expect(word.suggestedFilename()).toMatch(/^2022年.*重点工作任务分解表.*\.docx$/);
    const table = await importPlanBytes(readFileSync(await word.path()), "table.docx");
    if (!table.ok) throw new Error("the exported table does not read back");
    expect(table.plan.tasks.flatMap((task) => task.milestones)).toHaveLength(all);

    // Only the overdue: the page and the file hold the same rows.
    await page.getByRole("combobox", { name: "状态" }).click();
    await page.locator(".ant-select-dropdown").getByText("逾期", { exact: true }).click();
    await expect.poll(() => shownCount(page)).toBeLessThan(all);
    await expect.poll(() => page.locator(".ant-spin-spinning").count()).toBe(0);
    const overdue = await shownCount(page);

    await page.getByRole("button", { name: /导\s*出/ }).click();
    await page.getByRole("menuitem", { name: "Excel 表格（.xlsx）" }).waitFor();
    // The menu fades in: shoot it once its motion has ended.
    await expect
      .poll(() =>
        page.locator(".ant-dropdown[class*='-enter'], .ant-dropdown[class*='-appear']").count(),
      )
      .toBe(0);
    await screenshot(page, "plan-export");
    await page.keyboard.press("Escape");

    const csv = await exportAs(page, "CSV 数据（含状态）");
    expect(csv.suggestedFilename()).toMatch(/（筛选）截至2022年6月30日\.csv$/);
    const [header, ...rows] = parseCsv(readFileSync(await csv.path(), "utf8"), { bom: true });
    const status = header?.indexOf("状态") ?? -1;
    expect(rows).toHaveLength(overdue);
    for (const row of rows) expect(row[status]).toBe("逾期");

    const excel = await exportAs(page, "Excel 表格（.xlsx）");
    expect(excel.suggestedFilename()).toMatch(/（筛选）\.xlsx$/);
    const filtered = await importPlanBytes(readFileSync(await excel.path()), "filtered.xlsx");
    if (!filtered.ok) throw new Error("the filtered table does not read back");
    expect(filtered.plan.tasks.flatMap((task) => task.milestones)).toHaveLength(overdue);
    await page.close();
  }, 120_000);
});
