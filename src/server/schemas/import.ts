import { z } from "zod";
import { apiErrorSchema } from "../api-error.js";
import { arrayOf } from "./common.js";
import { planJsonSchema } from "./content.js";

/** src/domain/diagnostic.ts: which fields are set depends on the file's format. */
const sourceLocationSchema = z
  .object({
    file: z.string(),
    sheet: z.string().optional().meta({ description: "Excel sheet name" }),
    table: z.number().int().optional().meta({ description: "1-based table in a Word document" }),
    row: z.number().int().optional().meta({
      description: "1-based: the sheet row in Excel, the table row in Word, the record in CSV",
    }),
    column: z.number().int().optional().meta({ description: "1-based column in the table" }),
    cell: z.string().optional().meta({ description: 'Excel-style reference, e.g. "E5"' }),
    line: z.number().int().optional().meta({ description: "1-based line in a text or CSV file" }),
    field: z.string().optional().meta({ description: "The column header of the cell (完成时限)" }),
    text: z.string().optional().meta({ description: "The text at fault, as written" }),
  })
  .meta({ id: "SourceLocation", description: "Where in the file something was found" });

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
