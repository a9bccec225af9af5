import { readFile } from "node:fs/promises";
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
import { readNotice } from "../support/read-notice.js";

interface Milestone {
  id: number;
  planId: number;
  due: string | null;
  units: { unit: string; role: string }[];
}

/** The office issues a supervision notice (督办通知单) from a milestone's page, and downloads it. */
describeInBrowser("the supervision notice in Chromium", () => {
  let world: E2eWorld;
  let overdue: Milestone;

  beforeAll(async () => {
    world = await startE2eWorld();
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    // On the demo's 2022-06-30 some of the reference plan's milestones are overdue.
    const { items } = await admin<{ items: Milestone[] }>(
      "GET",
      "/api/milestones?status=overdue&sort=due&pageSize=50",
    );
    const found = items.find((m) => m.units.some((u) => u.role === "lead"));
    if (found === undefined) throw new Error("the demo has no overdue milestone with a lead unit");
    overdue = found;
  }, 90_000);

  afterAll(async () => {
    await world.close();
  });

  it("takes the office's number template and reply time from the plan's settings", async () => {
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(overdue.planId)}")`);
    await logIn(page, world.server.url, "admin", ADMIN_PASSWORD);
    await page.goto(`${world.server.url}/admin/settings`);
    const template = page.getByLabel("编号格式");
    await template.fill("〔{year}〕号");
    await page.getByRole("button", { name: /保存设置/ }).click();
    await page.getByText("须包含序号 {n}").waitFor();
    await template.fill("江督〔{year}〕{n}号");
    await page.getByLabel("反馈时限").fill("3");
    await page.getByRole("button", { name: /保存设置/ }).click();
    await page.getByText("设置已保存").waitFor();
    // The form starts afresh from what was saved.
    await page.reload();
    await expect.poll(() => page.getByLabel("编号格式").inputValue()).toBe("江督〔{year}〕{n}号");
    await page.getByLabel("编号格式").scrollIntoViewIfNeeded();
    await screenshot(page, "admin-notice-settings");
    await page.close();
  }, 60_000);

  it("confirms, numbers, records in the history and downloads the Word document", async () => {
    const page = await world.browser.newPage({
      viewport: { width: 1366, height: 900 },
      timezoneId: "Asia/Shanghai",
      acceptDownloads: true,
    });
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(overdue.planId)}")`);
    await logIn(page, world.server.url, "admin", ADMIN_PASSWORD);
    await page.goto(`${world.server.url}/milestones/${String(overdue.id)}`);
    await page.getByRole("button", { name: /督办通知单/ }).click();
    const dialog = page.getByRole("dialog");
    const lead = overdue.units.find((u) => u.role === "lead")?.unit ?? "";
    await dialog.getByText(`向${lead}发出督办通知单`, { exact: false }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: /发出并下载/ }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^督办通知单江督〔2022〕\d+号\.docx$/);
    const read = readNotice(await readFile(await download.path()));
    expect(read.paragraphs[0]).toBe("督办通知单");
    expect(read.field("承办单位")).toBe(lead);
    expect(read.field("逾期情况")).toMatch(/^截至2022年6月30日，已逾期\d+天/);
    expect(read.field("反馈时限")).toBe("2022年7月5日前（3个工作日内）");

    const numberText = name.slice("督办通知单".length, -".docx".length);
    // Listed with its link, and in the history timeline.
    await page.getByTestId("notice-list").getByRole("link", { name: numberText }).waitFor();
    const entry = page.getByTestId("history-entry").filter({ hasText: "发出督办通知单" });
    await entry.getByRole("link", { name: numberText }).waitFor();
    await screenshot(page, "milestone-notice");
    await page.close();
  });
});
