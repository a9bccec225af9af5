import { expect, it } from "vitest";
import { z } from "zod";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { DubanError } from "../../src/services/duban-error.js";
import { message, type Message } from "../../src/domain/message.js";
import { BODY_LIMIT_BYTES } from "../../src/server/build-app.js";
import { describeEachDatabase } from "../support/databases.js";
import { appFor } from "./app-for.js";

const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

describeEachDatabase("HTTP basics", ({ open }) => {
  it("answers an unknown route with the error shape", async () => {
    const app = await appFor(open);
    const response = await app.inject({ method: "GET", url: "/api/nothing-here?token=secret" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: {
        status: 404,
        code: "route.not_found",
        message: {
          zh: expect.any(String) as unknown,
          en: "No such endpoint: GET /api/nothing-here",
        },
      },
    });
  });

  it("sets the security headers on successes and errors alike", async () => {
    const app = await appFor(open);
    for (const url of ["/api/health", "/api/nowhere"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.headers).toMatchObject(SECURITY_HEADERS);
    }
    // The browser app's pages: scripts only its own, inline styles for Ant Design, never framed.
    const page = await app.inject({ method: "GET", url: "/plans/1" });
    // The app routes its own pages: any page path is its index.html (built by npm run build).
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.headers).toMatchObject({
      ...SECURITY_HEADERS,
      "content-security-policy":
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    });
  });

  it("sends the app's files compressed as built, to a browser that accepts it", async () => {
    const app = await appFor(open);
    const page = await app.inject({ method: "GET", url: "/" });
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1] ?? "";
    const plain = await app.inject({ method: "GET", url: script });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const encoding of ["br", "gzip"]) {
      const packed = await app.inject({
        method: "GET",
        url: script,
        headers: { "accept-encoding": encoding },
      });
      expect(packed.headers["content-encoding"]).toBe(encoding);
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    }
  });

  it("echoes a request id: the one sent, or a new one", async () => {
    const app = await appFor(open);
    const sent = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": "trace-42" },
    });
    expect(sent.headers["x-request-id"]).toBe("trace-42");
    const forged = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": "bad\nid" },
    });
    expect(forged.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("hides a bug's message and stack, and logs it with the request id", async () => {
    const lines: string[] = [];
    const app = await appFor(open, {
      level: "error",
      stream: { write: (line: string) => void lines.push(line) },
    });
    app.get("/test/throws", { config: { public: true } }, () => {
      throw new Error("secret detail at /srv/duban/db.ts");
    });
    const response = await app.inject({
      method: "GET",
      url: "/test/throws",
      headers: { "x-request-id": "req-500" },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ error: { status: 500, code: "internal" } });
    expect(response.body).not.toContain("secret");
    expect(response.body).not.toMatch(/\bat \S+:\d+/);
    expect(response.body).not.toContain("stack");
    const logged = lines.map((line) => JSON.parse(line) as { reqId?: string; err?: unknown });
    expect(logged).toContainEqual(expect.objectContaining({ reqId: "req-500" }));
    expect(lines.join("")).toContain("secret detail");
  });

  it("maps a validation failure to 400 with the first field and every issue", async () => {
    const app = await appFor(open);
    app
      .withTypeProvider<ZodTypeProvider>()
      .post(
        "/test/validated",
        { schema: { body: z.object({ year: z.number().int(), title: z.string() }) } },
        () => ({}),
      );
    const response = await app.inject({
      method: "POST",
      url: "/test/validated",
      payload: { year: "2022" },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { field: string; details: unknown[] } }>();
    expect(error).toMatchObject({ code: "validation.failed", field: "body.year" });
    expect(error.details).toHaveLength(2);
  });

  it("names the refused field as people know it, keeping the dotted path for scripts", async () => {
    const app = await appFor(open);
    app
      .withTypeProvider<ZodTypeProvider>()
      .post(
        "/test/files",
        { schema: { body: z.object({ files: z.array(z.string()), version: z.number() }) } },
        () => ({}),
      );
    const response = await app.inject({
      method: "POST",
      url: "/test/files",
      payload: { files: [1], version: 1 },
    });
    const { error } = response.json<{ error: { field: string; message: Message } }>();
    expect(error.field).toBe("body.files.0");
    expect(error.message).toEqual({
      zh: "第1个「文件」填写有误，请检查后重试",
      en: 'The "file" number 1 is not accepted; check it and try again',
    });
    expect(JSON.stringify(error.message)).not.toContain("body.");
  });

  it("maps use case failures through the one status map", async () => {
    const app = await appFor(open);
    app.get("/test/missing", { config: { public: true } }, () => {
      throw new DubanError("plan.not_found", message("没有", "none"));
    });
    app.get("/test/invalid-file", { config: { public: true } }, () => {
      throw new DubanError("import.invalid_file", message("错", "bad"), { diagnostics: [] });
    });
    const missing = await app.inject({ method: "GET", url: "/test/missing" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: { status: 404, code: "plan.not_found", message: { zh: "没有", en: "none" } },
    });
    const invalid = await app.inject({ method: "GET", url: "/test/invalid-file" });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({ error: { details: { diagnostics: [] } } });
  });

  it("refuses a body over the limit with 413", async () => {
    const app = await appFor(open);
    app.post("/test/echo", () => ({}));
    const response = await app.inject({
      method: "POST",
      url: "/test/echo",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify("x".repeat(BODY_LIMIT_BYTES)),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: {
        status: 413,
        code: "request.too_large",
        message: {
          zh: "请求内容超过 1 MiB 的上限",
          en: "The request body exceeds the 1 MiB limit",
        },
      },
    });
  });

  it("says a route's own words for a body over its limit", async () => {
    const app = await appFor(open);
    const tooLarge = message("佐证材料过多", "Too much evidence");
    app.post("/test/evidence", { bodyLimit: 16, config: { tooLarge } }, () => ({}));
    const response = await app.inject({
      method: "POST",
      url: "/test/evidence",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify("x".repeat(64)),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: { status: 413, code: "request.too_large", message: tooLarge },
    });
  });
});
