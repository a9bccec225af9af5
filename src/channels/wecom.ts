import type { Contact } from "../domain/contact.js";
import type { DeliveryOptions, DeliveryResult, OutboundMessage } from "./channel.js";
import { postJson } from "./http-post.js";
import { numberField, robotResult, type RobotDialect } from "./robot-reply.js";
import { truncateUtf8 } from "./truncate-utf8.js";

/*
 * 企业微信群机器人 (WeCom group robot), following 企业微信开发者中心 "群机器人配置说明"
 * (https://developer.work.weixin.qq.com/document/path/91770, republished as
 * .../document/path/99398): POST the webhook URL, which carries the robot's key, with
 * {"msgtype":"markdown","markdown":{"content":…}}; "content: markdown内容，最长不超过4096个字节，
 * 必须是utf8编码". Longer content is refused with errcode 40058 ("markdown.content exceed max
 * length 4096"), so it is cut here. The answer is {"errcode":0,"errmsg":"ok"}.
 */

/** The markdown content limit, in bytes of UTF-8. */
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

const WECOM: RobotDialect = {
  name: "WeCom",
  readCode: (json) => numberField(json, "errcode"),
  retryableCodes: new Set([
    // 全局错误码 (https://developer.work.weixin.qq.com/document/path/90313):
    // -1 系统繁忙 "建议稍候重试"; 45009 接口调用超过限制 ("api freq out of limit"), which a
    // robot answers past its 20 messages a minute.
    -1, 45009,
  ]),
};

/** The request body WeCom expects, the content cut to its byte limit. */
export const wecomBody = (message: OutboundMessage): string =>
  JSON.stringify({
    msgtype: "markdown",
    markdown: { content: truncateUtf8(message.markdown, WECOM_MARKDOWN_MAX_BYTES) },
  });

export const sendWeCom = async (
  contact: Extract<Contact, { kind: "wecom" }>,
  message: OutboundMessage,
  options: DeliveryOptions,
): Promise<DeliveryResult> =>
  robotResult(await postJson(contact.url, wecomBody(message), {}, options), WECOM);
