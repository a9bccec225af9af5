import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { deliver } from "../../src/channels/channel.js";
import {
  REMINDER_HEADER,
  smtpFailure,
  smtpSettingsFromEnv,
  textToHtml,
  type SmtpSettings,
} from "../../src/channels/email.js";
import { closedPort } from "../support/http-receiver.js";
import { now, reminder } from "./sample-message.js";
import { smtpReply, startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver.js";

const FROM = "督办系统 <duban@dubaban.example>";
const contact = {
  kind: "email",
  address: "keji@unit.example",
  name: "市科技局办公室",
} as const;

let receiver: SmtpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const settingsFor = (port: number, auth = ""): SmtpSettings => ({
  url: `smtp://${auth}127.0.0.1:${port}`,
  from: FROM,
});

describe("e-mail delivery", () => {
  it("delivers subject, text, HTML and the reminder header, Chinese intact", async () => {
    receiver = await startSmtpReceiver();
    const result = await deliver(contact, reminder, {
      smtp: settingsFor(receiver.port),
      now,
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.detail).toMatch(/^SMTP 250/);

    expect(receiver.received).toHaveLength(1);
    const mail = receiver.received[0];
    expect(mail?.from).toBe("duban@dubaban.example");
    expect(mail?.to).toEqual(["keji@unit.example"]);
    // The raw header is ASCII (RFC 2047 encoded words), as every mail system accepts.
    const rawHead = mail?.raw.toString("latin1").split("\r\n\r\n")[0] ?? "";
    expect(rawHead).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(rawHead).toMatch(/^X-Duban-Reminder: reminder:plan-1:milestone-42:2022-06-28\r?$/m);

    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.subject).toBe(reminder.title);
    expect(parsed.text?.trim()).toBe(reminder.text);
    expect(parsed.html).toContain(
      "<p>你单位牵头的重点工作任务“加快科技创新平台建设”第（2）项节点计划<br>",
    );
    expect(parsed.headers.get(REMINDER_HEADER.toLowerCase())).toBe(reminder.dedupeKey);
    const to = parsed.to;
    const first = Array.isArray(to) ? to[0] : to;
    expect(first?.value[0]).toEqual({ address: "keji@unit.example", name: "市科技局办公室" });
    const from = parsed.from?.value[0];
    expect(from).toEqual({ address: "duban@dubaban.example", name: "督办系统" });
  });

  it("attaches a message's files with their Chinese names and exact bytes", async () => {
    receiver = await startSmtpReceiver();
    const content = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f]);
    const fileName = "2022年重点工作任务分解表（市科技局牵头部分）.docx";
    const contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const result = await deliver(
      contact,
      { ...reminder, attachments: [{ fileName, contentType, content }] },
      { smtp: settingsFor(receiver.port), now, timeoutMs: 5000 },
    );
    expect(result.ok).toBe(true);
    const parsed = await simpleParser(receiver.received[0]?.raw ?? Buffer.alloc(0));
    expect(parsed.text?.trim()).toBe(reminder.text);
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [fileName, contentType],
    ]);
    expect([...(parsed.attachments[0]?.content ?? [])]).toEqual([...content]);
  });

  it("logs in with the URL's user and percent-encoded password", async () => {
    receiver = await startSmtpReceiver();
    const result = await deliver({ kind: "email", address: "a@unit.example" }, reminder, {
      smtp: settingsFor(receiver.port, "duban%40city:p%40ss%3Aword@"),
      now,
      timeoutMs: 5000,
    });
    expect(result.ok).toBe(true);
    expect(receiver.received[0]?.user).toBe("duban@city:p@ss:word");
  });

  it("treats a refused login (535) as permanent", async () => {
    receiver = await startSmtpReceiver({
      onAuth: (_auth, _session, callback) => {
        callback(smtpReply(535, "Authentication credentials invalid"));
      },
    });
    const result = await deliver(contact, reminder, {
      smtp: settingsFor(receiver.port, "duban:wrong@"),
      now,
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ ok: false, retryable: false });
    if (!result.ok) expect(result.error).toMatch(/535/);
    expect(result.ok || result.error.includes("wrong")).toBe(false);
  });

  it("treats 451 for the recipient as retryable", async () => {
    receiver = await startSmtpReceiver({
      onRcptTo: (_address, _session, callback) => {
        callback(smtpReply(451, "Greylisted, try again later"));
      },
    });
    const result = await deliver(contact, reminder, {
      smtp: settingsFor(receiver.port),
      now,
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ ok: false, retryable: true });
    if (!result.ok) expect(result.error).toMatch(/451/);
    expect(receiver.received).toHaveLength(0);
  });

  it("treats 550 for the recipient as permanent", async () => {
    receiver = await startSmtpReceiver({
      onRcptTo: (_address, _session, callback) => {
        callback(smtpReply(550, "No such user"));
      },
    });
    const result = await deliver(contact, reminder, {
      smtp: settingsFor(receiver.port),
      now,
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ ok: false, retryable: false });
    if (!result.ok) expect(result.error).toMatch(/550/);
  });

  it("reads the reply to the message itself the same way (451 retryable, 554 permanent)", async () => {
    let code = 451;
    receiver = await startSmtpReceiver({
      onData: (stream, _session, callback) => {
        stream.resume();
        stream.on("end", () => {
          callback(smtpReply(code, "Message refused"));
        });
      },
    });
    const options = { smtp: settingsFor(receiver.port), now, timeoutMs: 5000 };
    expect(await deliver(contact, reminder, options)).toMatchObject({ ok: false, retryable: true });
    code = 554;
    expect(await deliver(contact, reminder, options)).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it("treats a closed port as retryable", async () => {
    const port = await closedPort();
    const result = await deliver(contact, reminder, {
      smtp: settingsFor(port),
      now,
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ ok: false, retryable: true });
    if (!result.ok) expect(result.error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
  });

  it("gives up on a server that never greets within the timeout, retryably", async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const result = await deliver(contact, reminder, {
        smtp: settingsFor(port),
        now,
        timeoutMs: 300,
      });
      expect(result).toMatchObject({ ok: false, retryable: true });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) =>
        silent.close(() => {
          resolve();
        }),
      );
    }
  });

  it("fails for good when no SMTP server is configured", async () => {
    const result = await deliver(contact, reminder, { now, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: false, retryable: false });
    if (!result.ok) expect(result.error).toMatch(/DUBAN_SMTP_URL/);
  });
});

describe("smtpFailure", () => {
  it("classes replies by their first digit and the rest by nodemailer's code", () => {
    expect(smtpFailure({ responseCode: 421, response: "421 closing" }, 1000).retryable).toBe(true);
    expect(smtpFailure({ responseCode: 452, code: "EENVELOPE" }, 1000).retryable).toBe(true);
    expect(smtpFailure({ responseCode: 552, code: "EMESSAGE" }, 1000).retryable).toBe(false);
    expect(smtpFailure({ code: "ETIMEDOUT", message: "Greeting never received" }, 1000)).toEqual({
      ok: false,
      retryable: true,
      error: "SMTP: Greeting never received (ETIMEDOUT)",
    });
    expect(smtpFailure({ code: "EABORT" }, 1000).error).toMatch(/1000 ms/);
    expect(smtpFailure({ code: "ENOAUTH", message: "Missing credentials" }, 1000).retryable).toBe(
      false,
    );
    expect(smtpFailure({ code: "EENVELOPE", message: "No recipients" }, 1000).retryable).toBe(
      false,
    );
  });
});

describe("smtpSettingsFromEnv", () => {
  it("is undefined when e-mail is not configured", () => {
    expect(smtpSettingsFromEnv({})).toBeUndefined();
    expect(smtpSettingsFromEnv({ DUBAN_SMTP_URL: "", DUBAN_SMTP_FROM: " " })).toBeUndefined();
  });

  it("reads both variables", () => {
    expect(
      smtpSettingsFromEnv({
        DUBAN_SMTP_URL: "smtps://duban:secret@smtp.city.example:465",
        DUBAN_SMTP_FROM: "督办系统 <duban@city.example>",
      }),
    ).toEqual({
      url: "smtps://duban:secret@smtp.city.example:465",
      from: "督办系统 <duban@city.example>",
    });
  });

  it("refuses half a configuration and other schemes", () => {
    expect(() => smtpSettingsFromEnv({ DUBAN_SMTP_URL: "smtp://localhost:25" })).toThrow(
      /DUBAN_SMTP_FROM/,
    );
    expect(() => smtpSettingsFromEnv({ DUBAN_SMTP_FROM: "a@b.example" })).toThrow(/DUBAN_SMTP_URL/);
    expect(() =>
      smtpSettingsFromEnv({
        DUBAN_SMTP_URL: "http://mail.example",
        DUBAN_SMTP_FROM: "a@b.example",
      }),
    ).toThrow(/smtp:\/\/ or smtps:\/\//);
  });
});

describe("textToHtml", () => {
  it("escapes the text and keeps its paragraphs and line breaks", () => {
    expect(textToHtml("A & B", "第一行\n<第二行>\n\n第二段")).toBe(
      '<!doctype html>\n<html><head><meta charset="utf-8"><title>A &#38; B</title></head><body>\n' +
        "<p>第一行<br>\n&#60;第二行&#62;</p>\n<p>第二段</p>\n</body></html>\n",
    );
  });
});
