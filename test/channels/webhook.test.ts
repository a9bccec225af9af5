import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { deliver, type DeliveryOptions } from "../../src/channels/channel.js";
import { verifyWebhookSignature } from "../../src/channels/webhook.js";
import {
  closedPort,
  json,
  startHttpReceiver,
  type HttpReceiver,
} from "../support/http-receiver.js";
import { NOW, now, reminder } from "./sample-message.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";

const SECRET = "whsec-test";
let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const options: DeliveryOptions = { now, timeoutMs: 2000, destinations: LOCAL_RECEIVERS };

const start = async (status = 204): Promise<HttpReceiver> => {
  receiver = await startHttpReceiver((_request, response) => {
    response.writeHead(status);
    response.end();
  });
  return receiver;
};

describe("generic webhook", () => {
  it("POSTs the reminder as JSON, signed over timestamp and body", async () => {
    const server = await start(204);
    const result = await deliver(
      { kind: "webhook", url: `${server.origin}/hooks/duban?x=1`, secret: SECRET },
      reminder,
      options,
    );
    expect(result).toEqual({ ok: true, detail: "HTTP 204" });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    if (request === undefined) throw new Error("no request");
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/hooks/duban?x=1");
    expect(request.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(request.body.toString("utf8"))).toEqual({
      type: "duban.reminder",
      id: reminder.dedupeKey,
      title: reminder.title,
      text: reminder.text,
      markdown: reminder.markdown,
      sentAt: "2022-06-28T01:00:00.000Z",
    });
    const timestamp = request.headers["x-duban-timestamp"];
    expect(timestamp).toBe(String(NOW.getTime() / 1000));
    // Recomputed here from the bytes received, as a receiver in any language would.
    const expected = createHmac("sha256", SECRET)
      .update(Buffer.concat([Buffer.from(`${String(timestamp)}.`), request.body]))
      .digest("hex");
    expect(request.headers["x-duban-signature"]).toBe(`sha256=${expected}`);
    expect(
      verifyWebhookSignature(
        SECRET,
        String(timestamp),
        request.body,
        String(request.headers["x-duban-signature"]),
        { now: NOW },
      ),
    ).toBe(true);
  });

  it("treats 500 and 429 as retryable, 400 and 410 as permanent", async () => {
    const server = await start(500);
    const contact = { kind: "webhook", url: `${server.origin}/h`, secret: SECRET } as const;
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(429, { error: "slow down" }));
    const limited = await deliver(contact, reminder, options);
    expect(limited).toMatchObject({ ok: false, retryable: true });
    if (!limited.ok)
      // The status only: the receiver's words never reach the delivery log.
      expect(limited.error).toBe("the webhook answered HTTP 429");
    server.respondWith(json(400, { error: "bad" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
    server.respondWith(json(410, {}));
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it("does not follow a redirect", async () => {
    const server = await start();
    server.respondWith((_request, response) => {
      response.writeHead(302, { location: "/elsewhere" });
      response.end();
    });
    const result = await deliver(
      { kind: "webhook", url: `${server.origin}/h`, secret: SECRET },
      reminder,
      options,
    );
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(server.requests.map((r) => r.url)).toEqual(["/h"]);
  });

  it("gives up on a receiver that does not answer in time, retryably", async () => {
    const server = await start();
    server.respondWith(() => {
      // Never answers; close() ends the connection.
    });
    const started = Date.now();
    const result = await deliver(
      { kind: "webhook", url: `${server.origin}/slow`, secret: SECRET },
      reminder,
      { ...options, timeoutMs: 200 },
    );
    expect(result).toEqual({ ok: false, retryable: true, error: "no answer within 200 ms" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("treats a closed port as retryable", async () => {
    const port = await closedPort();
    const result = await deliver(
      { kind: "webhook", url: `http://127.0.0.1:${port}/h`, secret: SECRET },
      reminder,
      options,
    );
    expect(result).toMatchObject({ ok: false, retryable: true });
    if (!result.ok) expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it("refuses an empty secret and a URL that is not http(s), for good", async () => {
    expect(
      await deliver(
        { kind: "webhook", url: "http://127.0.0.1:9/h", secret: "" },
        reminder,
        options,
      ),
    ).toMatchObject({ ok: false, retryable: false });
    expect(
      await deliver(
        { kind: "webhook", url: "file:///etc/passwd", secret: SECRET },
        reminder,
        options,
      ),
    ).toMatchObject({ ok: false, retryable: false });
  });
});

describe("verifyWebhookSignature", () => {
  // A vector computed with Python's hmac module, independently of Node.
  const body =
    '{"type":"duban.reminder","id":"r-1","title":"催办","text":"请报送","markdown":"**请报送**","sentAt":"2022-06-28T01:00:00.000Z"}';
  const signature = "sha256=7f4c7a4bcab22b29bee0eb0355e774a5142e21811ed85802fd8d8604c5428884";

  it("accepts the signature of the exact body, as a string or bytes", () => {
    expect(verifyWebhookSignature(SECRET, "1656378000", body, signature)).toBe(true);
    expect(verifyWebhookSignature(SECRET, "1656378000", Buffer.from(body), signature)).toBe(true);
    expect(
      verifyWebhookSignature(
        SECRET,
        "1656378000",
        body,
        signature.toUpperCase().replace("SHA256", "sha256"),
      ),
    ).toBe(true);
  });

  it("refuses another secret, timestamp or body, and malformed signatures", () => {
    expect(verifyWebhookSignature("other", "1656378000", body, signature)).toBe(false);
    expect(verifyWebhookSignature(SECRET, "1656378001", body, signature)).toBe(false);
    expect(verifyWebhookSignature(SECRET, "1656378000", `${body} `, signature)).toBe(false);
    expect(verifyWebhookSignature(SECRET, "1656378000", body, signature.slice(7))).toBe(false);
    expect(verifyWebhookSignature(SECRET, "1656378000", body, "sha256=abc")).toBe(false);
    expect(verifyWebhookSignature(SECRET, "16563780.0", body, signature)).toBe(false);
  });

  it("refuses a stale timestamp when given the time", () => {
    const at = (seconds: number) => ({ now: new Date((1656378000 + seconds) * 1000) });
    expect(verifyWebhookSignature(SECRET, "1656378000", body, signature, at(299))).toBe(true);
    expect(verifyWebhookSignature(SECRET, "1656378000", body, signature, at(301))).toBe(false);
    expect(verifyWebhookSignature(SECRET, "1656378000", body, signature, at(-301))).toBe(false);
    expect(
      verifyWebhookSignature(SECRET, "1656378000", body, signature, {
        ...at(3600),
        toleranceSeconds: 3600,
      }),
    ).toBe(true);
  });
});
