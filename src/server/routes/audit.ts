import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listAuditFor } from "../../services/audit-log.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { pageOf, pageQuery } from "../schemas/common.js";
import { auditEntrySchema } from "../schemas/people.js";
import type { RouteDeps } from "./route-deps.js";

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

/** `/api/audit-events`: who changed what, when; newest first. */
export const auditRoutes =
  ({ db }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/audit-events",
      {
        schema: {
          summary: "The audit log, filtered by user, unit, object, action and time",
          tags: ["audit"],
          querystring: z.object({
            user: z.coerce.number().int().positive().optional(),
            token: z.coerce.number().int().positive().optional(),
            unit: z.coerce.number().int().positive().optional(),
            objectType: z.string().max(50).optional(),
            objectId: z.string().max(50).optional(),
            action: z.string().max(50).optional(),
            from: z.iso.datetime().optional().meta({ description: "From this time, inclusive" }),
            to: z.iso.datetime().optional().meta({ description: "Before this time" }),
            ...pageQuery,
          }),
          response: { 200: pageOf(auditEntrySchema), ...errors },
        },
      },
      (request) => {
        const { user, token, unit, objectType, objectId, action, from, to, page, pageSize } =
          request.query;
        return listAuditFor(
          db,
          actorOf(request),
          {
            ...(user === undefined ? {} : { userId: user }),
            ...(token === undefined ? {} : { tokenId: token }),
            ...(unit === undefined ? {} : { unitId: unit }),
            ...(objectType === undefined ? {} : { objectType }),
            ...(objectId === undefined ? {} : { objectId }),
            ...(action === undefined ? {} : { action }),
            ...(from === undefined ? {} : { from: new Date(from).toISOString() }),
            ...(to === undefined ? {} : { to: new Date(to).toISOString() }),
          },
          { page, pageSize },
        );
      },
    );
    return Promise.resolve();
  };
