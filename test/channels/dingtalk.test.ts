import { afterEach, describe, expect, it } from "vitest";
import { deliver, type DeliveryOptions } from "../../src/channels/channel.js";
import { dingtalkSign } from "../../src/channels/dingtalk.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import { NOW, now, reminder } from "./sample-message.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";

let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const options: DeliveryOptions = { now, timeoutMs: 2000, destinations: LOCAL_RECEIVERS };
const SECRET = "SEC0123456789abcdef";

const start = async (): Promise<{ server: HttpReceiver; url: string }> => {
  receiver = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
  return { server: receiver, url: `${receiver.origin}/robot/send?access_token=abc123` };
};

describe("DingTalk custom robot", () => {
  it("POSTs markdown with title and text, unsigned without a secret", async () => {
    const { server, url } = await start();
    const result = await deliver({ kind: "dingtalk", url }, reminder, options);
    expect(result).toEqual({ ok: true, detail: "DingTalk accepted: HTTP 200, code 0" });
    const request = server.requests[0];
    expect(request?.url).toBe("/robot/send?access_token=abc123");
    expect(JSON.parse(request?.body.toString("utf8") ?? "null")).toEqual({
      msgtype: "markdown",
      markdown: { title: reminder.title, text: reminder.markdown },
    });
  });

  it("appends timestamp (ms) and the URL-encoded 加签 signature with a secret", async () => {
    const { server, url } = await start();
    await deliver({ kind: "dingtalk", url, secret: SECRET }, reminder, options);
    // The signature for this secret and time, computed with DingTalk's own Python sample
    // (hmac.new(secret, f"{timestamp}\n{secret}", sha256), base64, quote_plus).
    expect(server.requests[0]?.url).toBe(
      "/robot/send?access_token=abc123&timestamp=1656378000000" +
        "&sign=5hfBguwuAL06k6JuicrbWPw%2B6t6SBcZuXmVmsD8rPMQ%3D",
    );
    const query = new URL(server.requests[0]?.url ?? "", "http://x").searchParams;
    expect(query.get("sign")).toBe(dingtalkSign(SECRET, NOW.getTime()));
  });

  it("reads errcode: 130101 (too fast) retryable, others permanent", async () => {
    const { server, url } = await start();
    const contact = { kind: "dingtalk", url, secret: SECRET } as const;
    server.respondWith(
      json(200, { errcode: 130101, errmsg: "send too fast, exceed 20 times per minute" }),
    );
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(200, { errcode: 310000, errmsg: "sign not match" }));
    const refused = await deliver(contact, reminder, options);
    expect(refused).toEqual({
      ok: false,
      retryable: false,
      error: "DingTalk refused the message: HTTP 200, code 310000",
    });
    server.respondWith(json(200, { errcode: 300001, errmsg: "token is not exist" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it("treats HTTP 500 as retryable, 400 as permanent, and times out retryably", async () => {
    const { server, url } = await start();
    const contact = { kind: "dingtalk", url } as const;
    server.respondWith(json(502, {}));
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(400, {}));
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
    server.respondWith(() => undefined);
    expect(await deliver(contact, reminder, { ...options, timeoutMs: 200 })).toMatchObject({
      ok: false,
      retryable: true,
    });
  });
});
