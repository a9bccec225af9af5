import { z } from "zod";
import { arrayOf } from "./common.js";
import { lightReasonSchema } from "./light-reason.js";
import { sourceLocationSchema } from "./source-location.js";

const recurrence = z.enum(["month", "quarter", "half_year", "year"]);

/** A deadline as docs/PLAN-JSON.md describes it: the rule beside the text as written. */
export const deadlineSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("date"),
      text: z.string(),
      date: z.string(),
      event: z.string().optional(),
    }),
    z.object({
      kind: z.literal("period_end"),
      text: z.string(),
      period: z.enum(["month", "quarter", "half_year", "year", "ten_days"]),
      date: z.string(),
      start: z.string().optional(),
      event: z.string().optional(),
    }),
    z.object({
      kind: z.literal("recurring"),
      text: z.string(),
      every: recurrence,
      day: z.union([z.number().int(), z.literal("end")]),
    }),
    z.object({ kind: z.literal("ongoing"), text: z.string() }),
    z.object({ kind: z.literal("none") }),
  ])
  .meta({ id: "Deadline", description: 'docs/PLAN-JSON.md, "Deadlines"' });

const outlineSchema = z.object({ label: z.string(), title: z.string(), level: z.number().int() });
const personSchema = z.object({ name: z.string(), role: z.string() });
const remarksSchema = z.record(z.string(), z.string());
const progressEntrySchema = z.object({ header: z.string(), text: z.string() });
/** Units under other named roles, by the role's name as written (数据提供单位 → units). */
const otherRolesSchema = z.record(z.string(), arrayOf(z.string()));
const unitNames = arrayOf(z.string());

/** Where a milestone's workflow stands; send `version` back with every write. */
export const workflowStateSchema = z
  .object({
    milestoneId: z.number().int(),
    version: z.number().int(),
    phase: z.enum(["open", "completion_pending", "done"]),
    acknowledgedOn: z.string().nullable(),
    focus: z.boolean(),
  })
  .meta({ id: "WorkflowState" });

const statusFields = {
  asOf: z.string(),
  status: z.enum(["done", "overdue", "due_soon", "in_progress", "not_started"]),
  light: z.enum(["red", "yellow", "green"]),
  lightReason: lightReasonSchema,
  due: z.string().nullable(),
  completedOn: z.string().nullable(),
  late: z.boolean().nullable(),
};

/** What the caller may do on a milestone now: the server's own decision, for showing buttons. */
export const milestoneAbilitiesSchema = z
  .object({
    acknowledge: z.boolean(),
    report: z.boolean().meta({
      description: "Report progress (the milestone's lead) or send input for the lead (others)",
    }),
    reportOfficially: z.boolean().meta({
      description: "A report would be the milestone's progress, not input for its lead",
    }),
    declareCompletion: z.boolean(),
    requestExtension: z.boolean().meta({
      description: "Still refused (409) while another extension request waits",
    }),
    answerInstructions: z.boolean(),
    setFocus: z.boolean(),
    issueNotice: z.boolean(),
    draftCompletion: z.boolean().meta({
      description: "Draft a completion declaration for the lead unit's leader to confirm",
    }),
    draftExtension: z.boolean().meta({
      description: "Draft an extension request for the lead unit's leader to confirm",
    }),
    confirmDrafts: z.boolean().meta({
      description: "Confirm (submit to the office) or return the unit's drafts on this milestone",
    }),
    issueLink: z.boolean().meta({
      description: "Send a unit without an account a link to send its input (POST /api/links)",
    }),
  })
  .meta({ id: "MilestoneAbilities" });

const actioner = z.enum(["lead_unit", "lead_unit_leader", "office"]).nullable();

/** Who may take the steps the caller may not; null where the caller may, or nobody may now. */
export const whoCanSchema = z
  .object({
    acknowledge: actioner,
    report: actioner,
    declareCompletion: actioner,
    requestExtension: actioner,
    review: actioner,
  })
  .meta({
    id: "WhoCan",
    description:
      "For each step the phase allows but the caller's role does not: the milestone's lead unit, its leader, or the office",
  });

export const milestoneSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    task: z.object({
      id: z.number().int(),
      no: z.number().int().nullable(),
      label: z.string(),
      title: z.string(),
      persons: arrayOf(personSchema).meta({
        description: "People named for the whole task (责任领导, 牵头市领导)",
      }),
    }),
    seq: z.number().int().nullable(),
    text: z.string(),
    deadline: deadlineSchema,
    units: arrayOf(
      z.object({
        unitId: z.number().int(),
        unit: z.string(),
        role: z.enum(["lead", "cooperating", "other"]),
        roleLabel: z.string().nullable(),
      }),
    ),
    persons: arrayOf(personSchema),
    remarks: remarksSchema,
    ...statusFields,
    reportMissing: z.boolean(),
    escalationLevel: z.string().nullable(),
    acknowledgedOn: z.string().nullable(),
    acknowledgementOverdue: z.boolean(),
    workflow: workflowStateSchema,
    latestReport: z
      .object({ on: z.string(), text: z.string(), percent: z.number().nullable() })
      .nullable()
      .meta({
        description:
          "The lead unit's latest report up to asOf, or the note of its completion once accepted",
      }),
    marks: z
      .object({
        focus: z.boolean().meta({ description: "重点关注: the milestone or its task" }),
        pendingReview: arrayOf(z.enum(["completion", "extension"])).meta({
          description: "Requests waiting for the office's review",
        }),
        openInstructions: z.number().int().meta({
          description: "批示 not closed, on the milestone or its task",
        }),
      })
      .meta({ id: "MilestoneMarks" }),
    importedProgress: z
      .object({
        revision: z.number().int(),
        entries: arrayOf(progressEntrySchema),
      })
      .nullable()
      .meta({
        description:
          "What the latest imported table's progress column (进展情况) stated, and that table's revision; not a report",
      }),
    can: milestoneAbilitiesSchema,
    whoCan: whoCanSchema,
    removedInRevision: z.number().int().nullable().meta({
      description:
        "The plan revision that removed this milestone: it is shown as it stood then, and refuses writes",
    }),
  })
  .meta({ id: "Milestone" });

/** One milestone on its own page: the list's fields and where next year's plan carried it from. */
export const milestoneDetailSchema = milestoneSchema
  .extend({
    carriedFrom: z
      .object({
        milestoneId: z.number().int().meta({ description: "The old plan's milestone" }),
        planId: z.number().int(),
        planYear: z.number().int(),
        planTitle: z.string(),
      })
      .nullable()
      .meta({
        description:
          "The milestone of an earlier plan this one was carried over from (结转): its history is there. " +
          "Null when it was not carried, or the caller may not read the old one",
      }),
  })
  .meta({ id: "MilestoneDetail" });

export const taskSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    no: z.number().int().nullable(),
    label: z.string(),
    title: z.string(),
    outline: arrayOf(outlineSchema),
    leadUnits: arrayOf(z.string()),
    cooperatingUnits: arrayOf(z.string()),
    otherRoles: otherRolesSchema,
    persons: arrayOf(personSchema),
    remarks: remarksSchema,
    milestoneCount: z.number().int(),
    /** Marked for focus (重点关注) by the supervision office. */
    focus: z.boolean(),
    can: z
      .object({
        answerInstructions: z.boolean(),
        issueInstruction: z.boolean(),
        setFocus: z.boolean(),
      })
      .meta({ id: "TaskAbilities", description: "What the caller may do on the task now" }),
  })
  .meta({ id: "Task" });

export const planSummarySchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    issuer: z.string().nullable(),
    kind: z.enum(["master", "slice"]),
    category: z.string().meta({
      description:
        "What the office files the plan under, beside its year: 政府工作报告, 民生实事, a special plan's name",
    }),
    ownerUnit: z.string().nullable(),
    title: z.string(),
    currentRevision: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable().meta({
      description: "When an administrator archived the plan (read-only); null while in use",
    }),
    parentMilestoneId: z.number().int().nullable().meta({
      description:
        "The milestone this plan is the sub-plan (子计划) of, owned by its lead unit (ownerUnit); null for a plan of its own",
    }),
  })
  .meta({ id: "PlanSummary" });

/** What the caller may do on a plan now (services/access/abilities.ts). */
export const planAbilitiesSchema = z
  .object({
    issueInstruction: z.boolean().meta({ description: "Enter a leader's instruction (录入批示)" }),
    exportWhole: z.boolean().meta({
      description: "Export the whole plan, at any revision, and any unit's part (牵头部分)",
    }),
    exportPartsOf: arrayOf(z.number().int()).meta({
      description:
        "The units whose part (牵头部分) the caller may export besides: its own and its groups'",
    }),
    importRevision: z.boolean().meta({ description: "Import a new revision of the plan" }),
    distribute: z.boolean().meta({ description: "Send the units their parts (下发)" }),
    configure: z.boolean().meta({ description: "Change the plan's settings" }),
    addTarget: z.boolean().meta({
      description: "Add a quantitative target (量化指标) to a task or milestone of the plan",
    }),
    classify: z.boolean().meta({ description: "File the plan under another year or category" }),
    carryOver: z.boolean().meta({
      description: "Start next year's plan from this one (结转): the supervision office's",
    }),
    archive: z.boolean().meta({ description: "Archive the plan (it is in use)" }),
    unarchive: z.boolean().meta({ description: "Bring the archived plan back into use" }),
    delete: z.boolean().meta({
      description: "Delete the plan; refused (409) once work has been done on it",
    }),
  })
  .meta({ id: "PlanAbilities" });

/** Whether the working-day calendar holds the holidays of the plan's year. */
export const holidaysLoadedSchema = z.boolean().meta({
  description:
    "Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, " +
    "or entered by an administrator); false: working days count weekends only, warn the office",
});

/** A plan in the picker's list: with what waits on the viewer in it today. */
export const planListItemSchema = planSummarySchema
  .extend({
    can: planAbilitiesSchema,
    open: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }).meta({
      description:
        "The viewer's open milestones (for a unit what it leads or shares, for the office the whole plan) overdue and due soon today",
    }),
    holidaysLoaded: holidaysLoadedSchema,
  })
  .meta({ id: "PlanListItem" });

const planMilestoneSchema = z.object({
  seq: z.number().int().nullable(),
  text: z.string(),
  units: unitNames,
  leadUnit: z.string().nullable(),
  leadUnits: unitNames,
  cooperatingUnits: unitNames,
  responsibilities: arrayOf(
    z.object({
      unit: z.string(),
      role: z.enum(["lead", "cooperating", "other"]),
      roleLabel: z.string().optional(),
    }),
  ),
  persons: arrayOf(personSchema),
  due: z.string().nullable(),
  deadlineText: z.string(),
  recurring: z.enum(["monthly", "quarterly", "half-yearly", "yearly"]).nullable(),
  deadline: deadlineSchema,
  remarks: remarksSchema,
  initialProgress: arrayOf(progressEntrySchema),
  source: sourceLocationSchema.optional().meta({
    description: "Where the reader found the milestone; absent for a stored plan",
  }),
});

/** The plan in Duban's interchange format (docs/PLAN-JSON.md). */
export const planJsonSchema = z
  .object({
    format: z.literal("duban.plan"),
    formatVersion: z.literal(1),
    title: z.string(),
    subtitle: z.string().nullable(),
    year: z.number().int(),
    issuer: z.string().nullable(),
    kind: z.enum(["master", "slice"]),
    ownerUnit: z.string().nullable(),
    headerCounts: z
      .object({ leadTasks: z.number().int(), leadMilestones: z.number().int() })
      .nullable(),
    columns: unitNames,
    taskCount: z.number().int(),
    milestoneCount: z.number().int(),
    leadTaskNos: arrayOf(z.number().int().nullable()),
    milestoneOnlyTaskNos: arrayOf(z.number().int().nullable()),
    tasks: arrayOf(
      z.object({
        no: z.number().int().nullable(),
        label: z.string(),
        title: z.string(),
        leadUnit: z.string().nullable(),
        leadUnits: unitNames,
        cooperatingUnits: unitNames,
        otherRoles: otherRolesSchema,
        persons: arrayOf(personSchema),
        outline: arrayOf(outlineSchema),
        parent: outlineSchema.nullable(),
        remarks: remarksSchema,
        milestones: arrayOf(planMilestoneSchema),
        source: sourceLocationSchema.optional().meta({
          description: "Where the reader found the task (its first row); absent for a stored plan",
        }),
      }),
    ),
  })
  .meta({ id: "PlanJson", description: "docs/PLAN-JSON.md" });

export const revisionSchema = z
  .object({
    number: z.number().int(),
    title: z.string(),
    actor: z.string(),
    actorName: z.string().meta({ description: "The importer's display name" }),
    createdAt: z.string(),
    file: z.object({
      name: z.string(),
      sha256: z.string(),
      format: z.string(),
      size: z.number().int(),
    }),
    counts: z.object({
      added: z.number().int(),
      removed: z.number().int(),
      changed: z.number().int(),
      unchanged: z.number().int(),
    }),
  })
  .meta({ id: "Revision" });
