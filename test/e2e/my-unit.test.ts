import type { Browser, Page } from "playwright-core";
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

interface Unit {
  id: number;
  name: string;
  kind: "unit" | "group";
}
interface Task {
  id: number;
  leadUnits: string[];
}
interface Milestone {
  id: number;
  planId: number;
  seq: number | null;
  text: string;
  status: string;
  acknowledgedOn: string | null;
  units: { unitId: number; role: string }[];
  workflow: { phase: string };
}
interface History {
  requests: { kind: string; state: string }[];
}

const LEADER = { username: "e2e-unit-leader", password: "leader-password-e2e" };
const OUTSIDER = { username: "e2e-other-staff", password: "staff-password-e2e" };
const TASK_LEAD = { username: "e2e-task-lead", password: "task-lead-password-e2e" };

/** 228（4）: 市科技局 leads it in 市金融局's task; the demo leaves it unacknowledged. */
const OTHERS_MILESTONE_TEXT = "升级邑科贷产品";

/** 204（1）, due 3月31日: overdue on the test's day, led by 市科技局 in the reference plan. */
const REFERENCE_TEXT = "将研发经费投入水平作为县域经济考核的重要指标";

/** A minimal PDF: the server reads the type from the bytes, and these start with %PDF-. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const LIGHT_RANK: Readonly<Record<string, number>> = { red: 0, yellow: 1, green: 2, done: 3 };

/** The badge of each row of the visible tab's list, as ranks: 0 red, 1 yellow, 2 green, 3 done. */
const lightRanks = async (page: Page): Promise<number[]> => {
  const badges = await page.getByRole("tabpanel").locator("tr.ant-table-row .status-light").all();
  const signals = await Promise.all(badges.map((badge) => badge.getAttribute("data-signal")));
  return signals.map((signal) => LIGHT_RANK[signal ?? ""] ?? -1);
};

/** A unit's milestone page in Chromium: acknowledge, report with a file, ask for more time. */
describeInBrowser("my unit and the milestone page in Chromium", () => {
  let world: E2eWorld;
  let milestone: Milestone;
  let othersMilestone: number;

  const openAs = async (
    browser: Browser,
    user: { username: string; password: string },
    viewport = { width: 1366, height: 900 },
  ): Promise<Page> => {
    const page = await browser.newPage({ viewport });
    // The plan of the milestone under test, whatever else the demo holds.
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(milestone.planId)}")`);
    await logIn(page, world.server.url, user.username, user.password);
    return page;
  };

  beforeAll(async () => {
    world = await startE2eWorld();
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items: found } = await admin<{ items: Milestone[] }>(
      "GET",
      `/api/milestones?${new URLSearchParams({ q: REFERENCE_TEXT, pageSize: "200" }).toString()}`,
    );
    const reference = found[0];
    if (reference === undefined) throw new Error("the reference milestone 204（1） is missing");
    const leadUnit = reference.units.find((u) => u.role === "lead")?.unitId;
    if (leadUnit === undefined) throw new Error("204（1） has no lead unit");
    // The unit's milestone to work on: the reference one, or (if the demo's
    // played half-year took it further) another it leads that is still open.
    const { items: led } = await admin<{ items: Milestone[] }>(
      "GET",
      `/api/milestones?${new URLSearchParams({
        plan: String(reference.planId),
        unit: String(leadUnit),
        role: "lead",
        pageSize: "200",
      }).toString()}`,
    );
    const candidates = [reference, ...led].filter(
      (m) => m.acknowledgedOn === null && m.workflow.phase === "open",
    );
    let chosen: Milestone | undefined;
    for (const candidate of candidates) {
      const history = await admin<History>(
        "GET",
        `/api/milestones/${String(candidate.id)}/history`,
      );
      if (!history.requests.some((r) => r.kind === "extension" && r.state === "pending")) {
        chosen = candidate;
        break;
      }
    }
    if (chosen === undefined) throw new Error("no open, unacknowledged milestone to work on");
    milestone = chosen;
    const { items: units } = await admin<{ items: Unit[] }>("GET", "/api/units");
    const outsider = units.find(
      (u) => u.kind === "unit" && !milestone.units.some((m) => m.unitId === u.id),
    );
    if (outsider === undefined) throw new Error("every unit shares the milestone");
    await admin("POST", "/api/users", {
      ...LEADER,
      displayName: "E2E 单位负责人",
      unitId: leadUnit,
      role: "unit_leader",
    });
    await admin("POST", "/api/users", {
      ...OUTSIDER,
      displayName: "E2E 其他单位经办人",
      unitId: outsider.id,
      role: "unit_staff",
    });
    const { items: others } = await admin<{ items: (Milestone & { task: { id: number } })[] }>(
      "GET",
      `/api/milestones?${new URLSearchParams({ q: OTHERS_MILESTONE_TEXT }).toString()}`,
    );
    const task = await admin<Task>("GET", `/api/tasks/${String(others[0]?.task.id)}`);
    const taskLead = units.find((u) => u.name === task.leadUnits[0]);
    if (taskLead === undefined) throw new Error("228（4）'s task has no lead unit");
    othersMilestone = others[0]?.id ?? 0;
    await admin("POST", "/api/users", {
      ...TASK_LEAD,
      displayName: "E2E 任务牵头单位负责人",
      unitId: taskLead.id,
      role: "unit_leader",
    });
  }, 90_000);

  afterAll(async () => {
    await world.close();
  });

  const label = (): string =>
    milestone.seq === null ? milestone.text : `（${String(milestone.seq)}）${milestone.text}`;

  it("lists the unit's milestones most urgent first and acknowledges one", async () => {
    const page = await openAs(world.browser, LEADER);
    await page.goto(`${world.server.url}/my-unit`);
    await page.getByRole("tab", { name: /^牵头/ }).waitFor();
    await page.getByRole("tabpanel").locator("tr.ant-table-row").first().waitFor();
    const ranks = await lightRanks(page);
    expect(ranks.length).toBeGreaterThan(0);
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    // Red before yellow before green, done ones last.
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // docs/screenshots/my-unit.png shows My unit across plans: many-plans.test.ts takes it.

    await page.getByRole("tab", { name: /^待签收/ }).click();
    const row = page.getByRole("tabpanel").locator("tr.ant-table-row", { hasText: label() });
    await row.getByRole("button", { name: /签\s*收/ }).click();
    await page.getByText("已签收").first().waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await page.close();
  }, 90_000);

  it("reports progress with a file, asks for an extension and shows both in the history", async () => {
    const page = await openAs(world.browser, LEADER);
    await page.goto(`${world.server.url}/my-unit`);
    await page.getByRole("tabpanel").getByRole("link", { name: label() }).click();
    await page.waitForURL(`**/milestones/${String(milestone.id)}`);
    await page.getByText("基本情况").waitFor();
    // Acknowledged in the test before: no 签收 button any more.
    expect(await page.getByRole("button", { name: /签\s*收/ }).count()).toBe(0);

    await page.getByLabel("进展情况").fill("已召开专题会议部署，完成初步方案。");
    await page.getByLabel(/完成比例/).fill("40");
    await page
      .locator("form#report input[type=file]")
      .setInputFiles({ name: "会议纪要.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByText("会议纪要.pdf").waitFor();
    await page.getByRole("button", { name: "报送进展" }).click();
    await page.getByText("进展已报送").waitFor();
    const report = page.getByTestId("history-entry").filter({ hasText: "已召开专题会议部署" });
    await report.waitFor();
    expect(await report.textContent()).toContain("报送进展");
    const file = report.getByRole("link", { name: /会议纪要\.pdf/ });
    const download = await page.request.get(
      `${world.server.url}${(await file.getAttribute("href")) ?? ""}`,
    );
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByRole("tab", { name: "申请延期" }).click();
    await page.getByLabel("延期至", { exact: true }).fill("2022-09-30");
    await page.keyboard.press("Enter");
    await page.getByLabel("延期理由").fill("需与税务部门核对数据，申请延期至9月底。");
    await page.getByRole("button", { name: "提交延期申请" }).click();
    await page.getByText("已申请延期至 2022-09-30，待督查室审批").waitFor();
    const extension = page.getByTestId("history-entry").filter({ hasText: "申请延期" });
    await extension.waitFor();
    expect(await extension.textContent()).toContain("2022-09-30");
    // The screenshot without the toasts, which fade after three seconds.
    await expect
      .poll(() => page.locator(".ant-message-notice").count(), { timeout: 10_000 })
      .toBe(0);
    await page.evaluate("window.scrollTo(0, 0)");
    await screenshot(page, "milestone");
    await page.close();
  }, 90_000);

  it("shows cards on a phone", async () => {
    const page = await openAs(world.browser, LEADER, { width: 375, height: 812 });
    await page.goto(`${world.server.url}/my-unit`);
    await page.getByTestId("milestone-card").first().waitFor();
    expect(await page.locator("tr.ant-table-row").count()).toBe(0);
    await screenshot(page, "my-unit-phone");
    await page.close();
  }, 90_000);

  it("answers another unit's user with not found", async () => {
    const page = await openAs(world.browser, OUTSIDER);
    await page.goto(`${world.server.url}/milestones/${String(milestone.id)}`);
    await page.getByText("没有找到这个节点计划").waitFor();
    expect(await page.getByText("基本情况").count()).toBe(0);
    await page.close();
  }, 90_000);

  it("offers the task's lead only input on a milestone another unit leads", async () => {
    const page = await openAs(world.browser, TASK_LEAD);
    await page.goto(`${world.server.url}/milestones/${String(othersMilestone)}`);
    await page.getByText("基本情况").waitFor();
    await page.getByRole("tab", { name: "报送材料" }).waitFor();
    await page.getByText("本单位不是本节点的牵头单位").waitFor();
    expect(await page.getByRole("button", { name: /签\s*收/ }).count()).toBe(0);
    for (const name of ["报送进展", "申报完成", "申请延期"]) {
      expect(await page.getByRole("tab", { name }).count(), name).toBe(0);
    }
    await page.close();
  }, 90_000);
});
