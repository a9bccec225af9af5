import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { axeFindings as findings } from "../support/axe-findings.js";
import { describeInBrowser, logIn, startE2eWorld, type E2eWorld } from "../support/e2e.js";

interface Screen {
  readonly path: string;
  /** Something the screen shows once its data is in. */
  readonly ready: (page: Page) => Promise<void>;
}

const heading = (text: string) => (page: Page) =>
  page.getByText(text, { exact: false }).first().waitFor();

const OFFICE_SCREENS: readonly Screen[] = [
  { path: "/plan", ready: heading("组织高新技术企业政策宣讲及实务培训") },
  { path: "/review", ready: heading("待审核") },
  { path: "/instructions", ready: heading("批示") },
  { path: "/dashboard", ready: heading("状态分布") },
  { path: "/timeline", ready: heading("节点进度图") },
  { path: "/calendar", ready: heading("休") },
  { path: "/admin/settings", ready: heading("计划设置") },
  // The newest entries: the office's own login.
  { path: "/audit", ready: heading("登录") },
];

const UNIT_SCREENS: readonly Screen[] = [
  { path: "/my-unit", ready: heading("待签收") },
  // The reference plan's first milestone: 市科技局 leads every one.
  { path: "/milestones/1", ready: heading("基本情况") },
  { path: "/account", ready: heading("修改密码") },
];

/** axe-core in Debian's Chromium over the main screens, as the office and as a unit. */
describeInBrowser("accessibility of the main screens", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startE2eWorld();
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  const check = async (username: string, screens: readonly Screen[]) => {
    // axe runs its frames in a page of the same context: a context of its own, not browser.newPage.
    const context = await world.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(world.server.url);
    expect(await findings(page), "the login page").toEqual([]);
    await logIn(page, world.server.url, username, DEMO_PASSWORD);
    for (const screen of screens) {
      await page.goto(`${world.server.url}${screen.path}`);
      await screen.ready(page);
      expect(await findings(page), screen.path).toEqual([]);
    }
    await context.close();
  };

  it("finds no WCAG 2.1 AA violation on the office's screens", async () => {
    await check("office", OFFICE_SCREENS);
  }, 180_000);

  it("finds no WCAG 2.1 AA violation on a unit's screens", async () => {
    await check("kjj.leader", UNIT_SCREENS);
  }, 120_000);
});
