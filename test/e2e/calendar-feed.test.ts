import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import {
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import { readIcs } from "../support/read-ics.js";

/** 订阅日历 on My unit: the demo's 市科技局 staff subscribes, a calendar app fetches, then revokes. */
describeInBrowser("subscribing to the unit's calendar in Chromium", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startE2eWorld();
  }, 90_000);

  afterAll(async () => {
    await world.close();
  });

  it("shows the feed's addresses once, which a calendar app reads without a session, and revokes it", async () => {
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(page, world.server.url, "kjj.staff", DEMO_PASSWORD);
    await page.goto(`${world.server.url}/my-unit`);
    await page.getByRole("button", { name: "订阅日历" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "生成订阅地址" }).click();
    const addresses = dialog.getByTestId("calendar-feed-addresses");
    await addresses.waitFor();
    const codes = await addresses.locator("code").allTextContents();
    const [https, webcal] = codes;
    expect(https).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/calendar-feeds\/dubancal_[\w-]+\/feed\.ics$/,
    );
    expect(webcal).toBe(https?.replace(/^http:/, "webcal:"));
    await dialog.getByTestId("calendar-feeds").waitFor();
    await screenshot(page, "calendar-feed");

    // What Outlook or a phone does: a plain GET with nothing but the address.
    const fetched = await fetch(https ?? "");
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const calendar = readIcs(await fetched.text());
    expect(calendar.name).toBe("督办日历·市科技局");
    expect(calendar.events.length).toBeGreaterThan(20);
    expect(calendar.events.every((event) => event.description.includes("市科技局"))).toBe(true);

    await dialog.getByRole("button", { name: /撤\s*销/ }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await dialog.getByTestId("calendar-feeds").waitFor({ state: "detached" });
    expect((await fetch(https ?? "")).status).toBe(404);
    await page.close();
  }, 60_000);
});
