import type { Contact } from "../domain/contact.js";
import type { DestinationPolicy } from "./destinations.js";
import { sendDingTalk } from "./dingtalk.js";
import { sendEmail, type SmtpSettings } from "./email.js";
import { sendFeishu } from "./feishu.js";
import { describeError, failed } from "./results.js";
import { sendWebhook } from "./webhook.js";
import { sendWeCom } from "./wecom.js";

/**
 * One reminder (催办) as it leaves Duban. The channels know nothing of plans or the
 * database: whoever composes the reminder renders it in the reader's language first.
 */
export interface OutboundMessage {
  readonly title: string;
  /** Plain text: the e-mail body, Feishu's post paragraphs. */
  readonly text: string;
  /** The same as Markdown, for the robots that render it (WeCom, DingTalk). */
  readonly markdown: string;
  /** Stable id of this reminder, sent along so receivers can drop duplicates of a retry. */
  readonly dedupeKey: string;
  /** Files for the channels that carry them (e-mail); the robots send the text's link instead. */
  readonly attachments?: readonly Attachment[];
}

/** A file sent with a message, held in memory: the channels never read paths or URLs. */
export interface Attachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

export interface DeliverySuccess {
  readonly ok: true;
  /** The status the receiver answered ("HTTP 204"), for the delivery log: never its reply body. */
  readonly detail: string;
}

export interface DeliveryFailure {
  readonly ok: false;
  /**
   * True when the same message may go through later: network errors, timeouts, HTTP 5xx,
   * 429 and 408, SMTP 4xx, and the robots' rate-limit codes. False when sending it again
   * would be refused again: HTTP 4xx, SMTP 5xx, any other robot error code, bad settings.
   */
  readonly retryable: boolean;
  /** For operators' logs: a status or a short error; never a URL, key, password or reply body. */
  readonly error: string;
}

export type DeliveryResult = DeliverySuccess | DeliveryFailure;

export interface DeliveryOptions {
  /** The SMTP server for e-mail contacts; without it an e-mail delivery fails for good. */
  readonly smtp?: SmtpSettings;
  /** The clock behind the signatures' timestamps and the webhook's sentAt. */
  readonly now: () => Date;
  /** The deadline of one delivery, whatever the channel: connecting, sending, the reply. */
  readonly timeoutMs: number;
  /** Where webhooks and robots may be sent; public addresses only unless given. */
  readonly destinations?: DestinationPolicy;
}

/**
 * Sends one message to one contact. It never throws: every failure, including a contact
 * or setting that cannot work, comes back as a DeliveryResult the scheduler can act on.
 */
export const deliver = async (
  contact: Contact,
  message: OutboundMessage,
  options: DeliveryOptions,
): Promise<DeliveryResult> => {
  try {
    switch (contact.kind) {
      case "email":
        if (options.smtp === undefined) {
          return failed(false, "e-mail is not configured (DUBAN_SMTP_URL, DUBAN_SMTP_FROM)");
        }
        return await sendEmail(contact, message, options.smtp, options);
      case "webhook":
        return await sendWebhook(contact, message, options);
      case "wecom":
        return await sendWeCom(contact, message, options);
      case "dingtalk":
        return await sendDingTalk(contact, message, options);
      case "feishu":
        return await sendFeishu(contact, message, options);
      default: {
        // A contact read from storage may name a kind this version does not know.
        const unknown: never = contact;
        const kind: unknown = (unknown as { readonly kind?: unknown }).kind;
        return failed(false, `unknown contact kind ${typeof kind === "string" ? kind : "(none)"}`);
      }
    }
  } catch (error) {
    // The channels turn their own failures into results; this is the last guard.
    return failed(false, `unexpected failure: ${describeError(error)}`);
  }
};
