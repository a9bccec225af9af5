import type { LookupAddress } from "node:dns";
import { afterEach, describe, expect, it } from "vitest";
import { deliver } from "../../src/channels/channel.js";
import type { Contact } from "../../src/domain/contact.js";
import {
  checkDestination,
  DEFAULT_DESTINATIONS,
  destinationPolicy,
  type Resolver,
} from "../../src/channels/destinations.js";
import { json, startHttpReceiver, type HttpReceiver } from "../support/http-receiver.js";
import { now, reminder } from "./sample-message.js";

let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const v4 = (address: string): LookupAddress => ({ address, family: 4 });

/** A DNS of the test's own: each name's addresses, or ENOTFOUND. */
const dns =
  (table: Readonly<Record<string, readonly LookupAddress[]>>): Resolver =>
  (hostname) => {
    const found = table[hostname];
    return found === undefined
      ? Promise.reject(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }))
      : Promise.resolve(found);
  };

/** Every way the review reached the server itself, its cloud or its network. */
const INTERNAL_URLS = [
  "http://127.0.0.1:PORT/hook",
  "http://169.254.169.254/latest/meta-data/",
  "http://[::1]:PORT/hook",
  "http://0x7f000001:PORT/hook",
  "http://2130706433:PORT/hook",
  "http://0177.0.0.1:PORT/hook",
  "http://localhost:PORT/hook",
  "http://robot:hunter2@127.0.0.1:PORT/hook",
  "http://robot:hunter2@oa.example.gov.cn/hook",
  "http://10.1.2.3/hook",
  "http://172.16.0.9/hook",
  "http://192.168.1.20/hook",
  "http://100.64.0.1/hook",
  "http://0.0.0.0:PORT/hook",
  "http://224.0.0.1/hook",
  "http://255.255.255.255/hook",
  "http://[fc00::1]/hook",
  "http://[fe80::1]/hook",
  "http://[::ffff:127.0.0.1]:PORT/hook",
  "http://[::ffff:a9fe:a9fe]/hook",
] as const;

/** The review's addresses on the port of a live receiver, which must never hear of them. */
const internalUrls = (port: number): string[] =>
  INTERNAL_URLS.map((url) => url.replace("PORT", String(port)));

const contactsAt = (url: string): Contact[] => [
  { kind: "webhook", url, secret: "whsec-0123456789abcdef" },
  { kind: "wecom", url },
  { kind: "dingtalk", url },
  { kind: "feishu", url },
];

describe("webhook destinations", () => {
  it("refuses, when a contact is saved, every internal address form by default", async () => {
    for (const url of internalUrls(8080)) {
      expect(await checkDestination(url, DEFAULT_DESTINATIONS), url).toBeDefined();
    }
    expect(await checkDestination("http://robot:hunter2@1.1.1.1/h", DEFAULT_DESTINATIONS)).toEqual({
      kind: "credentials",
    });
    expect(await checkDestination("http://0x7f000001/h", DEFAULT_DESTINATIONS)).toEqual({
      kind: "internal",
      host: "127.0.0.1",
      address: "127.0.0.1",
      range: "loopback",
    });
  });

  it("refuses a name that resolves inside, or partly inside, the network", async () => {
    const policy = destinationPolicy(
      "",
      dns({
        "robot.example.cn": [v4("10.0.0.7")],
        "mixed.example.cn": [v4("1.1.1.1"), v4("192.168.0.1")],
        "qyapi.weixin.qq.com": [v4("1.1.1.1"), { address: "2606:4700::1111", family: 6 }],
      }),
    );
    expect(await checkDestination("https://robot.example.cn/h", policy)).toEqual({
      kind: "internal",
      host: "robot.example.cn",
      address: "10.0.0.7",
      range: "private",
    });
    expect(await checkDestination("https://mixed.example.cn/h", policy)).toMatchObject({
      address: "192.168.0.1",
    });
    expect(await checkDestination("https://nowhere.example.cn/h", policy)).toEqual({
      kind: "unresolvable",
      host: "nowhere.example.cn",
    });
    expect(
      await checkDestination("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", policy),
    ).toBeUndefined();
    expect(await checkDestination("https://1.1.1.1/h", policy)).toBeUndefined();
  });

  it("allows what an administrator allows: host names, addresses, networks", async () => {
    const resolve = dns({ "robot.lan": [v4("10.9.8.7")], "other.lan": [v4("10.9.8.8")] });
    const byName = destinationPolicy(" Robot.LAN. , 192.168.0.0/16,[::1]", resolve);
    expect(await checkDestination("http://robot.lan/h", byName)).toBeUndefined();
    expect(await checkDestination("http://192.168.4.5/h", byName)).toBeUndefined();
    expect(await checkDestination("http://[::1]:9/h", byName)).toBeUndefined();
    expect(await checkDestination("http://other.lan/h", byName)).toMatchObject({
      range: "private",
    });
    expect(await checkDestination("http://127.0.0.1/h", byName)).toMatchObject({
      range: "loopback",
    });
    // Credentials stay refused whatever the host.
    expect(await checkDestination("http://u:p@robot.lan/h", byName)).toEqual({
      kind: "credentials",
    });
    expect(() => destinationPolicy("robot.lan, not a host")).toThrow(/DUBAN_WEBHOOK_ALLOW_HOSTS/);
  });

  it("refuses every internal address form at delivery, without connecting", async () => {
    const server = await startHttpReceiver(json(200, { errcode: 0 }));
    receiver = server;
    const port = Number(new URL(server.origin).port);
    for (const url of internalUrls(port)) {
      for (const contact of contactsAt(url)) {
        const result = await deliver(contact, reminder, { now, timeoutMs: 2000 });
        expect(result, `${contact.kind} ${url}`).toMatchObject({ ok: false, retryable: false });
        if (!result.ok) expect(result.error).not.toContain("hunter2");
      }
    }
    expect(server.requests).toEqual([]);
  });

  it("connects to the address it checked, so a name rebound to loopback gets nowhere", async () => {
    const server = await startHttpReceiver(json(200, { errcode: 0 }));
    receiver = server;
    const port = Number(new URL(server.origin).port);
    let lookups = 0;
    // Public when the contact is saved, loopback when the reminder goes out.
    const rebinding = destinationPolicy("", () => {
      lookups += 1;
      return Promise.resolve([v4(lookups === 1 ? "1.1.1.1" : "127.0.0.1")]);
    });
    const url = `http://rebind.example.cn:${port}/hook`;
    expect(await checkDestination(url, rebinding)).toBeUndefined();
    const result = await deliver({ kind: "wecom", url }, reminder, {
      now,
      timeoutMs: 2000,
      destinations: rebinding,
    });
    expect(result).toEqual({
      ok: false,
      retryable: false,
      error:
        "rebind.example.cn resolves to 127.0.0.1, a loopback address, not allowed (DUBAN_WEBHOOK_ALLOW_HOSTS)",
    });
    expect(server.requests).toEqual([]);
  });

  it("delivers to an allowed on-premise host at the address its name resolves to", async () => {
    const server = await startHttpReceiver(json(200, { errcode: 0, errmsg: "ok" }));
    receiver = server;
    const port = Number(new URL(server.origin).port);
    const onPremise = destinationPolicy("robot.lan", dns({ "robot.lan": [v4("127.0.0.1")] }));
    const url = `http://robot.lan:${port}/cgi-bin/webhook/send?key=k`;
    expect(await checkDestination(url, onPremise)).toBeUndefined();
    expect(
      await deliver({ kind: "wecom", url }, reminder, {
        now,
        timeoutMs: 2000,
        destinations: onPremise,
      }),
    ).toEqual({ ok: true, detail: "WeCom accepted: HTTP 200, code 0" });
    expect(server.requests[0]?.headers.host).toBe(`robot.lan:${port}`);
    const byNetwork = destinationPolicy("127.0.0.0/8");
    expect(
      await deliver({ kind: "wecom", url: `${server.origin}/send?key=k` }, reminder, {
        now,
        timeoutMs: 2000,
        destinations: byNetwork,
      }),
    ).toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});
