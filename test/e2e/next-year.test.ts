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

const PLAN_2022 = "2022年市政府重点工作任务分解表（市科技局牵头部分）";
const PLAN_2023 = "2023年市政府重点工作任务分解表（市科技局牵头部分）";

interface Candidate {
  readonly milestoneId: number;
  readonly ref: string;
  readonly text: string;
}

/**
 * The year rolls over: the office starts 2023's plan from the reference plan
 * (2022), picking three unfinished milestones in the dialog; each carried
 * milestone links back to the old one and its history.
 */
describeInBrowser("next year's plan in Chromium", () => {
  let world: E2eWorld;
  let picked: Candidate[];
  let planId: number;

  beforeAll(async () => {
    world = await startE2eWorld();
    const office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    const plans = await office<{ items: { id: number; title: string }[] }>("GET", "/api/plans");
    planId = plans.items.find((p) => p.title === PLAN_2022)?.id ?? -1;
    const proposal = await office<{ candidates: Candidate[] }>(
      "GET",
      `/api/plans/${String(planId)}/next-year?year=2023`,
    );
    picked = proposal.candidates.slice(0, 3);
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it("rolls the 2022 plan into 2023 with three carried milestones linked to their history", async () => {
    expect(picked).toHaveLength(3);
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await logIn(page, world.server.url, "office", DEMO_PASSWORD);
    await page.goto(`${world.server.url}/plan`);
    await page.getByRole("button", { name: "结转到下一年" }).click();
    const dialog = page.getByRole("dialog", { name: "结转到下一年度计划" });
    await dialog.getByText(`新计划：${PLAN_2023}`).waitFor();

    // A year whose holidays are not loaded is said so before anything is created.
    await dialog.getByLabel("新计划年度").fill("2027");
    await dialog.getByText("工作日历中没有2027年的节假日安排").waitFor();
    await dialog.getByLabel("新计划年度").fill("2023");
    await dialog.getByText(`新计划：${PLAN_2023}`).waitFor();
    await expect(dialog.getByText("工作日历中没有2023年的节假日安排").count()).resolves.toBe(0);

    // Every unfinished milestone comes picked; the office keeps three.
    const selectAll = dialog.locator("thead .ant-checkbox-input");
    await selectAll.uncheck();
    for (const candidate of picked) {
      await dialog.getByRole("checkbox", { name: candidate.ref, exact: true }).check();
    }
    const create = dialog.getByRole("button", { name: "新建2023年计划（结转 3 个节点）" });
    await create.waitFor();
    expect(await axeFindings(page), "the carry-over dialog").toEqual([]);
    await screenshot(page, "next-year-dialog");
    await create.click();
    await page.getByText(`已新建「${PLAN_2023}」，结转节点 3 个`).waitFor();

    // The header now holds the new plan, filed under its year and category.
    await expect
      .poll(() =>
        page.getByRole("combobox", { name: "计划", exact: true }).locator("..").innerText(),
      )
      .toContain(PLAN_2023);
    await page.getByRole("combobox", { name: "计划", exact: true }).click();
    await page.getByText("2023年 · 政府工作报告").waitFor();
    await page.getByText("2022年 · 政府工作报告").waitFor();
    await page.keyboard.press("Escape");

    // Each carried milestone names where it came from, and leads to that one's history.
    const office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    const plans = await office<{ items: { id: number; title: string }[] }>("GET", "/api/plans");
    const newPlan = plans.items.find((p) => p.title === PLAN_2023)?.id ?? -1;
    const carried = await office<{ items: { id: number; text: string }[] }>(
      "GET",
      `/api/milestones?plan=${String(newPlan)}&sort=position`,
    );
    expect(carried.items.map((m) => m.text)).toEqual(picked.map((c) => c.text));
    for (const [index, milestone] of carried.items.entries()) {
      const detail = await office<{ carriedFrom: { milestoneId: number } | null }>(
        "GET",
        `/api/milestones/${String(milestone.id)}`,
      );
      expect(detail.carriedFrom?.milestoneId).toBe(picked[index]?.milestoneId);
    }
    await page.goto(`${world.server.url}/milestones/${String(carried.items[0]?.id)}`);
    await page.getByText(`由2022年计划「${PLAN_2022}」结转而来`).waitFor();
    expect(await axeFindings(page), "a carried milestone").toEqual([]);
    await screenshot(page, "next-year-carried-milestone");
    await page.getByRole("link", { name: "查看原节点及其办理记录" }).click();
    await page.waitForURL(new RegExp(`/milestones/${String(picked[0]?.milestoneId)}$`));
    await page
      .getByText(picked[0]?.text ?? "")
      .first()
      .waitFor();
    await context.close();
  }, 180_000);
});
