import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getTask, listTasks } from "../../services/tasks.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams, isoDay, pageOf, pageQuery } from "../schemas/common.js";
import { milestoneSchema, taskSchema } from "../schemas/content.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

/** `/api/tasks`: the tasks the caller may see, and one task with its milestones. */
export const taskRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/tasks",
      {
        schema: {
          summary: "Tasks, in table order",
          tags: ["tasks"],
          querystring: z.object({
            plan: z.coerce.number().int().positive().optional(),
            unit: z.coerce.number().int().positive().optional().meta({
              description: "A unit id: tasks it leads or has milestones in",
            }),
            role: z.enum(["lead", "cooperating"]).optional(),
            q: z
              .string()
              .trim()
              .min(1)
              .max(200)
              .optional()
              .meta({ description: "Text in the task" }),
            ...pageQuery,
          }),
          response: { 200: pageOf(taskSchema), ...errors },
        },
      },
      (request) => {
        const { plan, unit, role, q, page, pageSize } = request.query;
        return listTasks(db, actorOf(request), {
          page,
          pageSize,
          ...(plan === undefined ? {} : { planId: plan }),
          ...(unit === undefined ? {} : { unitId: unit }),
          ...(role === undefined ? {} : { role }),
          ...(q === undefined ? {} : { text: q }),
        });
      },
    );

    app.get(
      "/api/tasks/:id",
      {
        schema: {
          summary: "One task with the milestones the caller may see",
          tags: ["tasks"],
          params: idParams,
          querystring: z.object({ asOf: isoDay.optional() }),
          response: { 200: taskSchema.extend({ milestones: arrayOf(milestoneSchema) }), ...errors },
        },
      },
      (request) =>
        getTask(db, actorOf(request), request.params.id, request.query.asOf ?? office.today()),
    );
    return Promise.resolve();
  };
