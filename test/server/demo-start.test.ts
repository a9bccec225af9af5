import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { shellActor } from "../../src/policies/actor.js";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { freshConfig, testDialects } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { mutableClock, type MutableClock } from "../support/http-session.js";

const ADMIN_PASSWORD = "correct-horse-battery";

const start = async (config: DatabaseConfig, clock: MutableClock) => {
  let printed = "";
  const server = await startServer({
    config,
    host: "127.0.0.1",
    port: 0,
    demo: true,
    adminPassword: ADMIN_PASSWORD,
    out: { write: (text: string) => (printed += text) },
    settings: {
      ...DEFAULT_SERVER_SETTINGS,
      clock: () => clock.now,
      reminders: { ...DEFAULT_SERVER_SETTINGS.reminders, enabled: false },
    },
  });
  return { server, printed };
};

const logIn = async (server: RunningServer, username: string, password: string) => {
  const response = await server.app.inject({
    method: "POST",
    url: "/api/session",
    payload: { username, password },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === "duban_session");
  const body = response.json<{ today: string; csrfToken: string }>();
  return {
    today: body.today,
    setCookie: String(response.headers["set-cookie"]),
    get: (url: string) =>
      server.app.inject({ method: "GET", url, cookies: { duban_session: cookie?.value ?? "" } }),
    post: (url: string, payload: object) =>
      server.app.inject({
        method: "POST",
        url,
        payload,
        cookies: { duban_session: cookie?.value ?? "" },
        headers: { "x-csrf-token": body.csrfToken },
      }),
  };
};

const health = async (server: RunningServer) =>
  (await server.app.inject({ method: "GET", url: "/api/health" })).json<{
    demo: { asOf: string; accounts: { username: string }[] } | null;
  }>();

for (const dialect of testDialects()) {
  describe(`duban serve with the demo [${dialect}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    const database = async () => {
      const { config, dispose } = await freshConfig(dialect);
      cleanups.push(dispose);
      return config;
    };
    const running = async (config: DatabaseConfig, clock: MutableClock) => {
      const started = await start(config, clock);
      cleanups.push(() => started.server.stop());
      return started;
    };

    it("seeds an empty database once, and runs in demo time from then on across restarts", async () => {
      const config = await database();
      // Whatever the real date, the demo starts on 2022-06-30 at 09:00 in Shanghai.
      const clock = mutableClock(new Date("2026-03-02T03:04:05Z"));
      const first = await running(config, clock);
      expect(first.printed).toMatch(/created the administrator "admin"/);
      expect(first.printed).toContain(`password ${DEMO_PASSWORD}`);
      for (const { username } of DEMO_ACCOUNTS) expect(first.printed).toContain(username);
      expect(await health(first.server)).toMatchObject({
        demo: {
          asOf: "2022-06-30",
          accounts: DEMO_ACCOUNTS.map(({ username, unit, role }) => ({ username, unit, role })),
        },
      });

      const staff = await logIn(first.server, "kjj.staff", DEMO_PASSWORD);
      expect(staff.today).toBe("2022-06-30");
      // The cookie lives by Max-Age, not by a date the shifted clock would put in the past.
      expect(staff.setCookie).toMatch(/Max-Age=\d+/);
      expect(staff.setCookie).not.toMatch(/Expires=/);

      // A report made now is dated in demo time and counts in today's status.
      const list = await staff.get("/api/milestones?q=%E9%99%A2%E5%A3%AB%E6%81%B3%E8%B0%88");
      const [milestone] = list.json<{
        items: { id: number; workflow: { version: number } }[];
      }>().items;
      expect(milestone).toBeDefined();
      const reported = await staff.post(`/api/milestones/${milestone?.id}/reports`, {
        version: milestone?.workflow.version,
        text: "恳谈会筹备中",
      });
      expect(reported.statusCode, reported.body).toBe(201);
      const after = await staff.get(`/api/milestones/${milestone?.id}`);
      expect(after.json()).toMatchObject({
        asOf: "2022-06-30",
        latestReport: { on: "2022-06-30", text: "恳谈会筹备中" },
      });

      // Idle for 20 minutes of the shifted clock: the session is still good.
      clock.advanceMinutes(20);
      expect((await staff.get("/api/session")).statusCode).toBe(200);
      await first.server.stop();

      // A day later, a restart: nothing seeded again, and the demo's day has moved on by one.
      clock.advanceMinutes(24 * 60);
      const second = await running(config, clock);
      expect(second.printed).not.toMatch(/demo|演示|administrator/);
      expect((await health(second.server)).demo?.asOf).toBe("2022-06-30");
      const office = await logIn(second.server, "office", DEMO_PASSWORD);
      expect(office.today).toBe("2022-07-01");
      const plans = (await office.get("/api/plans")).json<{ items: unknown[] }>();
      expect(plans.items).toHaveLength(1);
      // On 1 July the four milestones due on 30 June that were not done are overdue too.
      const overdue = await office.get("/api/milestones?status=overdue");
      expect(overdue.json<{ total: number }>().total).toBe(6);
    }, 180_000);

    it("gives a database with a plan no demo, on the real clock", async () => {
      const config = await database();
      const db = openDatabase(config);
      await migrateToLatest(db);
      await importPlanFile(db, {
        bytes: readFixture("seed-2022-kjj.docx"),
        fileName: "seed-2022-kjj.docx",
        actor: shellActor("cli:test"),
      });
      await db.close();

      const clock = mutableClock(new Date("2026-03-02T03:04:05Z"));
      const { server, printed } = await running(config, clock);
      expect(printed).not.toMatch(/demo|演示/);
      expect((await health(server)).demo).toBeNull();
      const admin = await logIn(server, "admin", ADMIN_PASSWORD);
      expect(admin.today).toBe("2026-03-02");
    }, 60_000);
  });
}
