/** Where a reminder goes. */
export type Contact =
  | { readonly kind: "email"; readonly address: string; readonly name?: string }
  /** Duban's own signed JSON POST (README "Reminder channels"). */
  | { readonly kind: "webhook"; readonly url: string; readonly secret: string }
  /** 企业微信群机器人: the webhook URL with its key. */
  | { readonly kind: "wecom"; readonly url: string }
  /** 钉钉自定义机器人: the URL with its access_token; 加签 when a secret is set. */
  | { readonly kind: "dingtalk"; readonly url: string; readonly secret?: string }
  /** 飞书自定义机器人: 签名校验 when a secret is set. */
  | { readonly kind: "feishu"; readonly url: string; readonly secret?: string };

export type ContactKind = Contact["kind"];
