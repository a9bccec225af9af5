import { z } from "zod";
import { NOTICE_NUMBER_LIMITS, numberTemplateProblem } from "../../domain/supervision-notice.js";
import { arrayOf, isoDay } from "./common.js";
import { lightReasonSchema } from "./light-reason.js";
import { tokenCreditSchema } from "./people.js";

export const requestSchema = z
  .object({
    id: z.number().int(),
    milestoneId: z.number().int(),
    planId: z.number().int(),
    kind: z.enum(["completion", "extension"]),
    state: z.enum(["pending", "approved", "rejected", "withdrawn"]).meta({
      description: "withdrawn: closed without a decision when a revision removed its milestone",
    }),
    requestedAt: z.string(),
    requestedBy: z.string(),
    requestedByName: z.string().meta({ description: "Who asked, by display name" }),
    unitId: z.number().int().nullable(),
    payload: z.record(z.string(), z.unknown()),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decisionComment: z.string().nullable(),
    can: z
      .object({ decide: z.boolean().meta({ description: "Approve or reject it (批准/退回)" }) })
      .meta({ id: "RequestAbilities", description: "What the caller may do on the request now" }),
  })
  .meta({ id: "MilestoneRequest" });

export const attachmentSchema = z
  .object({
    id: z.number().int(),
    milestoneId: z.number().int(),
    name: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
    actor: z.string(),
    actorName: z.string().meta({ description: "Who uploaded it, by display name" }),
  })
  .meta({ id: "Attachment" });

export const evidenceStorageSchema = z
  .object({
    unitQuotaBytes: z.number().int().meta({ description: "Bytes each unit may store; 0: none" }),
    userBytesPerHour: z
      .number()
      .int()
      .meta({ description: "Bytes each account may upload per hour; 0: no limit" }),
    units: arrayOf(
      z.object({
        unitId: z.number().int(),
        name: z.string(),
        bytes: z.number().int(),
        files: z.number().int(),
      }),
    ),
  })
  .meta({ id: "EvidenceStorage" });

export const ledgerEntrySchema = z
  .object({
    id: z.number().int(),
    milestoneId: z.number().int(),
    at: z.string(),
    actor: z.string(),
    actorName: z.string().meta({ description: "Who recorded it, by display name" }),
    userId: z.number().int().nullable(),
    token: tokenCreditSchema.nullable(),
    unitId: z.number().int().nullable(),
    entry: z.looseObject({ kind: z.string(), on: z.string() }),
  })
  .meta({ id: "LedgerEntry" });

const offsetSchema = z.object({
  amount: z.number().int().min(0).max(366),
  unit: z.enum(["calendar_day", "working_day"]),
});

export const planSettingsSchema = z
  .object({
    reviewRequired: z.boolean(),
    warningDays: z.number().int().min(0).max(365),
    warningUnit: z.enum(["calendar_day", "working_day"]),
    reportCycle: z
      .object({ every: z.enum(["month", "quarter"]), day: z.number().int().min(1).max(28) })
      .nullable(),
    reminders: z.object({
      beforeDue: z.array(offsetSchema).max(10).readonly(),
      overdueEveryDays: z.number().int().min(1).max(90),
      missingReport: z.boolean(),
      acknowledgeWithin: offsetSchema,
    }),
    escalation: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(20),
          afterDaysOverdue: z.number().int().min(1).max(366),
          notifyOffice: z.boolean(),
        }),
      )
      .max(10)
      .readonly(),
    notice: z.object({
      office: z.string().trim().min(1).max(NOTICE_NUMBER_LIMITS.officeLength).nullable().meta({
        description: "The issuing office; null: the plan's issuer's 督查室 (市政府督查室)",
      }),
      numberTemplate: z
        .string()
        .trim()
        .min(1)
        .max(NOTICE_NUMBER_LIMITS.templateLength)
        .superRefine((template, context) => {
          const problem = numberTemplateProblem(template);
          if (problem !== null) context.addIssue({ code: "custom", message: problem });
        })
        .meta({
          description: "The notice number, with {n} and optionally {year}: 〔{year}〕第{n}号",
        }),
      replyWorkingDays: z.number().int().min(1).max(NOTICE_NUMBER_LIMITS.replyDays),
    }),
  })
  .meta({ id: "PlanSettings" });

const lightCountsSchema = z
  .object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int() })
  .meta({
    description: "Lights of the open milestones; done ones are counted as done, not as a light",
  });

export const rollupSchema = z.object({
  total: z.number().int(),
  counts: z.object({
    done: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
  }),
  lights: lightCountsSchema,
  onTime: z.number().int().meta({ description: "Done by the due date then in force" }),
  completionRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});

export const planComparisonSchema = z
  .object({
    asOf: isoDay,
    items: arrayOf(
      z.object({
        plan: z.object({
          id: z.number().int(),
          title: z.string(),
          year: z.number().int(),
          kind: z.enum(["master", "slice"]),
          archivedAt: z.string().nullable(),
        }),
        figures: rollupSchema.extend({
          reportsThisMonth: z.number().int().meta({
            description: "As in GET /api/plans/{id}/status",
          }),
        }),
      }),
    ).meta({
      description:
        "Each plan's figures as GET /api/plans/{id}/status gives them (milestones=none), newest year first",
    }),
  })
  .meta({ id: "PlanComparison" });

export const planStatusSchema = z
  .object({
    planId: z.number().int(),
    asOf: isoDay,
    unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    counts: rollupSchema.shape.counts,
    lights: lightCountsSchema,
    onTime: rollupSchema.shape.onTime,
    total: z.number().int(),
    completionRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
    reportsThisMonth: z.number().int().meta({
      description:
        "Progress reports (the lead's 报送进展) from the first of asOf's month to asOf, on the milestones these figures count (a unit's: those it leads)",
    }),
    cooperating: rollupSchema.nullable(),
    milestones: arrayOf(
      z.object({
        id: z.number().int(),
        taskNo: z.number().int().nullable(),
        seq: z.number().int().nullable(),
        status: z.enum(["done", "overdue", "due_soon", "in_progress", "not_started"]),
        light: z.enum(["red", "yellow", "green"]),
        due: z.string().nullable(),
        completedOn: z.string().nullable(),
        late: z.boolean().nullable(),
        reportMissing: z.boolean(),
        escalationLevel: z.string().nullable(),
        lightReason: lightReasonSchema,
        role: z.enum(["lead", "cooperating"]).optional(),
      }),
    ),
    byTask: arrayOf(
      z.object({
        taskId: z.number().int(),
        taskNo: z.number().int().nullable(),
        title: z.string(),
        rollup: rollupSchema,
      }),
    ),
    byUnit: arrayOf(
      z.object({
        unitId: z.number().int(),
        unit: z.string(),
        lead: rollupSchema,
        cooperating: rollupSchema,
      }),
    ),
    byDueMonth: arrayOf(
      z.object({
        month: z.string().meta({ description: "YYYY-MM of the due date in force" }),
        rollup: rollupSchema,
      }),
    ).meta({ description: "Per month of the due date in force; milestones without one left out" }),
  })
  .meta({ id: "PlanStatus" });
