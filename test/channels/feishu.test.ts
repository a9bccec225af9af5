import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { deliver, type DeliveryOptions } from "../../src/channels/channel.js";
import { FEISHU_MAX_BODY_BYTES, feishuBody } from "../../src/channels/feishu.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import { NOW, now, reminder } from "./sample-message.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";

let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const options: DeliveryOptions = { now, timeoutMs: 2000, destinations: LOCAL_RECEIVERS };
const SECRET = "feishu-secret";

const start = async (): Promise<{ server: HttpReceiver; url: string }> => {
  receiver = await startHttpReceiver(json(200, { code: 0, msg: "success", data: {} }));
  return { server: receiver, url: `${receiver.origin}/open-apis/bot/v2/hook/xxxx-yyyy` };
};

const paragraphs = (text: string) => text.split("\n").map((line) => [{ tag: "text", text: line }]);

describe("Feishu custom bot", () => {
  it("POSTs a post (rich text) with the title and the text's lines, unsigned", async () => {
    const { server, url } = await start();
    const result = await deliver({ kind: "feishu", url }, reminder, options);
    expect(result).toEqual({ ok: true, detail: "Feishu accepted: HTTP 200, code 0" });
    expect(server.requests[0]?.url).toBe("/open-apis/bot/v2/hook/xxxx-yyyy");
    expect(JSON.parse(server.requests[0]?.body.toString("utf8") ?? "null")).toEqual({
      msg_type: "post",
      content: { post: { zh_cn: { title: reminder.title, content: paragraphs(reminder.text) } } },
    });
  });

  it("signs with timestamp (seconds, a string) and sign in the body", async () => {
    const { server, url } = await start();
    await deliver({ kind: "feishu", url, secret: SECRET }, reminder, options);
    const body = JSON.parse(server.requests[0]?.body.toString("utf8") ?? "null") as Record<
      string,
      unknown
    >;
    expect(body.timestamp).toBe("1656378000");
    // Computed with Python's hmac: key "<timestamp>\n<secret>", empty message, base64.
    expect(body.sign).toBe("a+C1CIae9M15Xe5Y9PoXsJ8lR4qBAwZ3lokucr01Uzg=");
    const recomputed = createHmac("sha256", `${NOW.getTime() / 1000}\n${SECRET}`)
      .update(Buffer.alloc(0))
      .digest("base64");
    expect(body.sign).toBe(recomputed);
    expect(body.msg_type).toBe("post");
  });

  it("reads code: flow control retryable (also with HTTP 400/429), others permanent", async () => {
    const { server, url } = await start();
    const contact = { kind: "feishu", url, secret: SECRET } as const;
    server.respondWith(json(200, { code: 11232, msg: "frequency limited", data: {} }));
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(400, { code: 99991400, msg: "request trigger frequency limit" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(429, { code: 99991400, msg: "request trigger frequency limit" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(
      json(200, {
        code: 19021,
        msg: "sign match fail or timestamp is not within one hour from current time",
        data: {},
      }),
    );
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
    server.respondWith(json(400, { code: 9499, msg: "Bad Request", data: {} }));
    const bad = await deliver(contact, reminder, options);
    expect(bad).toEqual({
      ok: false,
      retryable: false,
      error: "Feishu answered HTTP 400, code 9499",
    });
  });

  it("accepts the older StatusCode answer", async () => {
    const { server, url } = await start();
    server.respondWith(json(200, { StatusCode: 0, StatusMessage: "success" }));
    expect(await deliver({ kind: "feishu", url }, reminder, options)).toMatchObject({ ok: true });
  });

  it("treats HTTP 500 as retryable and times out retryably", async () => {
    const { server, url } = await start();
    server.respondWith(json(503, {}));
    expect(await deliver({ kind: "feishu", url }, reminder, options)).toMatchObject({
      ok: false,
      retryable: true,
    });
    server.respondWith(() => undefined);
    expect(
      await deliver({ kind: "feishu", url }, reminder, { ...options, timeoutMs: 200 }),
    ).toMatchObject({ ok: false, retryable: true });
  });

  it("keeps the body within 20 KB, cutting the text", () => {
    const long = { ...reminder, text: Array.from({ length: 3000 }, () => "督办事项").join("\n") };
    const body = feishuBody(long, SECRET, NOW);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(FEISHU_MAX_BODY_BYTES);
    const parsed = JSON.parse(body) as {
      content: { post: { zh_cn: { content: { text: string }[][] } } };
    };
    const lines = parsed.content.post.zh_cn.content.map((p) => p[0]?.text);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.at(-1)?.endsWith("…")).toBe(true);
    expect(lines.slice(0, -1).every((line) => line === "督办事项")).toBe(true);
  });
});
