import { createHmac } from "node:crypto";
import type { Contact } from "../domain/contact.js";
import type { DeliveryOptions, DeliveryResult, OutboundMessage } from "./channel.js";
import { postJson } from "./http-post.js";
import { numberField, robotResult, type RobotDialect } from "./robot-reply.js";
import { truncateUtf8, utf8Length } from "./truncate-utf8.js";

/*
 * 飞书自定义机器人 (Feishu custom bot), following 飞书开放平台 "自定义机器人使用指南"
 * (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): POST
 * https://open.feishu.cn/open-apis/bot/v2/hook/… with {"msg_type":…,"content":…}; the request
 * body may be at most 20 KB (larger ones get code 9499 "Bad Request"). 签名校验: timestamp in
 * seconds (within an hour of Feishu's clock), stringToSign = timestamp + "\n" + secret used as
 * the HmacSHA256 *key* over an empty message, sign = base64 of that — unlike DingTalk, where
 * the secret is the key — sent in the body as "timestamp" (a string) and "sign". The answer
 * is {"code":0,"msg":"success",…}; older deployments also send StatusCode/StatusMessage.
 *
 * The message goes as rich text (msg_type "post") rather than "text": a post has a title,
 * shown bold above the body, which in a busy group makes a reminder recognisable at a glance,
 * as the subject does for e-mail and the title for DingTalk. Its paragraphs carry the plain
 * `text` unchanged (post does not render Markdown; only interactive cards do, and those are
 * a larger schema for no gain here).
 */

/** Feishu's request body limit; the text is cut to stay under it. */
export const FEISHU_MAX_BODY_BYTES = 20 * 1024;

const FEISHU: RobotDialect = {
  name: "Feishu",
  readCode: (json) => numberField(json, "code") ?? numberField(json, "StatusCode"),
  retryableCodes: new Set([
    // 11232: the custom bot's flow control (100 messages a minute, 5 a second), as Feishu
    // answers it (e.g. openclaw/openclaw#70879). 99991400 "request trigger frequency limit",
    // the Open Platform's rate limit, which comes with HTTP 429 or, on older APIs, HTTP 400
    // (https://open.feishu.cn/document/server-docs/api-call-guide/frequency-control).
    11232, 99991400,
  ]),
};

/** The 签名校验 signature for a timestamp in seconds. */
export const feishuSign = (secret: string, timestampSeconds: number): string =>
  createHmac("sha256", `${timestampSeconds}\n${secret}`).update("").digest("base64");

const postBody = (
  message: OutboundMessage,
  text: string,
  signature: Readonly<Record<string, string>>,
): string =>
  JSON.stringify({
    ...signature,
    msg_type: "post",
    content: {
      post: {
        zh_cn: {
          title: message.title,
          content: text.split(/\r?\n/).map((line) => [{ tag: "text", text: line }]),
        },
      },
    },
  });

/** The request body, signed when a secret is set, its text cut to fit Feishu's 20 KB. */
export const feishuBody = (
  message: OutboundMessage,
  secret: string | undefined,
  now: Date,
): string => {
  const timestamp = Math.floor(now.getTime() / 1000);
  const signature: Record<string, string> =
    secret === undefined || secret === ""
      ? {}
      : { timestamp: String(timestamp), sign: feishuSign(secret, timestamp) };
  const build = (text: string) => postBody(message, text, signature);
  const fits = (body: string) => utf8Length(body) <= FEISHU_MAX_BODY_BYTES;
  const whole = build(message.text);
  if (fits(whole)) return whole;
  // The longest cut of the text whose body fits: a line costs more in the body than in the
  // text, so the length is searched for rather than computed. (A title too long on its own
  // is left for Feishu to refuse.)
  let fitting = 0;
  let tooLong = utf8Length(message.text);
  while (tooLong - fitting > 1) {
    const middle = Math.floor((fitting + tooLong) / 2);
    if (fits(build(truncateUtf8(message.text, middle)))) fitting = middle;
    else tooLong = middle;
  }
  return build(truncateUtf8(message.text, fitting));
};

export const sendFeishu = async (
  contact: Extract<Contact, { kind: "feishu" }>,
  message: OutboundMessage,
  options: DeliveryOptions,
): Promise<DeliveryResult> =>
  robotResult(
    await postJson(contact.url, feishuBody(message, contact.secret, options.now()), {}, options),
    FEISHU,
  );
