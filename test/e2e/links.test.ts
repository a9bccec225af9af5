import { afterAll, beforeAll, expect, it } from "vitest";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
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
import { unitPlan } from "../support/unit-plan.js";

const COUNTY = "台山市人民政府";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/**
 * 填报链接: 市科技局 sends a county with no account a link to a milestone it
 * leads and the county cooperates on; the county sends its input with a
 * file from a 375 px phone; 市科技局 sees it in the history and cites it;
 * the office revokes the link, which the phone is then refused.
 */
describeInBrowser("a unit without an account, through a link, in Chromium", () => {
  let world: E2eWorld;
  let milestoneId = 0;

  beforeAll(async () => {
    world = await startE2eWorld();
    // A second plan beside the demo's: 市科技局 leads 301（1）, the county cooperates on it.
    const admin = await apiClient(world.server.url, "admin", ADMIN_PASSWORD);
    const form = new FormData();
    const xlsx = await planToXlsx(unitPlan(2023, "市科技局", COUNTY, "形成年度总结。"));
    form.append("file", new Blob([xlsx]), "county-plan.xlsx");
    const imported = await admin<{ planId: number }>(
      "POST",
      "/api/plans?fileName=county-plan.xlsx",
      form,
    );
    const plan = await admin<{ ids: { milestones: number[] }[] }>(
      "GET",
      `/api/plans/${String(imported.planId)}`,
    );
    milestoneId = plan.ids[0]?.milestones[0] ?? 0;
  }, 90_000);

  afterAll(async () => {
    await world.close();
  });

  it("takes a county's input from a phone, which the lead cites, until the link is revoked", async () => {
    const lead = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(lead, world.server.url, "kjj.staff", DEMO_PASSWORD);
    await lead.goto(`${world.server.url}/milestones/${String(milestoneId)}`);
    await lead.getByRole("button", { name: "生成填报链接" }).click();
    const dialog = lead.getByRole("dialog");
    await dialog.getByLabel("联系人（可不填）").fill("李四");
    await dialog.getByRole("button", { name: "生成链接" }).click();
    const shown = dialog.getByTestId("new-link");
    await shown.waitFor();
    const url = (await shown.locator("code").textContent()) ?? "";
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/link\/dubanlink_[\w-]{43}$/);
    // The milestone's links below, the new one among them, with 撤销.
    await dialog.getByTestId("links-table").getByText(COUNTY).waitFor();
    await screenshot(lead, "link-issue");
    await lead.keyboard.press("Escape");

    // The county's phone: no session, only the address.
    const phoneContext = await world.browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(url);
    const card = phone.getByTestId("link-milestone");
    await card.waitFor();
    expect(await card.textContent()).toContain("制定年度跟踪审计方案");
    expect(await phone.getByText(`本链接供「${COUNTY}」（李四）`, { exact: false }).count()).toBe(
      1,
    );
    await phone.getByLabel("您的姓名").fill("李四");
    await phone.getByLabel("报送内容").fill("台山市已完成辖区内跟踪审计方案的制定。");
    await phone
      .locator("input[type=file]")
      .setInputFiles({ name: "台山方案.pdf", mimeType: "application/pdf", buffer: PDF });
    await phone.getByText("台山方案.pdf").waitFor();
    // Nothing wider than the phone: no sideways scrolling.
    expect(
      await phone.evaluate<number>("document.documentElement.scrollWidth"),
    ).toBeLessThanOrEqual(375);
    await screenshot(phone, "link-page");
    await phone.getByRole("button", { name: "报送材料" }).click();
    await phone.getByTestId("link-sent").waitFor();
    await phone
      .getByText("李四：台山市已完成辖区内跟踪审计方案的制定。", { exact: false })
      .waitFor();
    await screenshot(phone, "link-page-sent");

    // 市科技局 sees it in the history, under the name given, and cites it in its report.
    await lead.reload();
    const input = lead
      .getByTestId("history-entry")
      .filter({ hasText: "台山市已完成辖区内跟踪审计方案的制定" });
    await input.waitFor();
    expect(await input.textContent()).toContain("李四 (链接 #");
    expect(await input.getByRole("link", { name: /台山方案\.pdf/ }).count()).toBe(1);
    await lead.getByLabel("进展情况").fill("已汇总台山市方案，形成全市方案。");
    await lead.getByLabel("引用其他单位材料").click();
    await lead.locator(".ant-select-item-option", { hasText: "李四 (链接 #" }).click();
    await lead.keyboard.press("Escape");
    await lead.getByRole("button", { name: "报送进展" }).click();
    const report = lead.getByTestId("history-entry").filter({ hasText: "已汇总台山市方案" });
    await report.waitFor();
    expect(await report.textContent()).toContain(`引用：${COUNTY} 李四 (链接 #`);
    await lead.close();

    // The office lists the link with its use and revokes it.
    const office = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(office, world.server.url, "office", DEMO_PASSWORD);
    await office.goto(`${world.server.url}/admin/links`);
    const row = office.getByTestId("links-table").locator("tbody tr", { hasText: COUNTY });
    await row.waitFor();
    expect(await row.textContent()).toContain("有效");
    await row.getByRole("button", { name: /撤\s*销/ }).click();
    await office
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await row.getByText("已撤销").waitFor();
    await office.close();

    await phone.reload();
    await phone.getByTestId("link-refused").waitFor();
    expect(await phone.getByTestId("link-refused").textContent()).toContain("链接无效或已被撤销");
    await screenshot(phone, "link-refused");
    await phoneContext.close();
  }, 120_000);
});
