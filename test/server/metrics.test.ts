import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-accounts.js";
import { freshConfig, testDialects } from "../support/databases.js";
import { readScrape, type Scrape } from "../support/prometheus-text.js";

/**
 * /metrics of a running server (startServer, as `duban serve` starts it) on the played
 * demo, read with a Prometheus text-format parser: the series are there, the plan's lights
 * are its dashboard's, each request is timed under its route, each reminder run counted.
 */

const scrape = async (app: FastifyInstance): Promise<Scrape> => {
  const response = await app.inject({ method: "GET", url: "/metrics" });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return readScrape(response.body);
};

const SERIES = {
  duban_build_info: "GAUGE",
  duban_http_request_duration_seconds: "HISTOGRAM",
  duban_plan_milestones: "GAUGE",
  duban_plan_info: "GAUGE",
  duban_reminder_runs_total: "COUNTER",
  duban_reminder_deliveries: "GAUGE",
  duban_reminder_last_digest_timestamp_seconds: "GAUGE",
  duban_reminder_lease_expiry_timestamp_seconds: "GAUGE",
  duban_backup_last_success_timestamp_seconds: "GAUGE",
  duban_backup_last_run_success: "GAUGE",
  duban_backup_last_verified_timestamp_seconds: "GAUGE",
  duban_backup_last_verification_success: "GAUGE",
  // prom-client's defaults, under their usual names.
  process_cpu_seconds_total: "COUNTER",
  process_resident_memory_bytes: "GAUGE",
  nodejs_eventloop_lag_seconds: "GAUGE",
  nodejs_heap_size_used_bytes: "GAUGE",
};

const DURATION_COUNT = "duban_http_request_duration_seconds_count";

for (const dialect of testDialects()) {
  describe(`/metrics of a running server [${dialect}]`, () => {
    let server: RunningServer | undefined;
    let dispose: (() => Promise<void>) | undefined;
    let call: (url: string) => Promise<LightMyRequestResponse>;

    beforeAll(async () => {
      const fresh = await freshConfig(dialect);
      dispose = fresh.dispose;
      server = await startServer({
        config: fresh.config,
        host: "127.0.0.1",
        port: 0,
        demo: true,
        adminPassword: "Scrape-Figures-Password-1",
        out: { write: () => true },
        settings: {
          ...DEFAULT_SERVER_SETTINGS,
          logLevel: "warn",
          // Ticks close together: a run comes within the test's patience.
          reminders: { ...DEFAULT_SERVER_SETTINGS.reminders, intervalSeconds: 2 },
        },
      });
      const app = server.app;
      const login = await app.inject({
        method: "POST",
        url: "/api/session",
        payload: { username: "office", password: DEMO_PASSWORD },
      });
      expect(login.statusCode, login.body).toBe(200);
      const cookie = login.cookies.find((c) => c.name === "duban_session")?.value ?? "";
      call = (url) => app.inject({ method: "GET", url, cookies: { duban_session: cookie } });
    }, 120_000);

    afterAll(async () => {
      await server?.stop();
      await dispose?.();
    }, 60_000);

    const app = (): FastifyInstance => {
      if (server === undefined) throw new Error("the server starts in beforeAll");
      return server.app;
    };

    it("serves every documented series with its type and help", async () => {
      const { families, value } = await scrape(app());
      for (const [name, type] of Object.entries(SERIES)) {
        expect(families.get(name)?.type, name).toBe(type);
        expect(families.get(name)?.help, name).not.toBe("");
      }
      const { version } = (await call("/api/health")).json<{ version: string }>();
      expect(value("duban_build_info", { version })).toBe(1);
    });

    it("counts the plan's milestones by light exactly as its dashboard does today", async () => {
      const plans = (await call("/api/plans")).json<{ items: { id: number; year: number }[] }>();
      expect(plans.items).toHaveLength(1);
      const [plan] = plans.items;
      const planId = String(plan?.id);
      const dashboard = (
        await call(`/api/plans/${planId}/status?milestones=none&tasks=none`)
      ).json<{
        lights: Record<"red" | "yellow" | "green", number>;
        counts: { done: number };
      }>();
      const expected = { ...dashboard.lights, done: dashboard.counts.done };
      // The demo shows every light on its day: the comparison is of four real figures.
      for (const count of Object.values(expected)) expect(count).toBeGreaterThan(0);
      const { value, samples } = await scrape(app());
      for (const [light, count] of Object.entries(expected)) {
        expect(value("duban_plan_milestones", { plan_id: planId, light }), light).toBe(count);
      }
      expect(samples("duban_plan_milestones")).toHaveLength(4);
      expect(samples("duban_plan_info")).toEqual([
        {
          labels: {
            plan_id: planId,
            year: String(plan?.year),
            title: expect.any(String) as unknown,
          },
          value: 1,
        },
      ]);
    });

    it("times each request under its route's pattern, never the address asked", async () => {
      const route = { route: "/api/plans/:id", method: "GET", status: "2xx" };
      const before = (await scrape(app())).samples(DURATION_COUNT);
      const counted = (s: readonly { labels: Record<string, string>; value: number }[]) =>
        s.find((x) => Object.entries(route).every(([k, v]) => x.labels[k] === v))?.value ?? 0;
      const plans = (await call("/api/plans")).json<{ items: { id: number }[] }>();
      const planId = String(plans.items[0]?.id);
      expect((await call(`/api/plans/${planId}`)).statusCode).toBe(200);
      expect((await call(`/api/plans/${planId}?revision=1`)).statusCode).toBe(200);
      expect((await call("/api/plans/999999")).statusCode).toBe(404);
      expect((await call("/api/no-such-thing/42")).statusCode).toBe(404);
      const after = await scrape(app());
      expect(counted(after.samples(DURATION_COUNT))).toBe(counted(before) + 2);
      expect(after.value(DURATION_COUNT, { ...route, status: "4xx" })).toBeGreaterThanOrEqual(1);
      expect(
        after.value(DURATION_COUNT, { route: "(no route)", status: "4xx" }),
      ).toBeGreaterThanOrEqual(1);
      const routes = new Set(after.samples(DURATION_COUNT).map((s) => s.labels.route ?? ""));
      for (const label of routes) expect(label).not.toMatch(/\/\d+(\/|\?|$)/);
    });

    it("counts the scheduler's reminder runs and reads the lease the sender renews", async () => {
      // The thread loads its modules anew (from source under vitest): the first run takes seconds.
      await expect
        .poll(
          async () => (await scrape(app())).value("duban_reminder_runs_total", { outcome: "ran" }),
          {
            timeout: 30_000,
            interval: 500,
          },
        )
        .toBeGreaterThanOrEqual(1);
      await expect
        .poll(
          async () => (await scrape(app())).value("duban_reminder_lease_expiry_timestamp_seconds"),
          {
            timeout: 30_000,
            interval: 500,
          },
        )
        .toBeGreaterThan(0);
      const { value } = await scrape(app());
      // Renewed at every tick, after the digests of the demo's day were made.
      expect(value("duban_reminder_lease_expiry_timestamp_seconds")).toBeGreaterThan(
        value("duban_reminder_last_digest_timestamp_seconds"),
      );
    });
  });
}
