import { describe, expect, it } from "vitest";
import { deliver } from "../../src/channels/channel.js";
import type { Contact } from "../../src/domain/contact.js";
import { destinationPolicy } from "../../src/channels/destinations.js";
import { now, reminder } from "./sample-message.js";

describe("deliver", () => {
  it("answers a contact of an unknown kind with a permanent failure, not an exception", async () => {
    const stored = JSON.parse('{"kind":"sms","phone":"12345"}') as Contact;
    expect(await deliver(stored, reminder, { now, timeoutMs: 1000 })).toEqual({
      ok: false,
      retryable: false,
      error: "unknown contact kind sms",
    });
  });

  it("never puts the robot's URL or key into an error", async () => {
    const lost = Object.assign(new Error("getaddrinfo ENOTFOUND qyapi.weixin.qq.com"), {
      code: "ENOTFOUND",
    });
    const destinations = destinationPolicy("", () => Promise.reject(lost));
    const url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET-KEY";
    for (const contact of [
      { kind: "wecom", url },
      { kind: "dingtalk", url, secret: "SECabc" },
      { kind: "feishu", url, secret: "s" },
      { kind: "webhook", url, secret: "s" },
    ] as const) {
      const result = await deliver(contact, reminder, { now, timeoutMs: 1000, destinations });
      expect(result).toEqual({ ok: false, retryable: true, error: "host not found (ENOTFOUND)" });
    }
    const invalid = await deliver({ kind: "wecom", url: "qyapi key=SECRET-KEY" }, reminder, {
      now,
      timeoutMs: 1000,
    });
    expect(invalid).toMatchObject({ ok: false, retryable: false });
    expect(JSON.stringify(invalid)).not.toContain("SECRET-KEY");
  });
});
