import { createHmac, timingSafeEqual } from "node:crypto";
import type { Contact } from "../domain/contact.js";
import type { DeliveryOptions, DeliveryResult, OutboundMessage } from "./channel.js";
import { isRetryableStatus, isSuccessStatus, postJson } from "./http-post.js";
import { delivered, failed } from "./results.js";

/*
 * Duban's own webhook, for systems that are not one of the group robots (an OA system, a
 * message bus). POST application/json:
 *
 *   {"type":"duban.reminder","id":dedupeKey,"title":…,"text":…,"markdown":…,"sentAt":ISO 8601}
 *
 * with the headers
 *
 *   X-Duban-Timestamp: <unix seconds>
 *   X-Duban-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>
 *
 * the body being the exact bytes received. Signing the timestamp with the body lets the
 * receiver refuse replays of an old request; `id` is the same for every retry of one
 * reminder, so a receiver drops the duplicates a retry after a lost answer makes.
 * Any 2xx is success; 408, 429 and 5xx are worth another try; any other status is not.
 */

export const WEBHOOK_TYPE = "duban.reminder";
export const TIMESTAMP_HEADER = "X-Duban-Timestamp";
export const SIGNATURE_HEADER = "X-Duban-Signature";
/** How far a signed timestamp may be from the receiver's clock, by default (5 minutes). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The hex HMAC-SHA256 of "<timestamp>.<body>", without the "sha256=" prefix. */
const hmacHex = (secret: string, timestamp: string, body: string | Uint8Array): string =>
  createHmac("sha256", secret)
    .update(`${timestamp}.`, "utf8")
    .update(typeof body === "string" ? Buffer.from(body, "utf8") : body)
    .digest("hex");

/** The X-Duban-Signature value for a timestamp and body. */
export const signWebhook = (secret: string, timestamp: string, body: string | Uint8Array) =>
  `sha256=${hmacHex(secret, timestamp, body)}`;

/**
 * For receivers (and tests): whether a request carries Duban's signature. Pass the raw body
 * as received (bytes or the undecoded string), and the two headers' values. With `now`,
 * a timestamp further than the tolerance from it is refused too (replay protection).
 * The comparison takes the same time however many characters match.
 */
export const verifyWebhookSignature = (
  secret: string,
  timestamp: string,
  body: string | Uint8Array,
  signature: string,
  freshness?: { readonly now: Date; readonly toleranceSeconds?: number },
): boolean => {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  if (freshness !== undefined) {
    const tolerance = freshness.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    const age = Math.abs(freshness.now.getTime() / 1000 - Number(timestamp));
    if (age > tolerance) return false;
  }
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
  if (match?.[1] === undefined) return false;
  const given = Buffer.from(match[1].toLowerCase(), "hex");
  const expected = Buffer.from(hmacHex(secret, timestamp, body), "hex");
  return timingSafeEqual(given, expected);
};

/** The JSON body of one reminder, as sent. */
export const webhookBody = (message: OutboundMessage, now: Date): string =>
  JSON.stringify({
    type: WEBHOOK_TYPE,
    id: message.dedupeKey,
    title: message.title,
    text: message.text,
    markdown: message.markdown,
    sentAt: now.toISOString(),
  });

export const sendWebhook = async (
  contact: Extract<Contact, { kind: "webhook" }>,
  message: OutboundMessage,
  options: DeliveryOptions,
): Promise<DeliveryResult> => {
  if (contact.secret === "") return failed(false, "the webhook has no secret to sign with");
  const now = options.now();
  const body = webhookBody(message, now);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const outcome = await postJson(
    contact.url,
    body,
    {
      [TIMESTAMP_HEADER]: timestamp,
      [SIGNATURE_HEADER]: signWebhook(contact.secret, timestamp, body),
    },
    options,
  );
  if (outcome.kind === "failed") return outcome.failure;
  // The status only: the reply body is the receiver's, and the log is read by others.
  const { status } = outcome;
  if (isSuccessStatus(status)) return delivered(`HTTP ${status}`);
  return failed(isRetryableStatus(status), `the webhook answered HTTP ${status}`);
};
