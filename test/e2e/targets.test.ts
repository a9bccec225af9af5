import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import type { components } from "../../web/src/api-schema.js";
import {
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

type Target = components["schemas"]["Target"];
type Client = Awaited<ReturnType<typeof apiClient>>;

/** The demo's one plan. */
const demoPlanId = async (api: Client): Promise<number> => {
  const { items } = await api<{ items: { id: number }[] }>("GET", "/api/plans");
  const plan = items[0];
  if (plan === undefined) throw new Error("the demo has no plan");
  return plan.id;
};

/** A target's row in a table, found by its subject. */
const rowOf = (page: Page, table: string, subject: string) =>
  page.getByTestId(table).locator("tr.target-row", { hasText: subject }).first();

/** The light a row shows (red, yellow, green, none) and its progress number. */
const lightOf = (page: Page, table: string, subject: string) =>
  rowOf(page, table, subject).locator("[data-signal]").getAttribute("data-signal");
const progressOf = (page: Page, table: string, subject: string) =>
  rowOf(page, table, subject).locator(".target-progress-number").textContent();

/** 量化指标 on the dashboard and in the plan's drawer, as the office and the lead unit see them. */
describeInBrowser("targets in Chromium", () => {
  let world: E2eWorld;
  let office: Client;
  let planId: number;

  beforeAll(async () => {
    world = await startE2eWorld();
    office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    planId = await demoPlanId(office);
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  const newPage = (): Promise<Page> =>
    world.browser.newPage({ viewport: { width: 1366, height: 900 } });

  const targets = async (): Promise<Target[]> =>
    (
      await office<{ items: Target[] }>(
        "GET",
        `/api/plans/${String(planId)}/targets?asOf=2022-06-30`,
      )
    ).items;

  it("shows the demo's targets on the dashboard as of 2022-06-30 with the three lights", async () => {
    const page = await newPage();
    await logIn(page, `${world.server.url}/dashboard`, "office", DEMO_PASSWORD);
    const table = "dashboard-targets-table";
    await rowOf(page, table, "高新技术企业").waitFor();
    expect(await lightOf(page, table, "高新技术企业")).toBe("green");
    expect(await lightOf(page, table, "省级以上科创平台")).toBe("yellow");
    expect(await lightOf(page, table, "全社会研发经费占地区生产总值比重")).toBe("red");
    // Confirmed and proposed are listed, dismissed ones never; proposed ones are marked.
    const shown = (await targets()).filter((t) => t.state !== "dismissed");
    expect(await page.getByTestId(table).locator("tr.target-row").count()).toBe(shown.length);
    expect(await page.getByTestId(table).locator("tr.target-proposed").count()).toBe(
      shown.filter((t) => t.state === "proposed").length,
    );
    await rowOf(page, table, "高新技术企业").scrollIntoViewIfNeeded();
    await screenshot(page, "dashboard-targets");
    await page.close();
  }, 60_000);

  it("lets the office confirm a proposed target in the plan's drawer", async () => {
    const proposed = (await targets()).find((t) => t.state === "proposed");
    if (proposed === undefined) throw new Error("the demo has no proposed target");
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "office", DEMO_PASSWORD);
    await page.getByRole("button", { name: "量化指标" }).click();
    const row = page
      .getByTestId("targets-drawer-table")
      .locator(`tr[data-row-key="${String(proposed.id)}"]`);
    expect(await row.getAttribute("class")).toContain("target-proposed");
    await row.getByRole("button", { name: /确\s*认/ }).click();
    await expect.poll(async () => row.getAttribute("class")).toContain("target-confirmed");
    expect((await targets()).find((t) => t.id === proposed.id)?.state).toBe("confirmed");
    await page.close();
  }, 60_000);

  it("lets kjj.staff report an actual, refused at the field for a day after today, and moves the progress", async () => {
    const subject = "高新技术企业";
    const before = (await targets()).find((t) => t.subject === subject);
    if (before?.latestActual == null) throw new Error("the demo reported nothing on 高新技术企业");
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "kjj.staff", DEMO_PASSWORD);
    await page.getByRole("button", { name: "量化指标" }).click();
    const table = "targets-drawer-table";
    const shownBefore = await progressOf(page, table, subject);
    // The lead unit may report; it may not confirm, edit or dismiss.
    const row = rowOf(page, table, subject);
    expect(await row.getByRole("button", { name: /编\s*辑/ }).count()).toBe(0);
    await row.getByRole("button", { name: "报送实际值" }).click();
    // Past the value to reach: the bar stops at 100 %, the number says how far past.
    const value = before.latestActual.value + 200;
    await page
      .getByTestId("actual-form")
      .getByLabel(/实际值/)
      .fill(String(value));
    const form = page.getByTestId("actual-form");
    await form.getByLabel("截至日期").fill("2022-07-15");
    await page.keyboard.press("Enter");
    await form.getByLabel("数据来源").fill("统计快报");
    await page
      .getByRole("button", { name: /报\s*送/ })
      .last()
      .click();
    // The server refuses a day after today, and says so at the date.
    const asOfItem = form.locator(".ant-form-item", { hasText: "截至日期" });
    await asOfItem.locator(".ant-form-item-explain-error").waitFor();
    await screenshot(page, "targets-actual-error");
    await form.getByLabel("截至日期").fill("2022-06-30");
    await page.keyboard.press("Enter");
    await page
      .getByRole("button", { name: /报\s*送/ })
      .last()
      .click();
    await form.waitFor({ state: "detached" });
    const ratio = value / (before.value ?? 1);
    const expected = `${String(Math.round(ratio * 1000) / 10)}%`;
    await expect.poll(() => progressOf(page, table, subject)).toBe(expected);
    expect(expected).not.toBe(shownBefore);
    await screenshot(page, "targets-drawer");
    await page.close();
  }, 60_000);

  /** The office's drawer on 计划总表, open. */
  const officeDrawer = async (): Promise<Page> => {
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "office", DEMO_PASSWORD);
    await page.getByRole("button", { name: "量化指标" }).click();
    await page.getByTestId("targets-drawer-table").locator("tr.target-row").first().waitFor();
    return page;
  };

  /** Picks the option of an antd Select that holds `option`, typing it first where the Select searches. */
  const choose = async (page: Page, label: string, option: string, search = false) => {
    const select = page.getByTestId("target-form").getByLabel(label);
    await select.click();
    if (search) await select.fill(option);
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option })
      .first()
      .click();
  };

  /** Opens 新增 and fills it in: on 207（2）, at least `value` 项 of `subject`. */
  const addOn207Step2 = async (page: Page, subject: string, value: string) => {
    await page.getByRole("button", { name: /新\s*增/ }).click();
    const form = page.getByTestId("target-form");
    await choose(page, "所属任务或节点", "207（2）", true);
    await form.getByLabel("指标").fill(subject);
    await form.getByLabel("目标值").fill(value);
    await form.getByLabel("计量单位").fill("项");
    return form;
  };

  it("lets the office edit a proposed target's comparison, value and unit of measure, then confirm it", async () => {
    const subject = "项目合作、技术联合攻关或共建技术创新平台";
    const proposed = (await targets()).find((t) => t.subject === subject);
    if (proposed?.state !== "proposed") throw new Error(`the demo proposes no ${subject}`);
    const page = await officeDrawer();
    const table = "targets-drawer-table";
    const row = page.getByTestId(table).locator(`tr[data-row-key="${String(proposed.id)}"]`);
    await row.getByRole("button", { name: /编\s*辑/ }).click();
    const form = page.getByTestId("target-form");
    // The dialog starts from the proposal: a range of 20～30 项.
    expect(await form.getByLabel("下限").inputValue()).toBe("20");
    await choose(page, "比较", "不少于");
    await form.getByLabel("目标值").fill("25");
    await form.getByLabel("计量单位").fill("个");
    await screenshot(page, "targets-edit");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => row.locator("td").nth(2).textContent()).toBe("不少于25个");
    // Edited, it is still a proposal until the office confirms it.
    expect(await row.getAttribute("class")).toContain("target-proposed");
    await row.getByRole("button", { name: /确\s*认/ }).click();
    await expect.poll(async () => row.getAttribute("class")).toContain("target-confirmed");
    expect((await targets()).find((t) => t.id === proposed.id)).toMatchObject({
      state: "confirmed",
      comparison: "at_least",
      value: 25,
      low: null,
      high: null,
      unitOfMeasure: "个",
    });
    await page.close();
  }, 60_000);

  it("lets the office add a target to a milestone", async () => {
    const page = await officeDrawer();
    const form = await addOn207Step2(page, "配套基建工程验收", "3");
    await screenshot(page, "targets-add");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await form.waitFor({ state: "detached" });
    const row = rowOf(page, "targets-drawer-table", "配套基建工程验收");
    await row.waitFor();
    expect(await row.locator("td").first().textContent()).toBe("207（2）");
    expect(await row.locator("td").nth(2).textContent()).toBe("不少于3项");
    const added = (await targets()).find((t) => t.subject === "配套基建工程验收");
    expect(added).toMatchObject({
      origin: "added",
      state: "confirmed",
      taskNo: 207,
      milestoneSeq: 2,
      comparison: "at_least",
      value: 3,
    });
    await page.close();
  }, 60_000);

  it("shows the server's refusal of the milestone at the field that chose it", async () => {
    const page = await officeDrawer();
    // The milestone chosen is gone by the time the dialog is sent (a revision removed it).
    await page.route("**/api/plans/*/targets", async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, milestoneId: 999_999 }) });
    });
    const form = await addOn207Step2(page, "不会保存的指标", "1");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    const work = form.locator(".ant-form-item", { hasText: "所属任务或节点" });
    const error = work.locator(".ant-form-item-explain-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("没有现行的节点计划 #999999");
    // Said once, where it belongs: no alert above the form repeats it.
    expect(await page.locator(".ant-modal").getByRole("alert").count()).toBe(0);
    await screenshot(page, "targets-add-error");
    expect((await targets()).some((t) => t.subject === "不会保存的指标")).toBe(false);
    await page.close();
  }, 60_000);

  it("turns a yellow target green on the dashboard when the lead unit reports it met", async () => {
    const subject = "省级以上科创平台";
    const before = (await targets()).find((t) => t.subject === subject);
    if (before?.progress.light !== "yellow")
      throw new Error(`${subject} is not yellow in the demo`);
    const page = await newPage();
    await logIn(page, `${world.server.url}/plan`, "kjj.staff", DEMO_PASSWORD);
    await page.getByRole("button", { name: "量化指标" }).click();
    const table = "targets-drawer-table";
    expect(await lightOf(page, table, subject)).toBe("yellow");
    await rowOf(page, table, subject).getByRole("button", { name: "报送实际值" }).click();
    const form = page.getByTestId("actual-form");
    await form.getByLabel(/实际值/).fill("531");
    await form.getByLabel("数据来源").fill("省科技厅认定名单");
    await page
      .getByRole("button", { name: /报\s*送/ })
      .last()
      .click();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => lightOf(page, table, subject)).toBe("green");
    expect(await progressOf(page, table, subject)).toBe("100.2%");
    await page.goto(`${world.server.url}/dashboard`);
    const dashboard = "dashboard-targets-table";
    await rowOf(page, dashboard, subject).waitFor();
    expect(await lightOf(page, dashboard, subject)).toBe("green");
    expect(await rowOf(page, dashboard, subject).textContent()).toContain("531家");
    await page.close();
  }, 60_000);
});
