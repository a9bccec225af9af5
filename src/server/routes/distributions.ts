import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { distributePlan } from "../../services/distribution/distribute-plan.js";
import { distributionRecipients } from "../../services/distribution/distribution-recipients.js";
import { listDistributions } from "../../services/distribution/list-distributions.js";
import { signDistribution } from "../../services/distribution/sign-distribution.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { deliveryOptionsOf } from "../server-settings.js";
import { arrayOf, idParams } from "../schemas/common.js";
import {
  distributeBodySchema,
  distributionSchema,
  recipientSchema,
} from "../schemas/distributions.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** 下发: the office sends each unit its part of a plan; the unit signs (签收) for it. */
export const distributionRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.post(
      "/api/plans/:id/distributions",
      {
        schema: {
          summary:
            "Send every unit its part of the plan (下发): the .docx by e-mail, a link by robot",
          description:
            "Each unit's part of the current revision goes to each of its reminder contacts; every delivery is recorded with its result. One distribution of a plan at a time: another asked for meanwhile is refused with 409.",
          tags: ["distributions"],
          params: idParams,
          body: distributeBodySchema,
          response: { 201: distributionSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await distributePlan(
            db,
            actorOf(request),
            {
              planId: request.params.id,
              ...(request.body.units === undefined ? {} : { units: request.body.units }),
              ...(request.body.only === undefined ? {} : { only: request.body.only }),
            },
            office.now,
            { publicUrl: settings.publicUrl, delivery: deliveryOptionsOf(settings.reminders) },
          ),
        ),
    );

    app.get(
      "/api/plans/:id/distributions",
      {
        schema: {
          summary: "A plan's distributions, newest first: per unit, its deliveries and 签收",
          description:
            "The supervision office sees every unit, and in recipients who a new distribution would reach through which contacts; a unit sees only its own part, and no recipients.",
          tags: ["distributions"],
          params: idParams,
          response: {
            200: z.object({
              recipients: arrayOf(recipientSchema),
              items: arrayOf(distributionSchema),
            }),
            ...errors,
          },
        },
      },
      async (request) => ({
        recipients: await distributionRecipients(db, actorOf(request), request.params.id),
        items: await listDistributions(db, actorOf(request), request.params.id),
      }),
    );

    app.post(
      "/api/distributions/:id/sign",
      {
        schema: {
          summary: "The unit signs (签收) for what it was sent: its milestones are acknowledged",
          tags: ["distributions"],
          params: idParams,
          response: { 200: distributionSchema, ...errors },
        },
      },
      (request) =>
        signDistribution(db, actorOf(request), request.params.id, {
          now: office.now(),
          today: office.today(),
        }),
    );
    return Promise.resolve();
  };
