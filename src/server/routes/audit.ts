import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AuditFilter } from "../../db/queries/audit.js";
import { auditChoices, exportAuditCsv, listAuditFor } from "../../services/audit-log.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, pageOf, pageQuery } from "../schemas/common.js";
import { auditEntrySchema, messageSchema } from "../schemas/people.js";
import { sendFile } from "../send-file.js";
import type { RouteDeps } from "./route-deps.js";

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

/** The filters of the log and of its CSV alike. */
const filterQuery = {
  user: z.coerce.number().int().positive().optional(),
  token: z.coerce.number().int().positive().optional(),
  unit: z.coerce.number().int().positive().optional(),
  objectType: z.string().max(50).optional(),
  objectId: z.string().max(50).optional(),
  action: z.string().max(50).optional(),
  from: z.iso.datetime().optional().meta({ description: "From this time, inclusive" }),
  to: z.iso.datetime().optional().meta({ description: "Before this time" }),
};

const filterOf = (query: z.output<z.ZodObject<typeof filterQuery>>): AuditFilter => {
  const { user, token, unit, objectType, objectId, action, from, to } = query;
  return {
    ...(user === undefined ? {} : { userId: user }),
    ...(token === undefined ? {} : { tokenId: token }),
    ...(unit === undefined ? {} : { unitId: unit }),
    ...(objectType === undefined ? {} : { objectType }),
    ...(objectId === undefined ? {} : { objectId }),
    ...(action === undefined ? {} : { action }),
    ...(from === undefined ? {} : { from: new Date(from).toISOString() }),
    ...(to === undefined ? {} : { to: new Date(to).toISOString() }),
  };
};

/** `/api/audit-events`: who changed what, when; newest first; its filters' choices; as CSV. */
export const auditRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/audit-events",
      {
        schema: {
          summary: "The audit log, filtered by user, unit, object, action and time",
          tags: ["audit"],
          querystring: z.object({ ...filterQuery, ...pageQuery }),
          response: { 200: pageOf(auditEntrySchema), ...errors },
        },
      },
      (request) => {
        const { page, pageSize, ...filter } = request.query;
        return listAuditFor(db, actorOf(request), filterOf(filter), { page, pageSize });
      },
    );

    app.get(
      "/api/audit-events/choices",
      {
        schema: {
          summary: "What the audit log's filters offer: its people (by name), actions and objects",
          tags: ["audit"],
          response: {
            200: z.object({
              people: arrayOf(
                z.object({ id: z.number().int(), name: z.string(), unit: z.string() }),
              ),
              actions: arrayOf(z.object({ action: z.string(), name: messageSchema })),
              objectTypes: arrayOf(z.object({ type: z.string(), name: messageSchema })),
            }),
            ...errors,
          },
        },
      },
      (request) => auditChoices(db, actorOf(request)),
    );

    app.get(
      "/api/audit-events/export",
      {
        schema: {
          summary: "The audit log as CSV for Excel (UTF-8 with BOM), with the same filters",
          tags: ["audit"],
          querystring: z.object(filterQuery),
          // No 200 schema: the answer is the file itself.
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await exportAuditCsv(db, actorOf(request), filterOf(request.query), {
          timeZone: office.timeZone,
          today: office.today(),
        });
        return sendFile(reply, file);
      },
    );
    return Promise.resolve();
  };
