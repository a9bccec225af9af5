import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
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

interface Waiting {
  readonly acknowledge: number;
  readonly report: number;
  readonly answer: number;
  readonly review: number;
  readonly decide: number;
}

/** A page that records every console error and uncaught exception from its first request. */
const watchedPage = async (world: E2eWorld) => {
  const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    errors.push(`pageerror: ${error.message}`);
  });
  return { page, errors };
};

const countIn = async (page: Page, testId: string): Promise<number> =>
  Number((await page.getByTestId(testId).innerText()).replace(/\D/g, "") || "0");

/** Opens the bell and checks each of its lines against the server's count; returns the counts. */
const openBell = async (
  page: Page,
  url: string,
  username: string,
  kinds: readonly (keyof Waiting)[],
): Promise<Waiting> => {
  const waiting = await (
    await apiClient(url, username, DEMO_PASSWORD)
  )<Waiting>("GET", "/api/session/waiting");
  await page.getByTestId("inbox-bell").click();
  for (const kind of kinds) {
    await page.getByTestId(`waiting-${kind}`).waitFor();
    expect(await countIn(page, `waiting-${kind}`), kind).toBe(waiting[kind]);
  }
  return waiting;
};

const titleOf = (page: Page): Promise<string> => page.title();

/**
 * What people meet every day: the bell and the menu's counts, tab titles,
 * the favicon, no errors in the console, dialogs that say what is missing,
 * an upload that shows its progress.
 */
describeInBrowser("everyday things in Chromium", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startE2eWorld();
  }, 120_000);
  afterAll(async () => {
    await world.close();
  });

  it("a unit leader's bell counts what the server counts and leads to it, without console errors", async () => {
    const { page, errors } = await watchedPage(world);
    const url = world.server.url;
    const favicon = await fetch(`${url}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("content-type")).toContain("image/svg+xml");

    await page.goto(url);
    await page.getByLabel("用户名").waitFor();
    expect(await titleOf(page)).toBe("登录 · 督办");
    await logIn(page, url, "kjj.leader", DEMO_PASSWORD);
    expect(await page.getByTestId("who").innerText()).toBe("陈志强（市科技局 · 单位负责人）");

    const waiting = await openBell(page, url, "kjj.leader", ["acknowledge", "report", "answer"]);
    expect(waiting.acknowledge + waiting.report + waiting.answer).toBeGreaterThan(0);
    expect(await page.getByTestId("waiting-review").count()).toBe(0);
    await screenshot(page, "notifications");

    await page.getByTestId("waiting-answer").click();
    await page.waitForURL(/\/instructions$/);
    await expect.poll(() => titleOf(page)).toBe("批示 · 督办");
    if (waiting.answer > 0) {
      expect(await countIn(page, "menu-waiting-instructions")).toBe(waiting.answer);
    }

    for (const [path, title] of [
      ["/plan", "计划总表 · 督办"],
      ["/my-unit", "本单位 · 督办"],
      ["/dashboard", "统计 · 督办"],
      ["/timeline", "进度图 · 督办"],
      ["/calendar", "日历 · 督办"],
    ] as const) {
      await page
        .getByRole("navigation", { name: "主菜单" })
        .getByRole("link", { name: title.split(" · ")[0] })
        .click();
      await page.waitForURL(new RegExp(`${path}$`));
      await expect.poll(() => titleOf(page)).toBe(title);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("the office's bell and the 审核 badge count reviews; empty dialogs say what is missing", async () => {
    const { page, errors } = await watchedPage(world);
    const url = world.server.url;
    await logIn(page, url, "office", DEMO_PASSWORD);
    expect(await page.getByTestId("who").innerText()).toBe("周敏（督查室）");
    const waiting = await openBell(page, url, "office", ["review", "decide"]);
    expect(await page.getByTestId("waiting-acknowledge").count()).toBe(0);
    if (waiting.review + waiting.decide > 0) {
      expect(await countIn(page, "menu-waiting-review")).toBe(waiting.review + waiting.decide);
    }
    await page.getByTestId("waiting-review").click();
    await page.waitForURL(/\/review$/);
    await expect.poll(() => titleOf(page)).toBe("审核 · 督办");

    await page.goto(`${url}/instructions`);
    await page.getByRole("button", { name: "录入批示" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await dialog.getByText("请选择任务").waitFor();
    expect(await dialog.locator(".ant-form-item-explain-error").count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("an import shows how much of the file has gone", async () => {
    const { page, errors } = await watchedPage(world);
    const url = world.server.url;
    await logIn(page, url, "admin", ADMIN_PASSWORD);
    await page.goto(`${url}/import`);
    // Held until the bar has been seen: a small file goes faster than a test can look.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/plans?*", async (route) => {
      await held;
      await route.continue();
    });
    await page.locator("input[type=file]").setInputFiles({
      name: "seed-2022-kjj.csv",
      mimeType: "text/plain",
      buffer: readFileSync(new URL("../fixtures/seed-2022-kjj.csv", import.meta.url)),
    });
    await page.getByRole("button", { name: /预览/ }).click();
    await page.getByTestId("upload-progress").waitFor();
    expect(await page.getByRole("progressbar", { name: "上传进度" }).count()).toBe(1);
    release();
    await page.getByTestId("import-preview").waitFor();
    expect(await page.getByTestId("upload-progress").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
