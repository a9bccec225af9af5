import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getPlanSettings, updatePlanSettings } from "../../services/plan-settings.js";
import { comparePlans } from "../../services/plan-comparison.js";
import { planStatus } from "../../services/plan-status.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { idParams, isoDay, queryFlag } from "../schemas/common.js";
import { planComparisonSchema, planSettingsSchema, planStatusSchema } from "../schemas/workflow.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

const storedSettings = z.object({ version: z.number().int(), settings: planSettingsSchema });

/** How a plan is run, and where it stands: settings and status as of a day. */
export const planSupervisionRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/plans/:id/settings",
      {
        schema: {
          summary: "How the plan is run: review, warning window, reporting cycle",
          tags: ["plans"],
          params: idParams,
          response: { 200: storedSettings, ...errors },
        },
      },
      (request) => getPlanSettings(db, actorOf(request), request.params.id),
    );

    app.put(
      "/api/plans/:id/settings",
      {
        schema: {
          summary: "Change how the plan is run (supervision office)",
          tags: ["plans"],
          params: idParams,
          body: storedSettings,
          response: { 200: storedSettings, ...errors },
        },
      },
      (request) =>
        updatePlanSettings(
          db,
          actorOf(request),
          { planId: request.params.id, ...request.body },
          office.now(),
        ),
    );

    app.get(
      "/api/plans/:id/status",
      {
        schema: {
          summary: "Status and light of every milestone as of a day, rolled up per task and unit",
          tags: ["plans"],
          params: idParams,
          querystring: z.object({
            asOf: isoDay.optional(),
            unit: z.coerce.number().int().positive().optional().meta({
              description: "A unit id: its own figures (what it leads), what it shares apart",
            }),
            milestones: z.enum(["all", "none"]).default("all").meta({
              description:
                "none: the roll-ups alone, without a line per milestone (today's are counted in the database)",
            }),
            tasks: z.enum(["all", "none"]).default("all").meta({
              description:
                "none: without the per-task roll-ups (byTask empty), for a view that shows the plan's, units' and months' figures",
            }),
          }),
          response: { 200: planStatusSchema, ...errors },
        },
      },
      (request) =>
        planStatus(db, actorOf(request), {
          planId: request.params.id,
          asOf: request.query.asOf ?? office.today(),
          milestones: request.query.milestones,
          tasks: request.query.tasks,
          ...(request.query.unit === undefined ? {} : { unit: request.query.unit }),
        }),
    );

    app.get(
      "/api/plans/compare",
      {
        schema: {
          summary: "Every plan the caller sees side by side: the dashboard's figures of each",
          tags: ["plans"],
          querystring: z.object({
            asOf: isoDay.optional(),
            archived: queryFlag
              .default(false)
              .meta({ description: "Include archived plans (left out by default)" }),
          }),
          response: { 200: planComparisonSchema, ...errors },
        },
      },
      (request) =>
        comparePlans(db, actorOf(request), {
          asOf: request.query.asOf ?? office.today(),
          withArchived: request.query.archived,
        }),
    );
    return Promise.resolve();
  };
