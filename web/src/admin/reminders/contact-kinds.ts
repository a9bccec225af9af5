import type { Schema } from "../../api.js";
import type { Text } from "../../i18n.js";

/** A contact as written, with its secret. */
export type Contact = Schema<"Contact">;
/** A contact as the server shows it: keys masked, of a secret only whether one is set. */
export type ContactView = Schema<"ContactView">;
export type ContactKind = Contact["kind"];

/** Each channel, and whether its form asks for a secret: required (webhook) or optional. */
export const CONTACT_KINDS: Readonly<
  Record<ContactKind, { readonly label: Text; readonly secret: "none" | "required" | "optional" }>
> = {
  email: { label: { zh: "电子邮件", en: "E-mail" }, secret: "none" },
  webhook: { label: { zh: "Webhook（签名）", en: "Webhook (signed)" }, secret: "required" },
  wecom: { label: { zh: "企业微信机器人", en: "WeCom robot" }, secret: "none" },
  dingtalk: { label: { zh: "钉钉机器人", en: "DingTalk robot" }, secret: "optional" },
  feishu: { label: { zh: "飞书机器人", en: "Feishu robot" }, secret: "optional" },
};

/** Where the contact's reminders go, as the server shows it (keys and secrets masked). */
export const contactTarget = (contact: ContactView): string =>
  contact.kind === "email"
    ? `${contact.name === undefined ? "" : `${contact.name} `}<${contact.address}>`
    : contact.url;
