import type { Contact } from "../../domain/contact.js";
import {
  ALLOW_HOSTS_VARIABLE,
  checkDestination,
  rangeInWords,
  type DestinationPolicy,
  type Refusal,
} from "../../channels/destinations.js";
import { message, type Message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

const RANGE_ZH: Readonly<Record<string, string>> = {
  loopback: "本机回环地址",
  private: "内网地址（RFC 1918）",
  linkLocal: "链路本地地址",
  uniqueLocal: "IPv6 内网地址（fc00::/7）",
  carrierGradeNat: "运营商共享地址（100.64.0.0/10）",
  unspecified: "未指定地址",
  multicast: "组播地址",
  broadcast: "广播地址",
};

const refusalText = (refusal: Refusal): Message => {
  switch (refusal.kind) {
    case "invalid_url":
      return message("地址不是有效的 URL", "The URL is not a valid URL");
    case "scheme":
      return message(
        `地址必须以 http:// 或 https:// 开头，不能是 ${refusal.scheme}`,
        `The URL must be http or https, not ${refusal.scheme}`,
      );
    case "credentials":
      return message(
        "地址中不能包含用户名或密码",
        "The URL must not carry a user name or password",
      );
    case "unresolvable":
      return message(
        `无法解析主机名 ${refusal.host}`,
        `The host name ${refusal.host} does not resolve`,
      );
    case "internal": {
      const zh = RANGE_ZH[refusal.range] ?? `特殊用途地址（${refusal.range}）`;
      const en = rangeInWords(refusal.range);
      const where =
        refusal.host === refusal.address
          ? message(`${refusal.address} 是${zh}`, `${refusal.address} is ${en}`)
          : message(
              `${refusal.host} 解析为 ${refusal.address}，是${zh}`,
              `${refusal.host} resolves to ${refusal.address}, ${en}`,
            );
      return message(
        `${where.zh}，不能作为提醒的接收地址；内网机器人须由管理员在 ${ALLOW_HOSTS_VARIABLE} 中放行`,
        `${where.en}, which reminders may not be sent to; an administrator may allow an on-premise robot in ${ALLOW_HOSTS_VARIABLE}`,
      );
    }
  }
};

/**
 * Refuses a robot or webhook contact whose URL points inside the network (or cannot
 * work at all), naming the field, before anything is written.
 */
export const requireSendableContact = async (
  contact: Contact,
  destinations: DestinationPolicy,
): Promise<void> => {
  if (contact.kind === "email") return;
  const refusal = await checkDestination(contact.url, destinations);
  if (refusal !== undefined) {
    throw new DubanError("contact.invalid", refusalText(refusal), { field: "body.contact.url" });
  }
};
