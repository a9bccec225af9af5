import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";

/**
 * The plan table as the office works it on the demo (30 June 2022): sorts,
 * marks, search by 序号 and unit, print; and the audit screen with its CSV.
 */
describeInBrowser("the plan table and the audit screen in Chromium", () => {
  let world: E2eWorld;
  let page: Page;

  beforeAll(async () => {
    world = await startE2eWorld();
    page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The office lands on the dashboard; the table is asked for by its address.
    await logIn(page, `${world.server.url}/plan`, "office", DEMO_PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  const rows = () => page.locator("tr.ant-table-row");
  /** A cell of the first row: the only row sure to have every cell (the next rows of its task share 序号 and 工作任务). */
  const firstRowCell = (column: number) => rows().first().locator("td").nth(column).textContent();
  const settled = () => page.locator(".ant-spin-spinning").waitFor({ state: "detached" });
  const milestonesAnswered = (wanted: (query: URLSearchParams) => boolean) =>
    page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === "/api/milestones" && wanted(url.searchParams);
    });

  /** Clicks a column header and waits for the table the server sorted: its 序号 and 节点 in order. */
  const sortBy = async (header: string, sort: string) => {
    const answered = milestonesAnswered((query) => query.get("sort") === sort);
    await page.getByRole("columnheader", { name: header }).click();
    const body = (await (await answered).json()) as {
      items: { task: { no: number }; seq: number | null; status: string; due: string | null }[];
    };
    await settled();
    return body.items;
  };

  const search = async (text: string) => {
    const box = page.getByRole("searchbox", { name: "搜索" });
    await box.fill(text);
    const answered = milestonesAnswered((query) => (query.get("q") ?? "") === text);
    await box.press("Enter");
    await answered;
    await settled();
  };

  it("marks focus, pending review and open instructions, with a legend, and the accepted note as progress", async () => {
    await page.getByText("组织高新技术企业政策宣讲及实务培训", { exact: false }).waitFor();
    const legend = page.getByRole("note", { name: "标记图例" });
    expect(await legend.textContent()).toMatch(/重点关注.*待审核.*有在办批示/);
    // 205（1）'s completion and 206（4）'s extension wait for the office; 207（1） and task 204 are focus.
    const row = (text: string) => rows().filter({ hasText: text });
    await row("研究确定“揭榜挂帅”“赛马”流程")
      .getByRole("img", { name: "完成申报待审核" })
      .waitFor();
    await row("完善院士路院士铜像建设").getByRole("img", { name: "延期申请待审核" }).waitFor();
    await row("完成中心探测器不锈钢主结构的安装").getByRole("img", { name: "重点关注" }).waitFor();
    // Task 204 is marked as a whole: its three milestones show it.
    expect(await page.getByRole("img", { name: "重点关注" }).count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole("img", { name: /条在办批示$/ }).count()).toBeGreaterThan(0);
    // 206（2） was accepted on 17 March: its note, not the report before it, is the latest progress.
    expect(await row("围绕我市八大重点产业集群").textContent()).toContain(
      "《打好“院士牌”三年行动方案》已印发实施。",
    );
  }, 60_000);

  it("sorts on the server by 完成时限, status (worst first), 责任单位 and 序号", async () => {
    const label = (m: { task: { no: number }; seq: number | null }) =>
      `${String(m.task.no)}（${String(m.seq ?? "")}）`;
    const byDue = await sortBy("完成时限", "due");
    const dues = byDue.flatMap((m) => (m.due === null ? [] : [m.due]));
    expect(dues).toEqual([...dues].sort());
    expect(await firstRowCell(4)).toContain("3月31日");
    const latest = await sortBy("完成时限", "-due");
    expect(await firstRowCell(4)).toContain("12月");
    expect(latest[0]?.due).toBe(dues.at(-1));

    const worst = await sortBy("状态", "status");
    expect(worst.slice(0, 2).map((m) => m.status)).toEqual(["overdue", "overdue"]);
    expect(await firstRowCell(5)).toContain("逾期");
    // Worst first: the overdue rows of task 204, marked for focus, lead the table.
    await screenshot(page, "plan-table");
    await sortBy("责任单位", "unit");
    const table = await sortBy("序号", "position");
    expect(await firstRowCell(0)).toBe("75");
    const reversed = await sortBy("序号", "-position");
    expect(reversed.map(label)).toEqual(table.map(label).reverse());
    expect(await firstRowCell(0)).toBe("228");
    // A third click returns the table to its own order.
    await sortBy("序号", "position");
    expect(await firstRowCell(0)).toBe("75");
  }, 60_000);

  it("finds rows by 序号 in either bracket width, and by a unit's name", async () => {
    await search("205（3）");
    expect(await rows().count()).toBe(1);
    await search("205(3)");
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain("205");
    await search("五邑大学");
    expect(await rows().count()).toBe(2);
    await search("204");
    expect(await rows().count()).toBe(3);
    await search("");
    expect(await rows().count()).toBe(38);
  }, 60_000);

  it("prints the whole table with the plan's title, no demo banner and no link colour", async () => {
    await page.getByRole("button", { name: "打印" }).waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.getByText("演示数据", { exact: false }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    await page.getByText("2022年市政府重点工作任务分解表（市科技局牵头部分） · 截至").waitFor();
    // Strings: the tests are type-checked without the DOM library.
    const [link, cell] = await page.evaluate<[string, string]>(
      "(() => { const a = document.querySelector('tr.ant-table-row a');" +
        " return [getComputedStyle(a).color, getComputedStyle(a.closest('td')).color]; })()",
    );
    expect(link).toBe(cell);
    await screenshot(page, "plan-print");
    await page.emulateMedia({ media: "screen" });
  }, 60_000);

  it("shows the audit log by name, filters it by action, and downloads it as CSV", async () => {
    await page
      .getByRole("navigation", { name: "主菜单" })
      .getByRole("link", { name: "审计日志" })
      .click();
    await page.getByRole("heading", { name: "审计日志" }).waitFor();
    expect(await page.title()).toContain("审计日志");
    await rows().first().waitFor();
    // The office's own login, by the person's name.
    await rows().filter({ hasText: "周敏" }).filter({ hasText: "登录" }).first().waitFor();

    const answered = page.waitForResponse((response) =>
      response.url().includes("action=milestone.completion_approved"),
    );
    await page.getByRole("combobox", { name: "操作", exact: true }).fill("审核通过");
    await page.getByTitle("审核通过完成申报").click();
    await answered;
    await page.locator(".ant-spin-spinning").waitFor({ state: "detached" });
    const actions = await page.evaluate<string[]>(
      "[...document.querySelectorAll('tr.ant-table-row')].map((tr) => tr.querySelectorAll('td')[3].textContent)",
    );
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["审核通过完成申报"]));
    await screenshot(page, "audit");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /导出 CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^审计日志（2022-06-30）\.csv$/);
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("时间,操作人,单位,登录方式,操作,对象,对象编号,操作前,操作后");
    expect(lines).toHaveLength(actions.length + 1);
    expect(lines.slice(1).every((line) => line.includes(",审核通过完成申报,节点计划,"))).toBe(true);
  }, 60_000);
});
