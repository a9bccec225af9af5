import { z } from "zod";
import { MAX_CARRIED_MILESTONES } from "../../services/next-year/create-next-year-plan.js";
import { MILESTONE_STATUSES } from "../../domain/milestone-status.js";
import { arrayOf } from "./common.js";
import { holidaysLoadedSchema } from "./content.js";

const yearField = z
  .number()
  .int()
  .meta({ description: "The new plan's year, after the old plan's" });

const deadlineShownSchema = z.object({
  text: z.string().meta({ description: "As written; empty when there is none" }),
  due: z
    .string()
    .nullable()
    .meta({ description: "The day it falls due; null for recurring, ongoing, none" }),
});

export const nextYearProposalSchema = z
  .object({
    from: z.object({
      id: z.number().int(),
      title: z.string(),
      year: z.number().int(),
      category: z.string(),
    }),
    year: z.number().int(),
    title: z.string().meta({ description: "The new plan's title: the old one with the new year" }),
    asOf: z.string().meta({ description: "The day the statuses are as of (today)" }),
    holidaysLoaded: holidaysLoadedSchema,
    candidates: arrayOf(
      z.object({
        milestoneId: z.number().int(),
        ref: z.string().meta({ description: "Its number in the old table: 204（1）" }),
        taskTitle: z.string(),
        text: z.string(),
        units: arrayOf(z.string()).meta({ description: "Every responsible unit, leads first" }),
        status: z.enum(MILESTONE_STATUSES),
        oldDeadline: deadlineShownSchema,
        newDeadline: deadlineShownSchema.meta({
          description:
            "Moved into the new year: a due date before it by whole years (README 下一年度计划)",
        }),
        carriedTo: z
          .object({ milestoneId: z.number().int(), planId: z.number().int() })
          .nullable()
          .meta({ description: "Carried into a later plan already (a milestone is carried once)" }),
      }),
    ).meta({ description: "The old plan's milestones not done on the day, in table order" }),
  })
  .meta({ id: "NextYearProposal" });

export const nextYearBody = z.object({
  year: yearField,
  milestoneIds: z
    .array(z.number().int().positive())
    .max(MAX_CARRIED_MILESTONES)
    .meta({ description: "The unfinished milestones picked to carry; empty: carry none" }),
});

export const nextYearPlanSchema = z
  .object({
    planId: z.number().int(),
    title: z.string(),
    year: z.number().int(),
    carried: arrayOf(
      z.object({
        id: z.number().int().meta({ description: "The milestone in the new plan" }),
        from: z.number().int().meta({ description: "The old plan's milestone it came from" }),
      }),
    ),
    holidaysLoaded: holidaysLoadedSchema,
  })
  .meta({ id: "NextYearPlan" });

export const planFilingBody = z.object({
  year: z.number().int().optional().meta({ description: "The year the plan is filed under" }),
  category: z.string().max(200).optional().meta({
    description:
      "政府工作报告, 民生实事, or a special plan's name: one line, at most 20 characters",
  }),
});
