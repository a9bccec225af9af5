import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listTargets } from "../../services/targets/list-targets.js";
import { addTarget, changeTarget } from "../../services/targets/manage-targets.js";
import { listActuals, reportActual } from "../../services/targets/report-actual.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams, isoDay } from "../schemas/common.js";
import {
  actualBody,
  actualSchema,
  newTargetBody,
  targetEditBody,
  targetSchema,
  targetStateSchema,
} from "../schemas/targets.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** Quantitative targets (量化指标): read at import, confirmed by the office, reported by units. */
export const targetRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/plans/:id/targets",
      {
        schema: {
          summary: "A plan's targets the caller may see, with progress as of a day",
          tags: ["targets"],
          params: idParams,
          querystring: z.object({
            asOf: isoDay.optional(),
            unit: z.coerce.number().int().positive().optional().meta({
              description: "A unit id: the targets of the work it leads or shares",
            }),
            state: targetStateSchema.optional(),
          }),
          response: { 200: z.object({ items: arrayOf(targetSchema) }), ...errors },
        },
      },
      async (request) => {
        const { asOf, unit, state } = request.query;
        return {
          items: await listTargets(db, actorOf(request), {
            planId: request.params.id,
            asOf: asOf ?? office.today(),
            ...(unit === undefined ? {} : { unit }),
            ...(state === undefined ? {} : { state }),
          }),
        };
      },
    );

    app.post(
      "/api/plans/:id/targets",
      {
        schema: {
          summary: "The office adds a target to a task or a milestone (confirmed)",
          tags: ["targets"],
          params: idParams,
          body: newTargetBody,
          response: { 201: targetSchema, ...errors },
        },
      },
      async (request, reply) => {
        const added = await addTarget(
          db,
          actorOf(request),
          { planId: request.params.id, ...request.body },
          office.stepTime(),
        );
        return reply.status(201).send(added);
      },
    );

    app.patch(
      "/api/targets/:id",
      {
        schema: {
          summary: "The office confirms, edits or dismisses a target",
          tags: ["targets"],
          params: idParams,
          body: targetEditBody,
          response: { 200: targetSchema, ...errors },
        },
      },
      (request) =>
        changeTarget(
          db,
          actorOf(request),
          { targetId: request.params.id, edit: request.body },
          office.stepTime(),
        ),
    );

    app.post(
      "/api/targets/:id/actuals",
      {
        schema: {
          summary: "The unit leading the work reports the value reached as of a day",
          tags: ["targets"],
          params: idParams,
          body: actualBody,
          response: { 201: targetSchema, ...errors },
        },
      },
      async (request, reply) => {
        const reported = await reportActual(
          db,
          actorOf(request),
          { targetId: request.params.id, ...request.body },
          office.stepTime(),
        );
        return reply.status(201).send(reported);
      },
    );

    app.get(
      "/api/targets/:id/actuals",
      {
        schema: {
          summary: "Every actual reported for a target, oldest first",
          tags: ["targets"],
          params: idParams,
          response: { 200: z.object({ items: arrayOf(actualSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await listActuals(db, actorOf(request), request.params.id),
      }),
    );
    return Promise.resolve();
  };
