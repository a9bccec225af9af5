import { createTransport } from "nodemailer";
import { ConfigurationError } from "../config/problem.js";
import { pairProblems, readSetting, type Environment } from "../config/read-settings.js";
import type { Contact } from "../domain/contact.js";
import type {
  DeliveryFailure,
  DeliveryOptions,
  DeliveryResult,
  OutboundMessage,
} from "./channel.js";
import { delivered, failed } from "./results.js";

/** The SMTP server reminders are sent through. */
export interface SmtpSettings {
  /**
   * smtp://user:pass@host:port (STARTTLS when the server offers it) or smtps://… (TLS from
   * the start, usually port 465); user and password percent-encoded.
   */
  readonly url: string;
  /** The From header: an address, or "名称 <address>". */
  readonly from: string;
}

/** The header that carries the reminder's dedupeKey, so mail rules can find duplicates. */
export const REMINDER_HEADER = "X-Duban-Reminder";

/**
 * DUBAN_SMTP_URL and DUBAN_SMTP_FROM, or undefined when neither is set (e-mail is then not
 * configured). Half a configuration or a URL of another scheme is an operator's mistake
 * and stops the start with a message, as the other settings do.
 */
export const smtpSettingsFromEnv = (env: Environment): SmtpSettings | undefined => {
  const incomplete = pairProblems(env).filter((p) => p.subject.startsWith("DUBAN_SMTP_"));
  if (incomplete.length > 0) throw new ConfigurationError(incomplete);
  const url = readSetting(env, "DUBAN_SMTP_URL");
  const from = readSetting(env, "DUBAN_SMTP_FROM");
  return url === undefined || from === undefined ? undefined : { url, from };
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The plain text as simple HTML: paragraphs at blank lines, line breaks kept. */
export const textToHtml = (title: string, text: string): string => {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .filter((block) => block.trim() !== "")
    .map((block) => `<p>${block.split(/\r?\n/).map(escapeHtml).join("<br>\n")}</p>`);
  return [
    "<!doctype html>\n",
    '<html><head><meta charset="utf-8"><title>',
    escapeHtml(title),
    "</title></head><body>\n",
    paragraphs.join("\n"),
    "\n</body></html>\n",
  ].join("");
};

/** The error of a nodemailer send, with the properties nodemailer attaches. */
interface SmtpError {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
}

/** Failures without an SMTP reply that no retry mends: the settings or the message. */
const PERMANENT_CODES = new Set([
  "EAUTH",
  "ENOAUTH",
  "EOAUTH2",
  "ECONFIG",
  "EENVELOPE",
  "EMESSAGE",
  "EREQUIRETLS",
  "EMAXRECIPIENTS",
  "EFILEACCESS",
  "EURLACCESS",
]);

/**
 * A failed send as a delivery result. With an SMTP reply, its class decides (RFC 5321):
 * 4xx is transient (greylisting, mailbox busy, 421 closing), 5xx permanent (no such user,
 * refused). Without one, a connection that failed, timed out or dropped is worth another
 * try; bad settings (login refused, no credentials) and a malformed message are not.
 */
export const smtpFailure = (error: unknown, timeoutMs: number): DeliveryFailure => {
  const e: SmtpError = typeof error === "object" && error !== null ? error : {};
  const code = typeof e.code === "string" ? e.code : undefined;
  const message = typeof e.message === "string" ? e.message : String(error);
  if (typeof e.responseCode === "number" && e.responseCode >= 400 && e.responseCode < 600) {
    const reply = typeof e.response === "string" ? e.response : message;
    return failed(e.responseCode < 500, `SMTP ${e.responseCode}: ${reply}`);
  }
  if (code === "EABORT") return failed(true, `SMTP: no answer within ${timeoutMs} ms`);
  const described = code === undefined ? message : `${message} (${code})`;
  return failed(code === undefined || !PERMANENT_CODES.has(code), `SMTP: ${described}`);
};

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** A connection to the SMTP server whose every wait is bounded by timeoutMs. */
const transportOf = (smtp: SmtpSettings, timeoutMs: number) =>
  createTransport({
    url: smtp.url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    // Attachments come as bytes in memory; refuse paths and URLs should a message ever try.
    disableFileAccess: true,
    disableUrlAccess: true,
  });

/**
 * Whether the SMTP server answers: connect, EHLO, STARTTLS and login when the
 * URL has a user (nodemailer's verify), sending nothing. The reason it does
 * not, or undefined.
 */
export const smtpUnreachable = async (
  smtp: SmtpSettings,
  timeoutMs: number,
): Promise<string | undefined> => {
  const transporter = transportOf(smtp, timeoutMs);
  try {
    await transporter.verify();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    transporter.close();
  }
};

/**
 * Sends the reminder as one e-mail: subject the title, the text as text/plain and as simple
 * HTML, the message's files attached, X-Duban-Reminder the dedupeKey. Each wait (connecting, the greeting, every reply) and
 * the whole send are bounded by timeoutMs; the connection is closed afterwards.
 */
export const sendEmail = async (
  contact: Extract<Contact, { kind: "email" }>,
  message: OutboundMessage,
  smtp: SmtpSettings,
  options: Pick<DeliveryOptions, "timeoutMs">,
): Promise<DeliveryResult> => {
  const { timeoutMs } = options;
  let close: (() => void) | undefined;
  try {
    const transporter = transportOf(smtp, timeoutMs);
    close = () => {
      transporter.close();
    };
    const info = await transporter.sendMail({
      from: smtp.from,
      to:
        contact.name === undefined || contact.name === ""
          ? contact.address
          : { name: contact.name, address: contact.address },
      subject: oneLine(message.title),
      text: message.text,
      html: textToHtml(message.title, message.text),
      headers: { [REMINDER_HEADER]: oneLine(message.dedupeKey) },
      attachments: (message.attachments ?? []).map((file) => ({
        filename: file.fileName,
        contentType: file.contentType,
        content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
      })),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return delivered(`SMTP ${info.response} ${info.messageId}`);
  } catch (error) {
    return smtpFailure(error, timeoutMs);
  } finally {
    close?.();
  }
};
