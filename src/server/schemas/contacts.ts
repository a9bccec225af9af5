import { z } from "zod";

const httpsOrHttp = z.url({ protocol: /^https?$/ });

/** A contact as written: with its secret, and checked (README "Reminder channels"). */
export const contactInputSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("email"),
      address: z.email(),
      name: z.string().max(100).optional(),
    }),
    z.object({ kind: z.literal("webhook"), url: httpsOrHttp, secret: z.string().min(16).max(200) }),
    z.object({ kind: z.literal("wecom"), url: httpsOrHttp }),
    z.object({
      kind: z.literal("dingtalk"),
      url: httpsOrHttp,
      secret: z.string().max(200).optional(),
    }),
    z.object({
      kind: z.literal("feishu"),
      url: httpsOrHttp,
      secret: z.string().max(200).optional(),
    }),
  ])
  .meta({
    id: "Contact",
    description:
      "Where a unit's reminders go: e-mail, a signed webhook, or a WeCom/DingTalk/Feishu robot. " +
      "A robot or webhook URL must reach a public address (or a host allowed by DUBAN_WEBHOOK_ALLOW_HOSTS) " +
      "and carry no user name or password.",
  });

/**
 * A contact as shown: no secret, only whether one is set; the URL's query masked. Loose
 * where the input is strict, so that a contact stored under older rules still lists.
 */
const maskedUrl = z.string().meta({ description: "The URL with its query (keys) masked as ?***" });
const hasSecret = z.boolean().meta({ description: "Whether a signing secret is set" });

export const contactViewSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("email"), address: z.string(), name: z.string().optional() }),
    z.object({ kind: z.literal("webhook"), url: maskedUrl, hasSecret }),
    z.object({ kind: z.literal("wecom"), url: maskedUrl }),
    z.object({ kind: z.literal("dingtalk"), url: maskedUrl, hasSecret }),
    z.object({ kind: z.literal("feishu"), url: maskedUrl, hasSecret }),
  ])
  .meta({ id: "ContactView", description: "A reminder contact as shown: secrets never leave" });

export const unitContactSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int(),
    label: z.string(),
    contact: contactViewSchema,
  })
  .meta({ id: "UnitContact" });
