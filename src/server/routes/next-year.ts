import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createNextYearPlan } from "../../services/next-year/create-next-year-plan.js";
import { proposeNextYear } from "../../services/next-year/next-year-proposal.js";
import { filePlan } from "../../services/plan-grouping.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { idParams } from "../schemas/common.js";
import { planSummarySchema } from "../schemas/content.js";
import {
  nextYearBody,
  nextYearPlanSchema,
  nextYearProposalSchema,
  planFilingBody,
} from "../schemas/next-year.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** Plans filed by year and category, and next year's plan (结转): the supervision office's. */
export const nextYearRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.patch(
      "/api/plans/:id",
      {
        schema: {
          summary: "File a plan under a year and category (supervision office)",
          tags: ["plans"],
          params: idParams,
          body: planFilingBody,
          response: { 200: planSummarySchema, ...errors },
        },
      },
      (request) =>
        filePlan(
          db,
          actorOf(request),
          { planId: request.params.id, ...request.body },
          office.now(),
        ),
    );

    app.get(
      "/api/plans/:id/next-year",
      {
        schema: {
          summary: "What next year's plan would carry from this one (结转); changes nothing",
          description:
            "The plan's milestones not done today (by the status every screen shows), each with its deadline " +
            "moved into the new year and whether it was carried already. Supervision office only.",
          tags: ["plans"],
          params: idParams,
          querystring: z.object({ year: z.coerce.number().int() }),
          response: { 200: nextYearProposalSchema, ...errors },
        },
      },
      (request) =>
        proposeNextYear(db, actorOf(request), {
          planId: request.params.id,
          year: request.query.year,
          asOf: office.today(),
        }),
    );

    app.post(
      "/api/plans/:id/next-year",
      {
        schema: {
          summary: "Start next year's plan from this one, carrying the picked milestones (结转)",
          description:
            "Creates the plan of `year` as its first revision, with the picked unfinished milestones and their " +
            "tasks, each linked to the milestone it came from; the category and settings (reminder rules among " +
            "them) are copied. An empty list carries none. 400 plan.invalid_input for a milestone that is not " +
            "an unfinished one of the plan, 409 plan.conflict for one carried already. Supervision office only.",
          tags: ["plans"],
          params: idParams,
          body: nextYearBody,
          response: { 201: nextYearPlanSchema, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createNextYearPlan(
          db,
          actorOf(request),
          {
            planId: request.params.id,
            year: request.body.year,
            milestoneIds: request.body.milestoneIds,
            asOf: office.today(),
          },
          office.now(),
        );
        return reply.status(201).send(created);
      },
    );
    return Promise.resolve();
  };
