import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { decomposeMilestone, MAX_SUB_STEPS } from "../../services/sub-plans/decompose-milestone.js";
import {
  decompositionChoices,
  parentOfSubPlan,
  subPlanOf,
} from "../../services/sub-plans/sub-plan-view.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { sendImportOutcome } from "../import-outcome-reply.js";
import { arrayOf, idParams, isoDay } from "../schemas/common.js";
import { deadlineSchema, milestoneSchema } from "../schemas/content.js";
import { importOutcomeSchema } from "../schemas/import.js";
import { rollupSchema } from "../schemas/workflow.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

const unitChoice = z.object({ id: z.number().int(), name: z.string() });

const subPlanSchema = z
  .object({
    planId: z.number().int(),
    title: z.string(),
    revision: z.number().int(),
    asOf: z.string(),
    rollup: rollupSchema.meta({
      description:
        "The steps the caller sees, counted: done/total is counts.done/total; lights of open steps",
    }),
    latestReport: z
      .object({
        milestoneId: z.number().int(),
        seq: z.number().int().nullable(),
        stepText: z.string(),
        on: z.string(),
        text: z.string(),
        percent: z.number().nullable(),
      })
      .nullable()
      .meta({ description: "The latest report on any of those steps" }),
    steps: arrayOf(milestoneSchema),
  })
  .meta({ id: "SubPlan" });

const stepBody = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  unitIds: z.array(z.number().int().positive()).min(1).max(20).meta({
    description:
      "The lead unit itself or units under it (sections, subordinate units); the first leads the step",
  }),
  dueDate: isoDay.meta({ description: "No later than the parent milestone's due day" }),
});

/** `/api/milestones/:id/sub-plan`: a milestone split into steps (任务再分解), and a sub-plan's parent. */
export const subPlanRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/milestones/:id/sub-plan",
      {
        schema: {
          summary:
            "The milestone's sub-plan (子计划): its steps as the caller sees them, and their roll-up",
          tags: ["sub-plans"],
          params: idParams,
          querystring: z.object({ asOf: isoDay.optional() }),
          response: {
            200: z.object({
              subPlan: subPlanSchema.nullable(),
              decompose: z
                .object({ units: arrayOf(unitChoice) })
                .nullable()
                .meta({
                  description:
                    "Set when the caller may split the milestone (or change its steps): the units a step may name",
                }),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const asOf = request.query.asOf ?? office.today();
        return {
          subPlan: await subPlanOf(db, actor, request.params.id, asOf),
          decompose: await decompositionChoices(db, actor, request.params.id),
        };
      },
    );

    app.post(
      "/api/milestones/:id/sub-plan",
      {
        schema: {
          summary: "Split the milestone into steps, or change the steps of its sub-plan",
          description:
            "By the milestone's lead unit or the office. Each step names its units (the lead unit, its sections or " +
            "subordinate units) and a due day no later than the milestone's; a step at fault is refused naming its " +
            "field (body.steps[2].dueDate) and nothing is stored. A milestone's sub-plan is one plan: sending steps " +
            "again makes a revision of it, as an import does (steps with records removed only with confirmRemovals).",
          tags: ["sub-plans"],
          params: idParams,
          body: z.strictObject({
            steps: z.array(stepBody).min(1).max(MAX_SUB_STEPS),
            confirmRemovals: z.boolean().default(false),
            dryRun: z.boolean().default(false),
          }),
          response: {
            200: importOutcomeSchema,
            201: importOutcomeSchema,
            409: apiErrorSchema,
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const outcome = await decomposeMilestone(
          db,
          actorOf(request),
          { milestoneId: request.params.id, ...request.body },
          office.now,
        );
        return sendImportOutcome(reply, outcome);
      },
    );

    app.get(
      "/api/plans/:id/parent-milestone",
      {
        schema: {
          summary: "The milestone a sub-plan decomposes, read-only; null for a plan of its own",
          tags: ["sub-plans"],
          params: idParams,
          response: {
            200: z.object({
              parentMilestone: z
                .object({
                  milestoneId: z.number().int(),
                  planId: z.number().int(),
                  planTitle: z.string(),
                  taskTitle: z.string(),
                  text: z.string(),
                  deadline: deadlineSchema,
                  leadUnit: z.string().nullable(),
                })
                .nullable(),
            }),
            ...errors,
          },
        },
      },
      async (request) => ({
        parentMilestone: await parentOfSubPlan(db, actorOf(request), request.params.id),
      }),
    );
    return Promise.resolve();
  };
