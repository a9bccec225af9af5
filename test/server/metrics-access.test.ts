import type { FastifyInstance, InjectOptions } from "fastify";
import { expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/server/build-app.js";
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from "../../src/server/server-settings.js";
import { isAppPage } from "../../src/server/web-app.js";
import { describeEachDatabase } from "../support/databases.js";
import type { Database } from "../../src/db/database.js";

/**
 * Who may read /metrics: this machine straight to the port, or anyone with the metrics
 * token; never a request that came through a proxy without it, whatever DUBAN_TRUST_PROXY.
 */

const TOKEN = "m3tr1cs-t0ken-0123456789abcdef0123456789";
const REMOTE = "203.0.113.7";

const appWith = async (
  open: () => Promise<Database>,
  settings: Partial<ServerSettings> = {},
): Promise<FastifyInstance> => {
  const app = await buildApp({
    db: await open(),
    settings: { ...DEFAULT_SERVER_SETTINGS, ...settings },
  });
  onTestFinished(() => app.close());
  return app;
};

const scrape = (app: FastifyInstance, options: Omit<InjectOptions, "method" | "url"> = {}) =>
  app.inject({ method: "GET", url: "/metrics", ...options });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const withToken = { metrics: { enabled: true, token: TOKEN } };

describeEachDatabase("who may read /metrics", ({ open }) => {
  it("answers this machine without any login, in Prometheus's text format", async () => {
    const app = await appWith(open);
    for (const remoteAddress of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      const response = await scrape(app, { remoteAddress });
      expect(response.statusCode, remoteAddress).toBe(200);
      expect(response.headers["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8");
      expect(response.body).toContain("# TYPE duban_build_info gauge");
    }
  });

  it("refuses another address without a token configured, and says how to allow it", async () => {
    const app = await appWith(open);
    const response = await scrape(app, { remoteAddress: REMOTE });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      error: {
        code: "auth.forbidden",
        message: { en: expect.stringContaining("DUBAN_METRICS_TOKEN") as unknown },
      },
    });
    expect(response.body).not.toContain("duban_");
  });

  it("answers the right token from anywhere, and refuses a missing or wrong one", async () => {
    const app = await appWith(open, withToken);
    expect((await scrape(app, { remoteAddress: REMOTE, headers: bearer(TOKEN) })).statusCode).toBe(
      200,
    );
    const missing = await scrape(app, { remoteAddress: REMOTE });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ error: { code: "auth.required" } });
    for (const wrong of [TOKEN.slice(0, -1), `${TOKEN}x`, "x".repeat(TOKEN.length)]) {
      const response = await scrape(app, { remoteAddress: REMOTE, headers: bearer(wrong) });
      expect(response.statusCode).toBe(401);
      expect(response.body).not.toContain("duban_");
    }
    // A token sent is checked even from this machine: the caller meant to authenticate.
    expect((await scrape(app, { headers: bearer("not-the-token") })).statusCode).toBe(401);
  });

  it("takes no session or API token for the metrics token, nor the other way round", async () => {
    const app = await appWith(open, withToken);
    // The metrics token is not an API token: the API refuses it.
    const api = await app.inject({ method: "GET", url: "/api/plans", headers: bearer(TOKEN) });
    expect(api.statusCode).toBe(401);
    const cookie = await scrape(app, {
      remoteAddress: REMOTE,
      cookies: { duban_session: "a-session-id" },
    });
    expect(cookie.statusCode).toBe(401);
  });

  it("refuses what came through a proxy, trusted or not, unless it brings the token", async () => {
    for (const trustProxy of [true, false]) {
      const app = await appWith(open, { ...withToken, trustProxy });
      // A proxy on this machine: the socket is loopback, the client is elsewhere.
      for (const headers of [
        { "x-forwarded-for": REMOTE },
        { "x-forwarded-for": "127.0.0.1" },
        { "x-forwarded-for": `127.0.0.1, ${REMOTE}` },
        { forwarded: `for=${REMOTE}` },
        { "x-real-ip": REMOTE },
      ]) {
        const refused = await scrape(app, { remoteAddress: "127.0.0.1", headers });
        expect(refused.statusCode, `${String(trustProxy)} ${JSON.stringify(headers)}`).toBe(401);
        const allowed = await scrape(app, {
          remoteAddress: "127.0.0.1",
          headers: { ...headers, ...bearer(TOKEN) },
        });
        expect(allowed.statusCode).toBe(200);
      }
      // A scraper on this machine, straight to the port.
      expect((await scrape(app, { remoteAddress: "127.0.0.1" })).statusCode).toBe(200);
    }
  });

  it("is no route at all with DUBAN_METRICS=0, never the web app's page", async () => {
    const app = await appWith(open, { metrics: { enabled: false, token: TOKEN } });
    const response = await scrape(app);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "route.not_found" } });
    expect(isAppPage("GET", "/metrics")).toBe(false);
    expect(isAppPage("GET", "/metrics?x=1")).toBe(false);
    expect(isAppPage("GET", "/plans/1")).toBe(true);
  });

  it("stays out of the API document and out of the per-address rate limit", async () => {
    const app = await appWith(open, { rateLimitPerMinute: 2 });
    const document = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(Object.keys(document.json<{ paths: object }>().paths)).not.toContain("/metrics");
    const health = () => app.inject({ method: "GET", url: "/api/health" });
    expect((await health()).statusCode).toBe(200);
    expect((await health()).statusCode).toBe(429);
    // The address has used its minute up, and its scraper still gets through.
    for (let scrapes = 0; scrapes < 5; scrapes += 1) {
      expect((await scrape(app)).statusCode).toBe(200);
    }
  });
});
