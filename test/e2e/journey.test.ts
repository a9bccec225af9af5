import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

interface MilestoneItem {
  readonly id: number;
  readonly seq: number | null;
  readonly task: { readonly no: number | null };
  readonly status: string;
  readonly light: string;
}

interface PlanStatusBody {
  readonly counts: { readonly done: number };
}

const NOTE = "节点任务已全部完成，佐证材料见附件。";

/**
 * The year's loop across roles, in the browser only: the lead unit's leader
 * declares a milestone complete, the office approves it, and the plan table
 * and the dashboard both show it done.
 */
describeInBrowser("a completion from the unit to the dashboard", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startE2eWorld();
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  const page = (): Promise<Page> =>
    world.browser.newPage({ viewport: { width: 1366, height: 900 } });

  it("turns the light green and counts one more done on the dashboard", async () => {
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items } = await admin<{ items: MilestoneItem[] }>(
      "GET",
      "/api/milestones?pageSize=200&q=%E6%8E%A8%E5%8A%A8%E6%88%91%E5%B8%82",
    );
    // 203（1）: due on the demo's today, still open (yellow).
    const target = items.find((m) => m.task.no === 203 && m.seq === 1);
    if (target === undefined) throw new Error("203（1） is not in the demo plan");
    expect(target).toMatchObject({ light: "yellow" });
    const doneBefore = (await admin<PlanStatusBody>("GET", "/api/plans/1/status")).counts.done;

    // The dashboard as the office sees it before.
    const office = await page();
    await logIn(office, world.server.url, "office", DEMO_PASSWORD);
    await office.goto(`${world.server.url}/dashboard`);
    const doneKpi = office.getByTestId("kpi-done").locator(".ant-statistic-content");
    await expect.poll(() => doneKpi.textContent()).toContain(String(doneBefore));

    // The lead unit's leader declares it complete from the milestone page.
    const leader = await page();
    await logIn(leader, world.server.url, "kjj.leader", DEMO_PASSWORD);
    await leader.goto(`${world.server.url}/milestones/${String(target.id)}`);
    await leader.getByRole("tab", { name: "申报完成" }).click();
    await leader.getByLabel("完成情况说明").fill(NOTE);
    await leader.getByRole("button", { name: "申报完成" }).last().click();
    await leader.getByText("已申报，待督查室审核").waitFor();

    // The office approves it in the review queue.
    await office.goto(`${world.server.url}/review`);
    const card = office.locator("[data-testid^='request-']", { hasText: NOTE });
    await card.getByRole("button", { name: "批准完成" }).click();
    await office.getByRole("dialog").getByRole("button", { name: "批准完成" }).click();
    await expect.poll(() => card.count()).toBe(0);

    // The plan table shows it done, green; the dashboard counts one more.
    await leader.goto(`${world.server.url}/plan`);
    const row = leader.locator("tr.ant-table-row", { hasText: "推动我市八大战略性产业集群" });
    await expect.poll(() => row.getByText("已完成").count()).toBe(1);
    await expect.poll(() => leader.locator(".ant-spin-spinning").count()).toBe(0);
    await screenshot(leader, "journey-plan-done");
    await office.goto(`${world.server.url}/dashboard`);
    await expect.poll(() => doneKpi.textContent()).toContain(String(doneBefore + 1));
    await screenshot(office, "journey-dashboard");
    await office.close();
    await leader.close();
  }, 120_000);
});
