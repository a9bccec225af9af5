import { expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/server/build-app.js";
import { loggerOptions } from "../../src/server/logging.js";
import { DEFAULT_SERVER_SETTINGS } from "../../src/server/server-settings.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
import { describeEachDatabase } from "../support/databases.js";
import { PASSWORD } from "../support/http-session.js";

/**
 * The server's log as `duban serve` writes it (the same pino options): one JSON line per
 * request with its time, level, message and request id, and no secret of any request in it.
 */

const METRICS_TOKEN = "metrics-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const LINK_SECRET = "lnk-7Q2wE9rT4yU1iO3pA5sD";
const FEED_SECRET = "feed-Z8xC6vB4nM2kJ0hG9fDs";
const QUERY_SECRET = "qry-L5kJ3hG1fD9sA7pO5iU3";

interface LogLine {
  readonly time: string;
  readonly level: string;
  readonly msg: string;
  readonly reqId?: string;
  readonly req?: { readonly method: string; readonly url: string; readonly remoteAddress: string };
  readonly res?: { readonly statusCode: number };
  readonly responseTime?: number;
}

describeEachDatabase("the request log", ({ open }) => {
  it("writes one JSON line per request, with its id, and never a secret", async () => {
    const db = await open();
    await bootstrapAdministrator(db, PASSWORD, new Date());
    const written: string[] = [];
    const app = await buildApp({
      db,
      logger: {
        ...loggerOptions("info"),
        stream: { write: (line: string) => void written.push(line) },
      },
      settings: { ...DEFAULT_SERVER_SETTINGS, metrics: { enabled: true, token: METRICS_TOKEN } },
    });
    onTestFinished(() => app.close());

    const login = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "admin", password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === "duban_session")?.value ?? "";
    const { csrfToken, user } = login.json<{ csrfToken: string; user: { unitId: number } }>();
    const issued = await app.inject({
      method: "POST",
      url: "/api/tokens",
      cookies: { duban_session: cookie },
      headers: { "x-csrf-token": csrfToken },
      payload: { name: "报表同步", unitId: user.unitId, role: "supervisor" },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const apiToken = issued.json<{ token: string }>().token;
    const requests = [
      login,
      issued,
      await app.inject({
        method: "GET",
        url: "/api/plans",
        headers: { authorization: `Bearer ${apiToken}` },
      }),
      await app.inject({
        method: "GET",
        url: "/metrics",
        remoteAddress: "203.0.113.7",
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      }),
      await app.inject({ method: "GET", url: `/api/link/${LINK_SECRET}` }),
      await app.inject({ method: "GET", url: `/api/calendar-feeds/${FEED_SECRET}/feed.ics` }),
      await app.inject({ method: "GET", url: `/api/health?token=${QUERY_SECRET}&x=1` }),
    ];

    const lines = written.map((line) => JSON.parse(line) as LogLine);
    const completed = lines.filter((line) => line.msg === "request completed");
    expect(completed).toHaveLength(requests.length);
    expect(completed.map((line) => line.reqId)).toEqual(
      requests.map((response) => response.headers["x-request-id"]),
    );
    for (const line of completed) {
      expect(line).toMatchObject({
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown,
        level: "info",
        req: { method: expect.any(String) as unknown, url: expect.any(String) as unknown },
        res: { statusCode: expect.any(Number) as unknown },
        responseTime: expect.any(Number) as unknown,
      });
    }
    expect(completed.map((line) => line.req?.url)).toEqual([
      "/api/session",
      "/api/tokens",
      "/api/plans",
      "/metrics",
      "/api/link/***",
      "/api/calendar-feeds/***/feed.ics",
      "/api/health?token=***&x=1",
    ]);

    const log = written.join("");
    for (const secret of [
      PASSWORD,
      cookie,
      csrfToken,
      apiToken,
      METRICS_TOKEN,
      LINK_SECRET,
      FEED_SECRET,
      QUERY_SECRET,
    ]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log).not.toContain(secret);
    }
  });
});
