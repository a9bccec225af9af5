import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterEach, describe } from "vitest";
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from "../../src/server/server-settings.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { testSwitch } from "./test-switch.js";

/**
 * `describe` for a suite that drives Chromium. DUBAN_TEST_BROWSER=0 skips it:
 * CI runs the browser tests under one Node line only (.ci/run), since they
 * exercise Chromium and the app, not the runtime.
 */
export const describeInBrowser = describe.skipIf(
  !testSwitch("DUBAN_TEST_BROWSER", "runs the browser tests"),
);

/** The browsers of the worlds this file has running. */
const liveBrowsers = new Set<Browser>();

/** What a failed browser test leaves: one screenshot per open page. */
const FAILURES = new URL("../../test-results/e2e-failures/", import.meta.url);

/** What a screen says went wrong: alerts, Ant Design's toasts and the open dialogs' titles. */
const SAYS = "[role=alert], .ant-message-notice, .ant-notification-notice, .ant-modal-title";

/**
 * A browser test that fails on a busy machine is hard to read from its assertion
 * alone ("the card is still there"): every page still open is saved as a
 * screenshot and its address and what it says are printed beside the failure.
 * A hook at the top of this module is one of every test file that imports it.
 */
afterEach(async ({ task }) => {
  if (task.result?.state !== "fail" || liveBrowsers.size === 0) return;
  mkdirSync(FAILURES, { recursive: true });
  const pages = [...liveBrowsers].flatMap((browser) =>
    browser.contexts().flatMap((context) => context.pages()),
  );
  const slug = task.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60);
  for (const [index, page] of pages.entries()) {
    const file = fileURLToPath(new URL(`${slug}-${String(index)}.png`, FAILURES));
    const said = await page
      .locator(SAYS)
      .allInnerTexts()
      .catch((error: unknown) => [String(error)]);
    await page.screenshot({ path: file }).catch(() => undefined);
    console.error(`page ${String(index)} at ${page.url()} (${file}) says: ${JSON.stringify(said)}`);
  }
});

export const ADMIN_PASSWORD = "correct-horse-battery";

/**
 * The end-to-end tests live on 2022-06-30, 10:00 in Shanghai, halfway through
 * the reference plan's year, with the clock running from there.
 */
export const E2E_START = new Date("2022-06-30T02:00:00Z");

const SCREENSHOTS = new URL("../../docs/screenshots/", import.meta.url);

export interface E2eWorld {
  readonly server: RunningServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * A real server on a fresh SQLite file with the demo data, and Debian's Chromium; `settings`
 * over the defaults (reminders stay off: the scheduler must not send on its own).
 */
export const startE2eWorld = async (
  settings: Partial<Omit<ServerSettings, "clock">> = {},
  /** 0: any free port; a fixed one where the address must be known before (a provider's redirect). */
  port = 0,
): Promise<E2eWorld> => {
  const data = mkdtempSync(join(tmpdir(), "duban-e2e-"));
  const started = Date.now();
  const server = await startServer({
    config: { kind: "sqlite", file: join(data, "duban.sqlite") },
    host: "127.0.0.1",
    port,
    demo: true,
    adminPassword: ADMIN_PASSWORD,
    out: { write: () => true },
    settings: {
      ...DEFAULT_SERVER_SETTINGS,
      // Requests are what the browser does; the test's own output says what matters.
      logLevel: "warn",
      ...settings,
      clock: () => new Date(E2E_START.getTime() + (Date.now() - started)),
      reminders: {
        ...DEFAULT_SERVER_SETTINGS.reminders,
        ...settings.reminders,
        enabled: false,
      },
    },
  });
  const browser = await chromium
    .launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    })
    .catch(async (error: unknown) => {
      await server.stop();
      rmSync(data, { recursive: true, force: true });
      throw error;
    });
  liveBrowsers.add(browser);
  return {
    server,
    browser,
    close: async () => {
      liveBrowsers.delete(browser);
      await browser.close();
      await server.stop();
      rmSync(data, { recursive: true, force: true });
    },
  };
};

/** Logs in through the login page and waits for the app's header. */
export const logIn = async (page: Page, url: string, username: string, password: string) => {
  await page.goto(url);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  // Ant Design puts a space between two Chinese characters of a button.
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByTestId("who").waitFor();
};

/** Saves docs/screenshots/NAME.png; look at it after a change to the screen. */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: false });
};

/**
 * A client of the API for setting a scene (users, reports) before the browser
 * acts, logged in like any user: session cookie and CSRF token.
 */
export const apiClient = async (url: string, username: string, password: string) => {
  const login = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`log in as ${username}: HTTP ${String(login.status)}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  // A FormData body goes as multipart (evidence uploads), anything else as JSON.
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const form = body instanceof FormData;
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        "x-csrf-token": csrfToken,
        ...(body === undefined || form ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${String(response.status)} ${text}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  };
};
