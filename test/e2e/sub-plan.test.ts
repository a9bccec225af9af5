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
  due: string | null;
  workflow: { phase: string };
}
interface SubPlan {
  subPlan: {
    planId: number;
    rollup: { total: number; counts: { done: number } };
    steps: { id: number; text: string }[];
  } | null;
}

const LEADER = { username: "e2e-kjj-lead", password: "leader-password-e2e" };
const SECTION_A = { username: "e2e-gxk", password: "section-password-a" };
const SECTION_B = { username: "e2e-cgk", password: "section-password-b" };
const LEAD_UNIT = "市科技局";
const SECTIONS = ["市科技局高新技术科", "市科技局成果转化科"] as const;

type Client = Awaited<ReturnType<typeof apiClient>>;

/** 任务再分解 in Chromium: 市科技局 splits a milestone among two sections, one reports, the parent rolls it up. */
describeInBrowser("a milestone split into a sub-plan, in Chromium", () => {
  let world: E2eWorld;
  let parent: Milestone;
  let admin: Client;

  const openAs = async (browser: Browser, user: { username: string; password: string }) => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(parent.planId)}")`);
    await logIn(page, world.server.url, user.username, user.password);
    return page;
  };

  beforeAll(async () => {
    world = await startE2eWorld();
    admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items: units } = await admin<{ items: Unit[] }>("GET", "/api/units");
    const bureau = units.find((u) => u.name === LEAD_UNIT);
    if (bureau === undefined) throw new Error("no 市科技局");
    await admin("POST", "/api/users", {
      ...LEADER,
      displayName: "陈主任",
      unitId: bureau.id,
      role: "unit_leader",
    });
    for (const [index, name] of SECTIONS.entries()) {
      const section = await admin<Unit>("POST", "/api/units", { name });
      await admin("PUT", `/api/units/${String(section.id)}/parent`, { parentUnitId: bureau.id });
      const user = index === 0 ? SECTION_A : SECTION_B;
      await admin("POST", "/api/users", {
        ...user,
        displayName: index === 0 ? "高科长" : "成科长",
        unitId: section.id,
        role: "unit_staff",
      });
    }
    const { items: led } = await admin<{ items: Milestone[] }>(
      "GET",
      `/api/milestones?${new URLSearchParams({ unit: String(bureau.id), role: "lead", pageSize: "200", sort: "due" }).toString()}`,
    );
    const open = led.find(
      (m) => m.workflow.phase === "open" && m.due !== null && m.due >= "2022-10-31",
    );
    if (open === undefined) throw new Error("市科技局 leads no open milestone due after October");
    parent = open;
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it("lets 市科技局 split the milestone among its two sections", async () => {
    const page = await openAs(world.browser, LEADER);
    await page.goto(`${world.server.url}/milestones/${String(parent.id)}`);
    await page.getByRole("button", { name: /再\s*分\s*解/ }).click();
    const form = page.locator("form#decompose");
    await form.getByLabel("步骤内容").first().fill("组织高新技术企业申报辅导");
    await form.getByLabel("责任单位").first().click();
    await page.locator(".ant-select-item-option", { hasText: SECTIONS[0] }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "添加步骤" }).click();
    await form.getByLabel("步骤内容").nth(1).fill("汇总申报材料并报送");
    await form.getByLabel("责任单位").nth(1).click();
    await page.locator(".ant-select-item-option:visible", { hasText: SECTIONS[1] }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "保存子计划" }).click();
    const rollup = page.getByTestId("sub-plan-rollup");
    await rollup.waitFor();
    await expect.poll(() => rollup.innerText()).toContain("0/2");
    const view = await admin<SubPlan>("GET", `/api/milestones/${String(parent.id)}/sub-plan`);
    expect(view.subPlan?.steps.map((s) => s.text)).toEqual([
      "组织高新技术企业申报辅导",
      "汇总申报材料并报送",
    ]);
    await page.close();
  });

  it("lets a section report on its step, seeing the parent's text and nothing else of the plan", async () => {
    const view = await admin<SubPlan>("GET", `/api/milestones/${String(parent.id)}/sub-plan`);
    const step = view.subPlan?.steps[0];
    if (step === undefined) throw new Error("no step");
    const page = await openAs(world.browser, SECTION_A);
    await page.goto(`${world.server.url}/milestones/${String(step.id)}`);
    const note = page.getByTestId("parent-milestone");
    await note.waitFor();
    expect(await note.innerText()).toContain(parent.text.slice(0, 10));
    await page.getByLabel("进展情况").fill("已举办两场申报辅导，覆盖企业86家");
    await page.getByRole("button", { name: /报送进展/ }).click();
    await page.getByText("进展已报送").waitFor();
    // The city's plan and the parent milestone stay out of reach.
    await page.goto(`${world.server.url}/milestones/${String(parent.id)}`);
    await page.getByText("没有找到这个节点计划").waitFor();
    await page.close();
  });

  it("shows the roll-up and the latest sub-report on the parent milestone", async () => {
    const page = await openAs(world.browser, LEADER);
    await page.goto(`${world.server.url}/milestones/${String(parent.id)}`);
    const rollup = page.getByTestId("sub-plan-rollup");
    await rollup.waitFor();
    await expect.poll(() => rollup.innerText()).toContain("已举办两场申报辅导");
    await rollup.scrollIntoViewIfNeeded();
    await screenshot(page, "sub-plan-rollup");
    await page.close();
  });
});
