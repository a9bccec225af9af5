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

interface Milestone {
  id: number;
  planId: number;
  task: { id: number; no: number | null; label: string };
  seq: number | null;
  due: string | null;
  units: { unitId: number; role: string }[];
  workflow: { version: number; phase: string; focus: boolean };
}
interface MilestoneRequest {
  id: number;
  milestoneId: number;
  kind: string;
  state: string;
  decisionComment: string | null;
}
interface History {
  requests: MilestoneRequest[];
  entries: { entry: { kind: string; comment?: string } }[];
}
interface PlanStatus {
  milestones: { taskNo: number | null; seq: number | null; escalationLevel: string | null }[];
}
interface Session {
  actor: { unitId: number };
}
type Client = Awaited<ReturnType<typeof apiClient>>;

const SUPERVISOR = { username: "e2e-supervisor", password: "supervisor-password-e2e" };
const LEADER = { username: "e2e-review-leader", password: "leader-password-e2e" };

/** 204（1）: a milestone of the reference plan, found by its words; its lead unit is 市科技局. */
const REFERENCE_TEXT = "将研发经费投入水平作为县域经济考核的重要指标";

/** The test's day (the server's clock starts at 2022-06-30). */
const TODAY = "2022-06-30";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const COMPLETION_NOTE = "已完成年度任务，附验收材料。";
const RETURN_REASON = "佐证材料不足，请补充验收报告。";
const INSTRUCTION_TEXT = "请加快推进，月底前报送落实情况。";
const ANSWER_TEXT = "已召开专题会议研究部署，将于月底前报送。";

const code = (m: { taskNo: number | null; seq: number | null }): string =>
  `${String(m.taskNo)}${m.seq === null ? "" : `（${String(m.seq)}）`}`;

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const query = (params: Record<string, string>): string => new URLSearchParams(params).toString();

/** The supervision office's screens in Chromium: review queue, escalation, focus, instructions. */
describeInBrowser("the supervision office's screens in Chromium", () => {
  let world: E2eWorld;
  let admin: Client;
  let completed: Milestone;
  let extended: Milestone;
  let newDue: string;

  const openAs = async (
    user: { username: string; password: string },
    viewport = { width: 1366, height: 900 },
  ): Promise<Page> => {
    // Times shown as the office reads them.
    const page = await world.browser.newPage({ viewport, timezoneId: "Asia/Shanghai" });
    // The reference plan, whatever else the demo holds.
    await page.addInitScript(`localStorage.setItem("duban.plan", "${String(completed.planId)}")`);
    await logIn(page, world.server.url, user.username, user.password);
    return page;
  };

  beforeAll(async () => {
    world = await startE2eWorld();
    admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items: found } = await admin<{ items: Milestone[] }>(
      "GET",
      `/api/milestones?${query({ q: REFERENCE_TEXT })}`,
    );
    const reference = found[0];
    const leadUnit = reference?.units.find((u) => u.role === "lead")?.unitId;
    if (reference === undefined || leadUnit === undefined)
      throw new Error("the reference milestone 204（1） or its lead unit is missing");
    const office = await admin<Session>("GET", "/api/session");
    await admin("POST", "/api/users", {
      ...SUPERVISOR,
      displayName: "E2E 督查员",
      unitId: office.actor.unitId,
      role: "supervisor",
    });
    await admin("POST", "/api/users", {
      ...LEADER,
      displayName: "E2E 科技局负责人",
      unitId: leadUnit,
      role: "unit_leader",
    });

    // Two open milestones the unit leads, due after today, with nothing waiting for review.
    const leader = await apiClient(world.server.url, LEADER.username, LEADER.password);
    const { items: led } = await leader<{ items: Milestone[] }>(
      "GET",
      `/api/milestones?${query({
        plan: String(reference.planId),
        unit: String(leadUnit),
        role: "lead",
        pageSize: "200",
      })}`,
    );
    const { items: pending } = await admin<{ items: MilestoneRequest[] }>(
      "GET",
      "/api/requests?state=pending",
    );
    const [first, second] = led.filter(
      (m) =>
        m.workflow.phase === "open" &&
        m.due !== null &&
        m.due > addDays(TODAY, 14) &&
        !pending.some((r) => r.milestoneId === m.id),
    );
    if (first === undefined || second === undefined)
      throw new Error("fewer than two open milestones to work on");
    completed = first;
    extended = second;
    newDue = addDays(extended.due ?? TODAY, 31);

    const evidence = new FormData();
    evidence.append("files", new Blob([PDF]), "验收报告.pdf");
    const { attachments } = await leader<{ attachments: { id: number }[] }>(
      "POST",
      `/api/milestones/${String(completed.id)}/evidence`,
      evidence,
    );
    await leader("POST", `/api/milestones/${String(completed.id)}/completion`, {
      version: completed.workflow.version,
      completedOn: "2022-06-29",
      text: COMPLETION_NOTE,
      attachmentIds: attachments.map((file) => file.id),
    });
    await leader("POST", `/api/milestones/${String(extended.id)}/extension-requests`, {
      version: extended.workflow.version,
      newDue,
      reason: "需等待省级评审结果，申请顺延一个月。",
    });
  }, 90_000);

  afterAll(async () => {
    await world.close();
  });

  const requestIds = async () => {
    const { items } = await admin<{ items: MilestoneRequest[] }>(
      "GET",
      "/api/requests?state=pending",
    );
    const of = (m: Milestone) => items.find((r) => r.milestoneId === m.id)?.id;
    return { completion: of(completed), extension: of(extended) };
  };

  it("shows both requests, returns the completion and approves the extension", async () => {
    const ids = await requestIds();
    if (ids.completion === undefined || ids.extension === undefined)
      throw new Error("the requests are not pending");
    const page = await openAs(SUPERVISOR);
    await page.goto(`${world.server.url}/review`);
    const completion = page.getByTestId(`request-${String(ids.completion)}`);
    const extension = page.getByTestId(`request-${String(ids.extension)}`);
    await completion.getByText(COMPLETION_NOTE).waitFor();
    await completion.getByRole("link", { name: /验收报告\.pdf/ }).waitFor();
    await extension.getByText(newDue).waitFor();
    await screenshot(page, "review-queue");

    const phone = await openAs(SUPERVISOR, { width: 375, height: 812 });
    await phone.goto(`${world.server.url}/review`);
    await phone
      .getByTestId(`request-${String(ids.completion)}`)
      .getByText(COMPLETION_NOTE)
      .waitFor();
    // Nothing wider than the screen: the cards stack, the fields wrap.
    expect(await phone.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    await screenshot(phone, "review-phone");
    await phone.close();

    // Returning needs a reason.
    await completion.getByRole("button", { name: /退\s*回/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /退\s*回/ }).click();
    await dialog.getByText("请说明理由").waitFor();
    await dialog.getByLabel(/理由/).fill(RETURN_REASON);
    await dialog.getByRole("button", { name: /退\s*回/ }).click();
    await expect.poll(() => completion.count()).toBe(0);

    await extension.getByRole("button", { name: "批准延期" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "批准延期" }).click();
    await expect.poll(() => extension.count()).toBe(0);
    expect(await requestIds()).toEqual({ completion: undefined, extension: undefined });

    const moved = await admin<Milestone>("GET", `/api/milestones/${String(extended.id)}`);
    expect(moved.due).toBe(newDue);
    const history = await admin<History>("GET", `/api/milestones/${String(completed.id)}/history`);
    expect(history.requests.find((r) => r.kind === "completion")).toMatchObject({
      state: "rejected",
      decisionComment: RETURN_REASON,
    });
    await page.close();
  }, 90_000);

  it("lists escalated milestones by level as the plan's status has them", async () => {
    const page = await openAs(SUPERVISOR);
    await page.goto(`${world.server.url}/review?tab=escalation`);
    const status = await admin<PlanStatus>(
      "GET",
      `/api/plans/${String(completed.planId)}/status?asOf=${TODAY}`,
    );
    const escalated = status.milestones.filter((m) => m.escalationLevel !== null);
    if (escalated.length === 0) {
      await page.getByText("没有逾期升级的节点").waitFor();
    } else {
      for (const milestone of escalated) {
        await page
          .getByTestId(`level-${milestone.escalationLevel ?? ""}`)
          .getByRole("link", { name: code(milestone), exact: true })
          .waitFor();
      }
    }
    await screenshot(page, "escalation");
    await page.close();
  }, 90_000);

  it("marks a task and a milestone for focus", async () => {
    const page = await openAs(SUPERVISOR);
    await page.goto(`${world.server.url}/review?tab=focus`);
    await page.getByText("全部任务", { exact: true }).click();
    const taskSwitch = page.getByRole("switch", {
      name: `重点关注 ${completed.task.label}`,
      exact: true,
    });
    await taskSwitch.click();
    await expect.poll(() => taskSwitch.getAttribute("aria-checked")).toBe("true");
    const taskFocus = await admin<{ focus: boolean }>(
      "GET",
      `/api/tasks/${String(completed.task.id)}/focus`,
    );
    expect(taskFocus.focus).toBe(true);

    // Its milestones, folded under the task: open them and mark one.
    await page
      .locator("tr", { has: taskSwitch })
      .getByRole("button", { name: /展开|Expand/ })
      .click();
    const milestoneName = `重点关注 ${code({ taskNo: completed.task.no, seq: completed.seq })}`;
    const milestoneSwitch = page.getByRole("switch", { name: milestoneName, exact: true });
    await milestoneSwitch.click();
    await expect.poll(() => milestoneSwitch.getAttribute("aria-checked")).toBe("true");
    const marked = await admin<Milestone>("GET", `/api/milestones/${String(completed.id)}`);
    expect(marked.workflow.focus).toBe(true);

    // Both are listed among the marked ones.
    await page.getByText(/^已标记/).click();
    await page.getByRole("switch", { name: milestoneName, exact: true }).waitFor();
    expect(await taskSwitch.getAttribute("aria-checked")).toBe("true");
    await page.close();
  }, 90_000);

  it("enters an instruction, has the unit answer it, and closes it", async () => {
    const office = await openAs(SUPERVISOR);
    await office.goto(`${world.server.url}/instructions`);
    await office.getByRole("button", { name: "录入批示" }).click();
    const dialog = office.getByRole("dialog");
    await dialog.getByLabel("工作任务").fill(completed.task.label);
    await office.getByTitle(new RegExp(`^${completed.task.label} `)).click();
    await dialog.getByLabel("批示领导").fill("市长 张三");
    await dialog.getByLabel("批示内容").fill(INSTRUCTION_TEXT);
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await office.waitForURL(/\/instructions\/\d+$/);
    const detail = office.getByTestId("instruction-detail");
    await detail.getByText(INSTRUCTION_TEXT).waitFor();
    await detail.getByText("待答复").waitFor();
    const path = new URL(office.url()).pathname;

    const unit = await openAs(LEADER);
    await unit.goto(`${world.server.url}/instructions`);
    const item = unit.getByRole("link", { name: new RegExp(INSTRUCTION_TEXT) });
    await item.getByText("待本单位答复").waitFor();
    // The plan's can is loaded with the list: a unit enters no leader's instruction.
    expect(await unit.getByRole("button", { name: "录入批示" }).count()).toBe(0);
    await item.click();
    await unit.getByLabel("本单位答复").fill(ANSWER_TEXT);
    await unit.getByRole("button", { name: "答复批示" }).click();
    await unit.getByTestId("instruction-detail").getByText(ANSWER_TEXT).waitFor();
    await unit.close();

    await office.goto(`${world.server.url}${path}`);
    await detail.getByText(ANSWER_TEXT).waitFor();
    await detail.getByTestId("responsible-units").getByText("已答复").first().waitFor();
    await screenshot(office, "instructions");
    await detail.getByRole("button", { name: /办\s*结/ }).click();
    await office
      .locator(".ant-popconfirm")
      .getByRole("button", { name: /办\s*结/ })
      .click();
    await detail.getByText("已办结").first().waitFor();
    expect(await detail.getByRole("button", { name: /办\s*结/ }).count()).toBe(0);
    await office.close();
  }, 90_000);
});
