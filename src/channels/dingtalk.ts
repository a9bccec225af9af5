import { createHmac } from "node:crypto";
import type { Contact } from "../domain/contact.js";
import type { DeliveryOptions, DeliveryResult, OutboundMessage } from "./channel.js";
import { postJson } from "./http-post.js";
import { numberField, robotResult, type RobotDialect } from "./robot-reply.js";

/*
 * 钉钉自定义机器人 (DingTalk custom robot), following 钉钉开放平台 "自定义机器人接入"
 * (https://open.dingtalk.com/document/group/custom-robot-access) and its security settings:
 * POST https://oapi.dingtalk.com/robot/send?access_token=… with
 * {"msgtype":"markdown","markdown":{"title":…,"text":…}}; the title is what the conversation
 * list and the notification show. 加签: timestamp is the current time in milliseconds (within
 * an hour of DingTalk's clock), stringToSign = timestamp + "\n" + secret, sign =
 * urlEncode(base64(HmacSHA256(key = secret, stringToSign))), both appended to the URL as
 * &timestamp=…&sign=…. The answer is {"errcode":0,"errmsg":"ok"}.
 */

const DINGTALK: RobotDialect = {
  name: "DingTalk",
  readCode: (json) => numberField(json, "errcode"),
  retryableCodes: new Set([
    // -1 系统繁忙; 130101 "send too fast, exceed 20 times per minute": a robot sends at most
    // 20 messages a minute and is then throttled for 10 minutes.
    -1, 130101,
  ]),
};

/** The 加签 signature for a timestamp in milliseconds: base64, not yet URL-encoded. */
export const dingtalkSign = (secret: string, timestampMs: number): string =>
  createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");

/** The webhook URL with &timestamp=…&sign=… appended when the robot has a secret. */
export const dingtalkUrl = (url: string, secret: string | undefined, now: Date): string => {
  if (secret === undefined || secret === "") return url;
  const timestamp = now.getTime();
  const separator = url.includes("?") ? "&" : "?";
  return `${url}${separator}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSign(secret, timestamp))}`;
};

export const dingtalkBody = (message: OutboundMessage): string =>
  JSON.stringify({
    msgtype: "markdown",
    markdown: { title: message.title, text: message.markdown },
  });

export const sendDingTalk = async (
  contact: Extract<Contact, { kind: "dingtalk" }>,
  message: OutboundMessage,
  options: DeliveryOptions,
): Promise<DeliveryResult> =>
  robotResult(
    await postJson(
      dingtalkUrl(contact.url, contact.secret, options.now()),
      dingtalkBody(message),
      {},
      options,
    ),
    DINGTALK,
  );
