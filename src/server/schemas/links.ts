import { z } from "zod";
import {
  LINK_DEFAULT_DAYS,
  LINK_MAX_DAYS,
  LINK_MAX_MILESTONES,
  LINK_NAME_MAX,
  LINK_TEXT_MAX,
} from "../../domain/milestone-link.js";
import { arrayOf, isoDay } from "./common.js";

/** A person's name as typed: no line breaks or other control characters, which records would carry. */
const personName = z
  .string()
  .trim()
  .min(1)
  .max(LINK_NAME_MAX)
  .regex(/^\P{Cc}+$/u, { error: "a name on one line, without control characters" });

export const linkSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int(),
    unitName: z.string(),
    contact: z.string().nullable().meta({ description: "The person it was sent to, if named" }),
    standing: z.enum(["live", "expired", "revoked"]),
    createdBy: z.string().meta({ description: "The issuer as the audit log names actors" }),
    createdByName: z.string(),
    issuerUnitId: z.number().int().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    revokedBy: z.string().nullable(),
    revokedByName: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    readCount: z.number().int().meta({ description: "Times its page read the milestones" }),
    submissionCount: z.number().int().meta({ description: "Inputs sent through it" }),
    milestones: arrayOf(
      z.object({
        id: z.number().int(),
        planId: z.number().int(),
        taskNo: z.number().int().nullable(),
        seq: z.number().int().nullable(),
        text: z.string().nullable().meta({ description: "Null once a revision removed it" }),
      }),
    ),
  })
  .meta({ id: "Link" });

/** A new link: its address carries the secret, shown in this answer only. */
export const newLinkSchema = linkSchema
  .extend({
    token: z.string(),
    /** https://…/link/{token}: the page the unit opens. */
    url: z.string(),
  })
  .meta({ id: "NewLink" });

export const newLinkBody = z.strictObject({
  milestoneIds: z
    .array(z.number().int().positive())
    .min(1)
    .max(LINK_MAX_MILESTONES)
    .meta({ description: "The milestones the link reaches, nothing else" }),
  unitId: z.number().int().positive().meta({
    description: "The unit it speaks for: one each milestone names, in a role other than lead",
  }),
  contactName: personName.nullable().default(null).meta({
    description: "The person it is sent to (optional)",
  }),
  days: z
    .number()
    .int()
    .min(1)
    .max(LINK_MAX_DAYS)
    .nullable()
    .default(null)
    .meta({ description: `Days until it expires; ${String(LINK_DEFAULT_DAYS)} when not given` }),
});

export const linkTokenParams = z.object({ token: z.string().min(1).max(200) });

export const linkMilestoneParams = linkTokenParams.extend({
  id: z.coerce.number().int().positive(),
});

/** The text fields of a submission's form (multipart/form-data, with the files). */
export const linkInputFields = z.strictObject({
  holderName: personName,
  text: z.string().trim().min(1).max(LINK_TEXT_MAX),
});

const unitOnMilestone = z.object({
  unit: z.string(),
  role: z.enum(["lead", "cooperating", "other"]),
  roleLabel: z.string().nullable(),
});

export const linkPageSchema = z
  .object({
    unit: z.string(),
    contact: z.string().nullable(),
    expiresAt: z.string(),
    milestones: arrayOf(
      z.object({
        id: z.number().int(),
        task: z.object({ no: z.number().int().nullable(), title: z.string() }),
        seq: z.number().int().nullable(),
        text: z.string(),
        deadline: z.string().meta({ description: "As the table wrote it; empty when none" }),
        dueDate: isoDay.nullable(),
        units: arrayOf(unitOnMilestone),
        open: z.boolean().meta({ description: "Input is taken until the milestone is done" }),
        submissions: arrayOf(
          z.object({
            at: z.string(),
            holder: z.string(),
            text: z.string(),
            files: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "LinkPage" });

export const linkSubmissionSchema = z
  .object({ milestoneId: z.number().int(), at: z.string(), files: z.number().int() })
  .meta({ id: "LinkSubmission" });
