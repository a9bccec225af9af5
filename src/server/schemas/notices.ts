import { z } from "zod";
import { isoDay } from "./common.js";

export const noticeSchema = z
  .object({
    id: z.number().int(),
    milestoneId: z.number().int(),
    planId: z.number().int(),
    year: z.number().int(),
    number: z
      .number()
      .int()
      .meta({ description: "The number in the office's sequence for the year" }),
    numberText: z
      .string()
      .meta({ description: "The number as the template writes it: 〔2022〕第3号" }),
    office: z.string(),
    recipientUnitId: z.number().int().nullable(),
    recipientUnit: z.string(),
    issuedBy: z.string(),
    issuedAt: z.string(),
    issuedOn: isoDay,
    replyDue: isoDay.meta({
      description: "The day the unit is to reply by (working days after issue)",
    }),
    daysOverdue: z.number().int().meta({ description: "Days overdue on the day of issue" }),
    documentUrl: z
      .string()
      .meta({ description: "The .docx: GET it (the same document every time)" }),
  })
  .meta({ id: "Notice" });
