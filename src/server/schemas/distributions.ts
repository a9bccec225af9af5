import { z } from "zod";
import { arrayOf } from "./common.js";
import { contactViewSchema } from "./contacts.js";

export const recipientSchema = z
  .object({
    unitId: z.number().int(),
    unit: z.string(),
    contacts: arrayOf(contactViewSchema),
  })
  .meta({ id: "DistributionRecipient", description: "A unit a distribution would reach" });

const deliverySchema = z
  .object({
    channel: z.string().meta({ description: "email, webhook, wecom, dingtalk or feishu" }),
    destination: z
      .string()
      .meta({ description: "The e-mail address, or the robot's URL with its key masked" }),
    status: z.enum(["pending", "sent", "failed"]).meta({
      description: "pending: the sending was interrupted before the channel answered",
    }),
    error: z.string().nullable().meta({ description: "Why it failed, in the channel's words" }),
    sentAt: z.string().nullable(),
  })
  .meta({ id: "DistributionDelivery" });

const distributionUnitSchema = z
  .object({
    unitId: z.number().int(),
    unit: z.string(),
    title: z.string().meta({ description: "The part's title: …（市科技局牵头部分）" }),
    fileName: z.string(),
    deliveries: arrayOf(deliverySchema),
    received: z.boolean().meta({ description: "At least one channel took the part" }),
    signedAt: z.string().nullable(),
    signedBy: z.string().nullable(),
    acknowledgement: z.object({
      acknowledged: z.number().int(),
      total: z.number().int(),
    }),
    signed: z.boolean().meta({
      description: "Signed (签收) here, or every milestone the unit leads acknowledged already",
    }),
  })
  .meta({ id: "DistributionUnit" });

export const distributionSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    revision: z.number().int(),
    issuedBy: z.string(),
    issuer: z.string().meta({ description: "The sending unit, as the units read it (督查室)" }),
    createdAt: z.string(),
    units: arrayOf(distributionUnitSchema),
  })
  .meta({ id: "Distribution" });

export const distributeBodySchema = z
  .object({
    units: z
      .array(z.number().int().positive())
      .max(10_000)
      .readonly()
      .optional()
      .meta({ description: "Unit ids to send to; every unit that leads something when absent" }),
    only: z.enum(["failed"]).optional().meta({
      description:
        "failed: the units of the plan's last distribution that no channel reached (send them again)",
    }),
  })
  .refine((body) => body.units === undefined || body.only === undefined, {
    error: "units and only cannot be given together",
    path: ["only"],
  });
