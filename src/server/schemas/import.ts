import { z } from "zod";
import { apiErrorSchema } from "../api-error.js";
import { arrayOf } from "./common.js";
import { planCorrectionSchema } from "../../services/plan-corrections-input.js";
import { planJsonSchema } from "./content.js";
import { sourceLocationSchema } from "./source-location.js";

export const diagnosticSchema = z
  .object({
    severity: z.enum(["error", "warning", "info"]),
    code: z.string().meta({ description: 'Stable, for scripts: "deadline.unreadable"' }),
    message: z.object({ zh: z.string(), en: z.string() }),
    location: sourceLocationSchema,
  })
  .meta({ id: "Diagnostic" });

const diffCountsSchema = z
  .object({
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
  })
  .meta({ description: "Milestones by how the revision changes them" });

const fieldChange = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z.object({ field: z.enum(fields), before: z.string(), after: z.string() });

const milestoneRefSchema = z
  .object({
    taskKey: z.string().meta({ description: "The task's key in its plan (its 序号 path)" }),
    taskIndex: z.number().int(),
    milestoneIndex: z.number().int(),
  })
  .meta({ id: "MilestoneRef", description: "A milestone's place in the plan it belongs to" });

const matchedBy = z.enum(["number", "text"]);

const milestoneDiffEntrySchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("added"), after: milestoneRefSchema }),
    z.object({ kind: z.literal("removed"), before: milestoneRefSchema }),
    z.object({
      kind: z.literal("changed"),
      before: milestoneRefSchema,
      after: milestoneRefSchema,
      changes: arrayOf(fieldChange(["text", "units", "deadline", "seq", "task"])),
      matchedBy,
    }),
  ])
  .meta({ id: "MilestoneDiffEntry" });

const taskDiffEntrySchema = z
  .object({
    kind: z.enum(["added", "removed", "changed"]),
    taskKey: z.string(),
    beforeTaskKey: z.string().optional().meta({ description: "A changed task's old key" }),
    changes: arrayOf(fieldChange(["title", "leadUnits", "otherRoles", "persons", "no"])),
  })
  .meta({ id: "TaskDiffEntry" });

/** src/exporters/plan-diff-json.ts: the entries that say something; `counts` counts all. */
export const planDiffSchema = z
  .object({
    counts: diffCountsSchema,
    header: arrayOf(
      fieldChange(["title", "subtitle", "year", "issuer", "ownerUnit", "headerCounts", "columns"]),
    ),
    tasks: arrayOf(taskDiffEntrySchema),
    milestones: arrayOf(milestoneDiffEntrySchema),
    textMatchSkipped: z.boolean().meta({
      description: "Too large to compare by text: moved milestones may show as removed and added",
    }),
  })
  .meta({ id: "PlanDiff", description: "What a revision changes against the one before" });

/** A revision as stored: a plan's first adds everything, so only its counts are kept. */
export const revisionDiffSchema = z.union([
  planDiffSchema,
  z.object({ counts: diffCountsSchema }).meta({ description: "A plan's first revision" }),
]);

export const milestoneRemovalSchema = z
  .object({
    milestoneId: z.number().int(),
    taskNo: z.number().int().nullable(),
    taskTitle: z.string(),
    seq: z.number().int().nullable(),
    text: z.string(),
    entries: z.number().int().meta({ description: "Entries in its history (reports, decisions…)" }),
    attachments: z.number().int().meta({ description: "Evidence files" }),
    openRequests: z.number().int().meta({ description: "Requests awaiting a decision" }),
  })
  .meta({ id: "MilestoneRemoval" });

/** The corrections in force for the file, and how many of them found their target. */
const appliedCorrections = {
  corrections: arrayOf(
    planCorrectionSchema.meta({
      id: "PlanCorrection",
      description:
        "A correction made in the import preview: a task (by label, outline labels and title) or one of its milestones (by seq or 1-based position, and text) with new units, responsibilities or deadline",
    }),
  ).meta({
    description:
      "The corrections applied: those sent, or else those kept with the last import of the same file into the plan",
  }),
  correctionsApplied: z.number().int().meta({
    description: "How many corrections found their target (the others are warned about)",
  }),
};

const changedOutcomeSchema = z.object({
  kind: z.enum(["created", "revised"]),
  planId: z.number().int(),
  revision: z.number().int(),
  dryRun: z.boolean(),
  counts: diffCountsSchema.extend({ tasks: z.number().int(), milestones: z.number().int() }),
  diff: planDiffSchema,
  newUnits: arrayOf(z.string()).meta({
    description: "Names not in the unit directory: the import creates them",
  }),
  diagnostics: arrayOf(diagnosticSchema),
  plan: planJsonSchema.optional().meta({ description: "A dry run's plan as read from the file" }),
  match: z
    .object({ planId: z.number().int(), title: z.string(), revision: z.number().int() })
    .nullable()
    .meta({
      description:
        "A plan of the same year, issuer, unit and title that this table did not revise: import again with its planId to revise it",
    }),
  removals: arrayOf(milestoneRemovalSchema).meta({
    description: "Milestones the revision removes that have history, evidence or open requests",
  }),
  confirmationRequired: z.boolean().meta({
    description: "A dry run's: importing needs confirmRemovals=true",
  }),
  ...appliedCorrections,
});

const unchangedOutcomeSchema = z.object({
  kind: z.literal("unchanged"),
  planId: z.number().int(),
  revision: z.number().int(),
  reason: z.enum(["same_file", "same_content"]).meta({
    description: "The very file was imported before, or another with the same content",
  }),
  dryRun: z.boolean(),
  diagnostics: arrayOf(diagnosticSchema),
  ...appliedCorrections,
});

export const importOutcomeSchema = z
  .discriminatedUnion("kind", [changedOutcomeSchema, unchangedOutcomeSchema])
  .meta({ id: "ImportOutcome", description: "As `duban import --json` prints it" });

/** 422: a file with errors, refused as a whole; its diagnostics say where. */
export const importRefusalSchema = z
  .object({
    error: apiErrorSchema.shape.error.extend({
      code: z.literal("import.invalid_file"),
      details: z.object({ diagnostics: arrayOf(diagnosticSchema) }),
    }),
  })
  .meta({ id: "ImportRefusal" });
