import { z } from "zod";
import { TARGET_COMPARISONS } from "../../domain/target.js";
import { isoDay } from "./common.js";

export const comparisonSchema = z.enum(TARGET_COMPARISONS).meta({
  description:
    "at_least 以上/不少于, more_than 突破/超过, reach 达到, at_most 以内/不超过, range N～M (low and high)",
});

export const targetStateSchema = z.enum(["proposed", "confirmed", "dismissed"]).meta({
  description: "proposed 待确认 (read at import), confirmed 已确认, dismissed 已排除",
});

const lightSchema = z.enum(["red", "yellow", "green"]);

export const targetSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    taskId: z.number().int(),
    taskNo: z.number().int().nullable(),
    milestoneId: z.number().int().nullable().meta({ description: "null: the task's own words" }),
    milestoneSeq: z.number().int().nullable(),
    subject: z.string(),
    comparison: comparisonSchema,
    value: z.number().nullable().meta({ description: "null for a range (low and high)" }),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unitOfMeasure: z.string(),
    span: z
      .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
      .nullable()
      .meta({ description: "Where in the task's or milestone's text; null for an added target" }),
    origin: z.enum(["extracted", "added"]),
    state: targetStateSchema,
    baseline: z.number().nullable(),
    deadline: z.string().nullable().meta({
      description: "The milestone's due date in force, or the latest of the task's milestones",
    }),
    latestActual: z.object({ value: z.number(), asOf: z.string(), source: z.string() }).nullable(),
    progress: z.object({
      ratio: z.number().nullable(),
      projected: z.number().nullable(),
      met: z.boolean(),
      light: lightSchema.nullable(),
    }),
    can: z.object({
      edit: z.boolean().meta({ description: "Confirm, edit or dismiss it (the office)" }),
      report: z.boolean().meta({ description: "Report an actual (the unit leading the work)" }),
    }),
  })
  .meta({ id: "Target" });

export const actualSchema = z
  .object({
    id: z.number().int(),
    targetId: z.number().int(),
    value: z.number(),
    asOf: z.string(),
    source: z.string(),
    unitId: z.number().int().nullable(),
    unit: z.string().nullable(),
    reportedBy: z.string(),
    reportedByName: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: "TargetActual" });

const number = z.number().refine(Number.isFinite, { error: "a finite number" });

/** The measure's fields as a request writes them. */
export const measureFields = {
  comparison: comparisonSchema.optional(),
  value: number.optional(),
  low: number.optional(),
  high: number.optional(),
};

export const newTargetBody = z.object({
  taskId: z.number().int().positive().optional(),
  milestoneId: z.number().int().positive().optional(),
  subject: z.string().max(200),
  ...measureFields,
  comparison: comparisonSchema,
  unitOfMeasure: z.string().max(20),
  baseline: number.nullable().optional(),
});

export const targetEditBody = z.object({
  subject: z.string().max(200).optional(),
  ...measureFields,
  unitOfMeasure: z.string().max(20).optional(),
  baseline: number.nullable().optional(),
  state: z.enum(["confirmed", "dismissed"]).optional(),
});

export const actualBody = z.object({
  value: number,
  asOf: isoDay,
  source: z.string().max(500),
});
