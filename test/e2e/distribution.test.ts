import { simpleParser } from "mailparser";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { axeFindings } from "../support/axe-findings.js";
import {
  ADMIN_PASSWORD,
  apiClient,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import {
  closedPort,
  json,
  startHttpReceiver,
  type HttpReceiver,
} from "../support/http-receiver.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver.js";

interface Unit {
  readonly id: number;
  readonly name: string;
}

const PUBLIC_URL = "https://duban.example.gov.cn";

/** 下发 in Chromium: the office sends the plan out, 市科技局 signs for its part on My unit. */
describeInBrowser("distributing a plan in Chromium", () => {
  let world: E2eWorld;
  let smtp: SmtpReceiver;
  let robot: HttpReceiver;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    robot = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
    world = await startE2eWorld({
      publicUrl: PUBLIC_URL,
      reminders: {
        ...DEFAULT_SERVER_SETTINGS.reminders,
        timeoutMs: 3_000,
        destinations: LOCAL_RECEIVERS,
        smtp: { url: `smtp://127.0.0.1:${String(smtp.port)}`, from: "督办系统 <duban@gov.cn>" },
      },
    });
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const { items: units } = await admin<{ items: Unit[] }>("GET", "/api/units");
    const idOf = (name: string): string => {
      const unit = units.find((u) => u.name === name);
      if (unit === undefined) throw new Error(`no unit ${name}`);
      return String(unit.id);
    };
    const contact = (unit: string, label: string, value: unknown) =>
      admin("POST", `/api/units/${idOf(unit)}/contacts`, { label, contact: value });
    await contact("市科技局", "督办专员", { kind: "email", address: "dbzy@kjj.gov.cn" });
    await contact("市科技局", "工作群", {
      kind: "wecom",
      url: `${robot.origin}/cgi-bin/webhook/send?key=kjj`,
    });
    // A robot nothing answers: the delivery fails, with its reason.
    await contact("市金融局", "工作群", {
      kind: "dingtalk",
      url: `http://127.0.0.1:${String(await closedPort())}/robot/send?access_token=t`,
    });
  }, 90_000);

  afterAll(async () => {
    await world.close();
    await smtp.close();
    await robot.close();
  });

  it("sends every unit its part from the plan page and shows the result per unit", async () => {
    // A context of its own, where axe runs its frames.
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await logIn(page, `${world.server.url}/plan`, "office", DEMO_PASSWORD);
    await page.getByRole("button", { name: /下\s*发/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("尚未下发").waitFor();
    await dialog
      .getByRole("row", { name: /市科技局/ })
      .getByText("dbzy@kjj.gov.cn")
      .waitFor();
    await dialog.getByRole("button", { name: "下发全部单位" }).click();
    await dialog.getByText(/上次下发：/).waitFor();
    const kjj = dialog.getByRole("row", { name: /市科技局/ });
    await kjj.getByText("电子邮件 已送达").waitFor();
    await kjj.getByText("企业微信机器人 已送达").waitFor();
    await dialog
      .getByRole("row", { name: /市金融局/ })
      .getByText("钉钉机器人 失败")
      .waitFor();
    await dialog.getByRole("button", { name: /重发未送达单位/ }).waitFor();
    // Off the button just clicked: its hover colour is not what the dialog shows at rest.
    await page.mouse.move(0, 0);
    await screenshot(page, "distribution-dialog");
    expect(await axeFindings(page)).toEqual([]);

    // The mail reached the SMTP server with 市科技局's part, which reads back as its slice.
    expect(smtp.received.map((m) => m.to)).toEqual([["dbzy@kjj.gov.cn"]]);
    const mail = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    const file = mail.attachments[0];
    expect(file?.filename).toMatch(/（市科技局牵头部分）\.docx$/);
    const read = await importPlanBytes(new Uint8Array(file?.content ?? []), "part.docx");
    expect(read.ok && read.plan.ownerUnit).toBe("市科技局");
    expect(robot.requests[0]?.body.toString()).toContain(`${PUBLIC_URL}/my-unit?plan=`);
    await context.close();
  }, 90_000);

  it("lets the unit sign for its part on My unit, acknowledging its milestones", async () => {
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await logIn(page, `${world.server.url}/my-unit`, "kjj.staff", DEMO_PASSWORD);
    const banner = page.getByRole("alert").filter({ hasText: "已下发《" });
    await banner.getByText(/（市科技局牵头部分）》，请签收/).waitFor();
    await screenshot(page, "distribution-sign-banner");
    expect(await axeFindings(page)).toEqual([]);
    await banner.getByRole("button", { name: /签\s*收/ }).click();
    await page.getByText("已签收").first().waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    await expect
      .poll(() => page.getByRole("tab", { name: /^待签收/ }).textContent())
      .toBe("待签收 (0)");
    await context.close();

    const office = await apiClient(world.server.url, "office", DEMO_PASSWORD);
    const { items } = await office<{
      items: { units: { unit: string; signed: boolean; signedBy: string | null }[] }[];
    }>("GET", `/api/plans/1/distributions`);
    expect(items[0]?.units.find((u) => u.unit === "市科技局")).toMatchObject({
      signed: true,
      signedBy: "user:kjj.staff",
    });
  }, 90_000);
});
