import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CONTENT_TYPES, type ExportFormat } from "../../services/exports/export-file.js";
import { exportPlanFile } from "../../services/exports/export-plan-file.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { idParams, isoDay, queryFlag, statusList } from "../schemas/common.js";
import { sendFile } from "../send-file.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

const FORMATS = Object.keys(CONTENT_TYPES) as [ExportFormat, ...ExportFormat[]];

/** A unit as a query names it: its id, or its name or an alias. */
const unitRef = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((text) => (/^\d+$/.test(text) ? Number(text) : text));

/** The export's query: the names of `duban export`'s options (asOf is --as-of). */
export const exportQuery = z
  .object({
    format: z.enum(FORMATS).meta({
      description:
        "docx, xlsx: the decomposition table; csv, json: milestones with status as of a day; ics: the calendar",
    }),
    unit: unitRef.optional().meta({
      description:
        "One unit's part (its 牵头部分, with its header counts line): an id, name or alias",
    }),
    asOf: isoDay
      .optional()
      .meta({ description: "The day statuses are computed for; today by default" }),
    revision: z.coerce.number().int().positive().optional().meta({
      description: "The plan as it stood at this revision (supervision office only)",
    }),
    bulletin: queryFlag
      .default(false)
      .meta({ description: "The progress bulletin (进展情况通报) instead of the table or data" }),
    responsible: unitRef.optional().meta({
      description:
        "Filter: milestones this unit (id or name) leads, whole tasks included, or shares",
    }),
    role: z.enum(["lead", "cooperating"]).optional().meta({
      description: "With responsible: only where it leads, or only where it cooperates",
    }),
    status: statusList.optional().meta({
      description:
        "Filter, comma-separated, as of asOf: done, overdue, due_soon, in_progress, not_started",
    }),
    dueFrom: isoDay.optional().meta({ description: "Filter: due on or after this day" }),
    dueTo: isoDay.optional().meta({ description: "Filter: due on or before this day" }),
    text: z.string().trim().min(1).max(200).optional().meta({
      description: "Filter: words in the milestone or its task",
    }),
  })
  .refine((query) => query.role === undefined || query.responsible !== undefined, {
    path: ["role"],
    error: "role needs responsible: the unit whose role it is",
  });

/** `/api/plans/:id/export`: a plan's files, as the caller may see the plan. */
export const exportRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/plans/:id/export",
      {
        schema: {
          summary:
            "Export a plan: its table (.docx, .xlsx) or its milestones with status (.csv, .json)",
          description:
            "Answers the file as a download with its Chinese name (RFC 6266/5987). " +
            "A unit's people get what they see of the plan, and a unit's part only of their own unit. " +
            "The filters are the plan view's (GET /api/milestones) and choose among the milestones in force. " +
            "A format that has no export of the kind asked is refused with 400 export.unavailable, " +
            "listing the formats there are in details.formats.",
          tags: ["plans"],
          params: idParams,
          querystring: exportQuery,
          // No 200 schema: the answer is the file itself.
          response: errors,
        },
      },
      async (request, reply) => {
        const q = request.query;
        const file = await exportPlanFile(
          db,
          actorOf(request),
          {
            planId: request.params.id,
            format: q.format,
            bulletin: q.bulletin,
            ...(q.unit === undefined ? {} : { unit: q.unit }),
            ...(q.asOf === undefined ? {} : { asOf: q.asOf }),
            ...(q.revision === undefined ? {} : { revision: q.revision }),
            filter: {
              ...(q.responsible === undefined ? {} : { responsible: q.responsible }),
              ...(q.role === undefined ? {} : { role: q.role }),
              ...(q.status === undefined ? {} : { status: q.status }),
              ...(q.dueFrom === undefined ? {} : { dueFrom: q.dueFrom }),
              ...(q.dueTo === undefined ? {} : { dueTo: q.dueTo }),
              ...(q.text === undefined ? {} : { text: q.text }),
            },
          },
          office.today(),
        );
        return sendFile(reply, file);
      },
    );
    return Promise.resolve();
  };
