import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { planToJson } from "../../exporters/plan-json.js";
import { DEFAULT_LIMITS } from "../../importers/limits.js";
import { importPlanFile } from "../../services/import-plan-file.js";
import { MAX_CORRECTIONS_BYTES } from "../../services/plan-corrections-input.js";
import { deletePlan, setPlanArchive } from "../../services/plan-lifecycle.js";
import {
  getPlanRevision,
  listPlanRevisions,
  listPlansFor,
  readPlan,
  slicePlanFor,
  summarizeRevisions,
} from "../../services/plans.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { sendImportOutcome } from "../import-outcome-reply.js";
import { readImportForm } from "../import-form.js";
import { arrayOf, idParams, queryFlag } from "../schemas/common.js";
import { holidaysLoadedFor } from "../../services/work-calendar.js";
import {
  holidaysLoadedSchema,
  planAbilitiesSchema,
  planJsonSchema,
  planListItemSchema,
  planSummarySchema,
  revisionSchema,
} from "../schemas/content.js";
import { importOutcomeSchema, importRefusalSchema, revisionDiffSchema } from "../schemas/import.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

/** The content types a table upload may carry; the importer tells formats by content anyway. */
export const UPLOAD_TYPES = [
  "application/octet-stream",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv",
  "text/plain",
];

const optionalId = z.coerce.number().int().positive().optional();

const importQuery = z.object({
  fileName: z
    .string()
    .min(1)
    .max(255)
    .meta({ description: "The file's name; its extension names the format" }),
  dryRun: queryFlag.default(false).meta({ description: "Work out everything, store nothing" }),
  planId: optionalId.meta({
    description:
      "Import as a revision of this plan, whatever the title says. Without it the table starts a plan of its own, " +
      "unless a plan of the same title already holds the very same content (then nothing changes); " +
      "the answer's `match` names a plan of the same title it could revise",
  }),
  parentMilestoneId: optionalId.meta({
    description:
      "Import as the sub-plan (子计划) of this milestone, by its lead unit or the office: a new sub-plan, or a revision of " +
      "the one it has. Every row's deadline must be no later than the milestone's and every unit the lead unit, one of " +
      "its sections or subordinate units, or a new one (created under it); otherwise nothing is stored (422)",
  }),
  confirmRemovals: queryFlag.default(false).meta({
    description:
      "Let the revision remove milestones that have history, evidence or open requests (409 import.confirmation_required otherwise); their open requests are withdrawn",
  }),
  year: z.coerce.number().int().min(1949).max(2200).optional(),
  title: z.string().max(500).optional(),
  issuer: z.string().max(200).optional(),
});

/** `/api/plans`: import tables, list and read plans, their revisions and units' slices. */
export const planRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // The import's form: one file and its corrections, each bounded as it streams in.
    await app.register(fastifyMultipart, {
      limits: {
        fileSize: DEFAULT_LIMITS.maxFileBytes,
        fieldSize: MAX_CORRECTIONS_BYTES,
        files: 2,
        fields: 1,
        parts: 2,
      },
    });
    app.addContentTypeParser(UPLOAD_TYPES, { parseAs: "buffer" }, (_request, body, done) => {
      done(null, body);
    });

    app.post(
      "/api/plans",
      {
        bodyLimit: DEFAULT_LIMITS.maxFileBytes,
        schema: {
          summary:
            "Import a responsibility document (.docx, .xlsx, .csv, .txt, .html) as a plan or a new revision",
          description:
            "Send the file itself as the request body (Content-Type application/octet-stream), " +
            "or a multipart/form-data form with a `file` part and a `corrections` part: a JSON array of PlanCorrection " +
            "(at most 2 MiB) made in the import preview, applied to the plan as read. Without corrections, those kept " +
            "with the last import of the same file (same SHA-256) into the plan apply again; `correctionsApplied` counts " +
            "those that found their target, and one that no longer does is a warning. " +
            "With dryRun=true nothing is stored and the answer previews the plan, the diff and the diagnostics. " +
            "A file with errors is refused with 422 and its diagnostics, located by sheet, row, column and cell. " +
            "A revision that would remove milestones with history, evidence or open requests is refused with 409 " +
            "import.confirmation_required (details: planId, revision, removals) unless confirmRemovals=true.",
          tags: ["plans"],
          consumes: ["application/octet-stream", "multipart/form-data"],
          querystring: importQuery,
          response: {
            200: importOutcomeSchema,
            201: importOutcomeSchema,
            409: apiErrorSchema,
            413: apiErrorSchema,
            422: importRefusalSchema,
            503: apiErrorSchema,
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const form = await readImportForm(request);
        const {
          fileName,
          dryRun,
          planId,
          parentMilestoneId,
          confirmRemovals,
          year,
          title,
          issuer,
        } = request.query;
        const outcome = await importPlanFile(db, {
          ...form,
          fileName,
          dryRun,
          confirmRemovals,
          actor: actorOf(request),
          now: office.now,
          ...(planId === undefined ? {} : { planId }),
          ...(parentMilestoneId === undefined ? {} : { parentMilestoneId }),
          ...(year === undefined ? {} : { year }),
          ...(title === undefined ? {} : { title }),
          ...(issuer === undefined ? {} : { issuer }),
        });
        return sendImportOutcome(reply, outcome);
      },
    );

    app.get(
      "/api/plans",
      {
        schema: {
          summary: "Plans the caller sees anything of, with what waits on the caller in each",
          tags: ["plans"],
          querystring: z.object({
            archived: queryFlag
              .default(false)
              .meta({ description: "Include archived plans (left out by default)" }),
          }),
          response: { 200: z.object({ items: arrayOf(planListItemSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await listPlansFor(db, actorOf(request), {
          asOf: office.today(),
          withArchived: request.query.archived,
        }),
      }),
    );

    app.get(
      "/api/plans/:id",
      {
        schema: {
          summary:
            "A plan's content: all of it for the supervision office, a unit's part for a unit",
          tags: ["plans"],
          params: idParams,
          querystring: z.object({
            revision: z.coerce.number().int().positive().optional().meta({
              description: "An earlier revision (supervision office only)",
            }),
          }),
          response: {
            200: z.object({
              plan: planSummarySchema.extend({
                can: planAbilitiesSchema,
                holidaysLoaded: holidaysLoadedSchema,
              }),
              revision: z.number().int(),
              content: planJsonSchema,
              /** Per task, per milestone: the ids to address them with in /api/tasks and /api/milestones. */
              ids: arrayOf(
                z.object({ task: z.number().int(), milestones: arrayOf(z.number().int()) }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const read = await readPlan(db, actorOf(request), {
          planId: request.params.id,
          ...(request.query.revision === undefined ? {} : { revision: request.query.revision }),
        });
        return {
          plan: {
            ...read.row,
            can: read.can,
            holidaysLoaded: await holidaysLoadedFor(db, read.row.year),
          },
          revision: read.revision,
          content: planToJson(read.content.plan),
          ids: read.content.tasks.map((task, index) => ({
            task: task.id,
            milestones: (read.content.milestones[index] ?? []).map((m) => m.id),
          })),
        };
      },
    );

    for (const archived of [true, false]) {
      app.post(
        `/api/plans/:id/${archived ? "archive" : "unarchive"}`,
        {
          schema: {
            summary: archived
              ? "Archive a plan (administrators): read-only, out of reminders and the picker, still exportable"
              : "Bring an archived plan back into use (administrators)",
            tags: ["plans"],
            params: idParams,
            response: { 200: planSummarySchema, ...errors },
          },
        },
        (request) =>
          setPlanArchive(
            db,
            actorOf(request),
            { planId: request.params.id, archived },
            office.now(),
          ),
      );
    }

    app.delete(
      "/api/plans/:id",
      {
        schema: {
          summary:
            "Delete a wrongly imported plan (administrators), while nothing has been done on it",
          description:
            "Refused with 409 plan.has_work when the plan has workflow records, requests, evidence, instructions, " +
            "notices, distributions, focus marks or reminders; its message names them and details.work counts them. " +
            "Archive such a plan instead.",
          tags: ["plans"],
          params: idParams,
          response: { 204: z.null(), 409: apiErrorSchema, ...errors },
        },
      },
      async (request, reply) => {
        await deletePlan(db, actorOf(request), request.params.id, office.now());
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/plans/:id/revisions",
      {
        schema: {
          summary: "The revisions of a plan, oldest first",
          tags: ["plans"],
          params: idParams,
          response: { 200: z.object({ items: arrayOf(revisionSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await summarizeRevisions(
          db,
          await listPlanRevisions(db, actorOf(request), request.params.id),
        ),
      }),
    );

    app.get(
      "/api/plans/:id/revisions/:number",
      {
        schema: {
          summary: "One revision with what changed against the one before",
          tags: ["plans"],
          params: idParams.extend({ number: z.coerce.number().int().positive() }),
          response: {
            200: revisionSchema.extend({ diff: revisionDiffSchema }),
            ...errors,
          },
        },
      },
      (request) => getPlanRevision(db, actorOf(request), request.params.id, request.params.number),
    );

    app.get(
      "/api/plans/:id/slice",
      {
        schema: {
          summary: "A unit's slice of the plan (what it leads), as its own table",
          tags: ["plans"],
          params: idParams,
          querystring: z.object({ unit: z.string().min(1).max(200) }),
          response: { 200: planJsonSchema, ...errors },
        },
      },
      async (request) => {
        const slice = await slicePlanFor(db, actorOf(request), {
          planId: request.params.id,
          unit: request.query.unit,
        });
        return planToJson(slice.plan);
      },
    );
    return Promise.resolve();
  };
