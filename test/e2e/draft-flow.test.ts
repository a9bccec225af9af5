import type { Browser } from "playwright-core";
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
}
interface Milestone {
  id: number;
  planId: number;
  text: string;
  acknowledgedOn: string | null;
  workflow: { phase: string; version: number };
  units: { unitId: number; role: string }[];
}
interface History {
  requests: { kind: string; state: string }[];
}
interface Request {
  id: number;
  milestoneId: number;
  state: string;
  decisionComment: string | null;
}

const STAFF = { username: "e2e-kjj-staff", password: "staff-password-e2e" };
const LEADER = { username: "e2e-kjj-leader", password: "leader-password-e2e" };
const OFFICE = { username: "e2e-office", password: "office-password-e2e" };
const LEAD_UNIT = "市科技局";

type Client = Awaited<ReturnType<typeof apiClient>>;

/** 经办人起草、负责人审核 and the batch actions, in Chromium on the demo. */
describeInBrowser("staff drafts, the leader confirms, batch actions in Chromium", () => {
  let world: E2eWorld;
  let planId = 0;
  /** Open milestones 市科技局 leads with nothing waiting on them, unacknowledged ones first. */
  let fresh: Milestone[] = [];
  let staffApi: Client;
  let leaderApi: Client;
  let officeApi: Client;

  const take = (): Milestone => {
    const next = fresh.shift();
    if (next === undefined) throw new Error("no free milestone left");
    return next;
  };

  const openAs = async (browser: Browser, user: { username: string; password: string }) => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(planId)}")`);
    await logIn(page, world.server.url, user.username, user.password);
    return page;
  };

  beforeAll(async () => {
    world = await startE2eWorld();
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items: units } = await admin<{ items: Unit[] }>("GET", "/api/units");
    const unit = units.find((u) => u.name === LEAD_UNIT);
    const office = units.find((u) => u.name === "督查室");
    if (unit === undefined || office === undefined) throw new Error("no 市科技局 or 督查室");
    for (const [user, displayName, unitId, role] of [
      [STAFF, "林小东", unit.id, "unit_staff"],
      [LEADER, "陈主任", unit.id, "unit_leader"],
      [OFFICE, "周督查", office.id, "supervisor"],
    ] as const) {
      await admin("POST", "/api/users", { ...user, displayName, unitId, role });
    }
    const { items: led } = await admin<{ items: Milestone[] }>(
      "GET",
      `/api/milestones?${new URLSearchParams({ unit: String(unit.id), role: "lead", pageSize: "200" }).toString()}`,
    );
    const open: Milestone[] = [];
    for (const m of led.filter((m) => m.workflow.phase === "open")) {
      const history = await admin<History>("GET", `/api/milestones/${String(m.id)}/history`);
      if (!history.requests.some((r) => r.state === "pending")) open.push(m);
    }
    // The plan with the most such milestones; those unacknowledged first (for 批量签收).
    const counts = new Map<number, number>();
    for (const m of open) counts.set(m.planId, (counts.get(m.planId) ?? 0) + 1);
    planId = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    fresh = open
      .filter((m) => m.planId === planId)
      .sort((a, b) => Number(a.acknowledgedOn !== null) - Number(b.acknowledgedOn !== null));
    staffApi = await apiClient(world.server.url, STAFF.username, STAFF.password);
    leaderApi = await apiClient(world.server.url, LEADER.username, LEADER.password);
    officeApi = await apiClient(world.server.url, OFFICE.username, OFFICE.password);
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  /** The 2 unacknowledged milestones batch 签收 takes, set aside before the others are used. */
  let toAcknowledge: Milestone[] = [];

  it("acknowledges several milestones at once from My unit", async () => {
    toAcknowledge = [take(), take()];
    expect(toAcknowledge.every((m) => m.acknowledgedOn === null)).toBe(true);
    const page = await openAs(world.browser, LEADER);
    await page.goto(`${world.server.url}/my-unit`);
    await page.getByRole("tab", { name: /^待签收/ }).click();
    const panel = page.getByRole("tabpanel");
    for (const m of toAcknowledge) {
      await panel
        .locator("tr.ant-table-row", { hasText: m.text.slice(0, 12) })
        .first()
        .locator("input[type=checkbox]")
        .check();
    }
    await panel.getByRole("button", { name: /批量签收（2）/ }).click();
    await page.getByText("已签收 2 项").waitFor();
    for (const m of toAcknowledge) {
      await expect
        .poll(
          async () =>
            (await leaderApi<Milestone>("GET", `/api/milestones/${String(m.id)}`)).acknowledgedOn,
        )
        .not.toBeNull();
    }
    await page.close();
  }, 90_000);

  it("lets the staff draft a completion, the leader confirm it, and the office see it in 审核", async () => {
    const m = take();
    const staff = await openAs(world.browser, STAFF);
    await staff.goto(`${world.server.url}/milestones/${String(m.id)}`);
    await staff
      .getByTestId("who-can")
      .getByText("申报完成由单位负责人确认后报送督查室；您可起草")
      .waitFor();
    await staff.getByRole("tab", { name: "起草完成申报" }).click();
    await staff.getByLabel("完成情况说明").fill("平台已上线运行，附验收报告。");
    await staff.getByRole("button", { name: "提交负责人确认" }).click();
    await staff.getByText("草稿已提交单位负责人确认").waitFor();
    await staff.getByText("待负责人确认").first().waitFor();
    await staff.close();

    const leader = await openAs(world.browser, LEADER);
    await leader.goto(`${world.server.url}/my-unit`);
    await leader.getByRole("tab", { name: /^待确认/ }).click();
    const card = leader
      .getByRole("tabpanel")
      .locator("[data-testid^=draft-]", { hasText: "平台已上线运行" });
    await card.waitFor();
    expect(await card.textContent()).toContain("林小东");
    await screenshot(leader, "draft-confirm");
    await card.getByRole("button", { name: "确认并报送督查室" }).click();
    await expect.poll(() => card.count()).toBe(0);
    await leader.close();

    const office = await openAs(world.browser, OFFICE);
    await office.goto(`${world.server.url}/review`);
    const { items } = await officeApi<{ items: Request[] }>("GET", "/api/requests?state=pending");
    const request = items.find((r) => r.milestoneId === m.id);
    expect(request).toBeDefined();
    await office.getByTestId(`request-${String(request?.id)}`).waitFor();
    await office.close();
  }, 120_000);

  it("shows the staff an extension draft the leader returned", async () => {
    const m = take();
    const draft = await staffApi<{ id: number; version: number }>(
      "POST",
      `/api/milestones/${String(m.id)}/drafts`,
      { kind: "extension", newDue: "2022-09-30", reason: "设备到货延迟" },
    );
    const leader = await openAs(world.browser, LEADER);
    await leader.goto(`${world.server.url}/milestones/${String(m.id)}`);
    const card = leader.getByTestId(`draft-${String(draft.id)}`);
    await card.getByRole("button", { name: /退\s*回/ }).click();
    await leader.getByLabel("退回理由").fill("请写明设备的到货日期");
    await leader
      .getByRole("dialog")
      .getByRole("button", { name: /退\s*回/ })
      .click();
    await card.getByText("已退回").waitFor();
    await leader.close();

    const staff = await openAs(world.browser, STAFF);
    await staff.goto(`${world.server.url}/my-unit`);
    await staff.getByRole("tab", { name: /^我的草稿/ }).click();
    const mine = staff.getByTestId(`draft-${String(draft.id)}`);
    await mine.getByText("已退回").waitFor();
    expect(await mine.getByTestId("return-note").textContent()).toContain("请写明设备的到货日期");
    await staff.close();
  }, 90_000);

  it("approves several completions at once with one comment", async () => {
    const chosen = [take(), take()];
    const requestIds: number[] = [];
    for (const m of chosen) {
      const current = await leaderApi<Milestone>("GET", `/api/milestones/${String(m.id)}`);
      const declared = await leaderApi<{ requestId: number }>(
        "POST",
        `/api/milestones/${String(m.id)}/completion`,
        { version: current.workflow.version, completedOn: "2022-06-29", text: "已完成" },
      );
      requestIds.push(declared.requestId);
    }
    const office = await openAs(world.browser, OFFICE);
    await office.goto(`${world.server.url}/review`);
    for (const id of requestIds) {
      await office
        .getByTestId(`request-${String(id)}`)
        .locator("input[type=checkbox]")
        .check();
    }
    await office.getByRole("button", { name: /批量通过（2）/ }).click();
    await office.getByLabel("审核意见（各项共用）").fill("材料齐全，同意办结");
    await screenshot(office, "batch-review");
    await office
      .getByRole("dialog")
      .getByRole("button", { name: /通\s*过/ })
      .click();
    await office.getByText("已批量通过 2 项").waitFor();
    const { items } = await officeApi<{ items: Request[] }>("GET", "/api/requests?state=approved");
    const decided = items.filter((r) => requestIds.includes(r.id));
    expect(decided.map((r) => r.decisionComment)).toEqual([
      "材料齐全，同意办结",
      "材料齐全，同意办结",
    ]);
    await office.close();
  }, 90_000);
});
