import { z } from "zod";
import { MAX_EVIDENCE_FILES } from "../../domain/evidence-file.js";
import { MAX_BATCH_SIZE } from "../../services/workflow/batch.js";
import { isoDay } from "./common.js";

export const draftPayloadSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("completion"),
      completedOn: isoDay,
      text: z.string().trim().max(10_000).default(""),
      attachmentIds: z
        .array(z.number().int().positive())
        .max(MAX_EVIDENCE_FILES)
        .readonly()
        .default([])
        .meta({
          description: "Files the drafter uploaded with POST /api/milestones/{id}/evidence",
        }),
    }),
    z.strictObject({
      kind: z.literal("extension"),
      newDue: isoDay,
      reason: z.string().trim().min(1).max(2_000),
    }),
  ])
  .meta({
    description:
      "申报完成 (completion: completedOn, text, attachmentIds) or 申请延期 (extension: newDue, reason)",
  });

const mark = z.object({ by: z.string(), at: z.string() });

export const draftSchema = z
  .object({
    id: z.number().int(),
    milestoneId: z.number().int(),
    planId: z.number().int(),
    unitId: z.number().int(),
    version: z.number().int().meta({
      description: "Counts the draft's changes; confirm, return, edit and withdraw name it",
    }),
    state: z.enum(["drafted", "returned", "confirmed", "withdrawn"]).meta({
      description:
        "drafted: waits for the unit's leader; returned: back with the drafter (note); confirmed: submitted to the office (requestId); withdrawn",
    }),
    payload: z.looseObject({ kind: z.enum(["completion", "extension"]) }),
    draftedBy: z.string(),
    draftedAt: z.string(),
    updatedAt: z.string(),
    returned: mark.optional(),
    note: z.string().optional().meta({ description: "The leader's reason for returning it" }),
    confirmed: mark.optional(),
    withdrawn: mark.optional(),
    requestId: z.number().int().nullable().optional(),
  })
  .meta({ id: "RequestDraft" });

export const listedDraftSchema = draftSchema
  .extend({
    milestone: z
      .object({
        taskNo: z.number().int().nullable(),
        seq: z.number().int().nullable(),
        text: z.string(),
        taskTitle: z.string(),
      })
      .nullable(),
    draftedByName: z.string().meta({ description: "The drafter's display name" }),
    actedByName: z.string().nullable().meta({
      description: "Who returned, confirmed or withdrew it, by display name",
    }),
    can: z.object({
      confirm: z.boolean().meta({ description: "Confirm it or return it (the unit's leader)" }),
      edit: z.boolean().meta({ description: "Edit and resubmit it, or withdraw it" }),
    }),
  })
  .meta({ id: "ListedRequestDraft" });

export const batchIds = z
  .array(z.number().int().positive())
  .min(1)
  .max(MAX_BATCH_SIZE)
  .readonly()
  .meta({ description: `1 to ${String(MAX_BATCH_SIZE)} ids; all are done, or none` });
