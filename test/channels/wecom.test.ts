import { afterEach, describe, expect, it } from "vitest";
import { deliver, type DeliveryOptions } from "../../src/channels/channel.js";
import { WECOM_MARKDOWN_MAX_BYTES } from "../../src/channels/wecom.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import { now, reminder } from "./sample-message.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";

let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const options: DeliveryOptions = { now, timeoutMs: 2000, destinations: LOCAL_RECEIVERS };
const KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";

const start = async (): Promise<{ server: HttpReceiver; url: string }> => {
  receiver = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
  return { server: receiver, url: `${receiver.origin}/cgi-bin/webhook/send?key=${KEY}` };
};

const bodyOf = (server: HttpReceiver, index = 0): unknown =>
  JSON.parse(server.requests[index]?.body.toString("utf8") ?? "null");

describe("WeCom group robot", () => {
  it("POSTs the markdown to the URL with its key", async () => {
    const { server, url } = await start();
    const result = await deliver({ kind: "wecom", url }, reminder, options);
    expect(result).toEqual({ ok: true, detail: "WeCom accepted: HTTP 200, code 0" });
    expect(server.requests[0]?.url).toBe(`/cgi-bin/webhook/send?key=${KEY}`);
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(bodyOf(server)).toEqual({
      msgtype: "markdown",
      markdown: { content: reminder.markdown },
    });
  });

  it("cuts content over 4096 bytes between characters", async () => {
    const { server, url } = await start();
    // 2000 three-byte characters (6000 bytes), with a four-byte emoji at the cut.
    const long = `${"督".repeat(1364)}😀${"办".repeat(1000)}`;
    await deliver({ kind: "wecom", url }, { ...reminder, markdown: long }, options);
    const content = (bodyOf(server) as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(WECOM_MARKDOWN_MAX_BYTES);
    expect(content.endsWith("…")).toBe(true);
    expect(content).toBe(`${"督".repeat(1364)}…`);
    expect(content).not.toContain("\uFFFD");
    const exact = "督".repeat(1365); // 4095 bytes: sent whole
    await deliver({ kind: "wecom", url }, { ...reminder, markdown: exact }, options);
    expect((bodyOf(server, 1) as { markdown: { content: string } }).markdown.content).toBe(exact);
  });

  it("reads errcode: rate limit and busy retryable, other codes permanent", async () => {
    const { server, url } = await start();
    const contact = { kind: "wecom", url } as const;
    server.respondWith(json(200, { errcode: 45009, errmsg: "api freq out of limit" }));
    const limited = await deliver(contact, reminder, options);
    expect(limited).toEqual({
      ok: false,
      retryable: true,
      error: "WeCom is limiting or busy: HTTP 200, code 45009",
    });
    server.respondWith(json(200, { errcode: -1, errmsg: "system busy" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(200, { errcode: 93000, errmsg: "invalid webhook url" }));
    const refused = await deliver(contact, reminder, options);
    expect(refused).toMatchObject({ ok: false, retryable: false });
    if (!refused.ok) {
      expect(refused.error).toBe("WeCom refused the message: HTTP 200, code 93000");
      expect(refused.error).not.toContain(KEY);
    }
    server.respondWith(json(200, { errcode: 40058, errmsg: "markdown.content exceed max length" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it("treats HTTP 500 as retryable, 400 and an answer without errcode as permanent", async () => {
    const { server, url } = await start();
    const contact = { kind: "wecom", url } as const;
    server.respondWith(json(500, { message: "internal" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    server.respondWith(json(400, { message: "bad request" }));
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
    server.respondWith((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html>portal login</html>");
    });
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it("gives up on a robot that does not answer in time, retryably", async () => {
    const { server, url } = await start();
    server.respondWith(() => undefined);
    expect(await deliver({ kind: "wecom", url }, reminder, { ...options, timeoutMs: 200 })).toEqual(
      {
        ok: false,
        retryable: true,
        error: "no answer within 200 ms",
      },
    );
  });
});
