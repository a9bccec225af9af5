import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import {
  ADMIN_PASSWORD,
  describeInBrowser,
  logIn,
  screenshot,
  startE2eWorld,
  type E2eWorld,
} from "../support/e2e.js";
import { fixturePerson, fixtureDirectory, startSlapd, type Slapd } from "../support/slapd.js";

const zhang = fixturePerson("zhangsan");

/**
 * The directory from the browser (issue 19): the administrator syncs and
 * accepts the proposals in the admin screen, then a person of the directory
 * signs in with their directory password and lands in their unit.
 */
describeInBrowser("signing in with an LDAP directory", () => {
  let slapd: Slapd;
  let world: E2eWorld;
  let browser: Browser;

  beforeAll(async () => {
    slapd = await startSlapd();
    world = await startE2eWorld({
      auth: {
        ...DEFAULT_AUTH_SETTINGS,
        directory: fixtureDirectory(slapd.url),
      },
    });
    browser = world.browser;
  }, 120_000);
  afterAll(async () => {
    await world.close();
    await slapd.stop();
  });

  it("syncs, accepts, and signs a directory person in to their unit with the lowest role", async () => {
    const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await logIn(admin, world.server.url, "admin", ADMIN_PASSWORD);
    await admin.goto(`${world.server.url}/admin/directory`);
    await admin.getByRole("button", { name: "从目录同步" }).click();
    await admin.getByText("张三（zhangsan）→ 市发展改革委").waitFor();
    await admin.getByRole("button", { name: "全部接受：新建单位" }).click();
    await expect.poll(() => admin.getByText("新建单位", { exact: true }).count()).toBe(0);
    await screenshot(admin, "ldap-proposals");
    await admin.getByRole("button", { name: "全部接受：新建用户" }).click();
    await expect.poll(() => admin.getByText("张三（zhangsan）→ 市发展改革委").count()).toBe(0);
    await admin.close();

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(world.server.url);
    await page.getByText("目录账号").click();
    await screenshot(page, "ldap-login");
    await page.getByLabel("用户名").fill(zhang.uid);
    await page.getByLabel("密码").fill(zhang.password);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByTestId("who").waitFor();
    await expect.poll(() => page.getByTestId("who").innerText()).toMatch(/张三/);
    const session = await page.evaluate(async () => {
      const response = await fetch("/api/session");
      return (await response.json()) as {
        signIn: string;
        user: { unitName: string; role: string };
      };
    });
    expect(session).toMatchObject({
      signIn: "ldap",
      user: { unitName: "市发展改革委", role: "unit_staff" },
    });
    await page.close();
  }, 120_000);
});
