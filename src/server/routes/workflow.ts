import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../../domain/evidence-file.js";
import { acknowledgeMilestone } from "../../services/workflow/acknowledge.js";
import { acknowledgeMilestones } from "../../services/workflow/batch-acknowledge.js";
import { decideMilestoneRequests } from "../../services/workflow/batch-decide.js";
import { declareCompletion } from "../../services/workflow/declare-completion.js";
import { decideMilestoneRequest } from "../../services/workflow/decide-request.js";
import { uploadEvidence } from "../../services/workflow/evidence.js";
import { evidenceStorage } from "../../services/workflow/evidence-storage.js";
import { milestoneHistory } from "../../services/workflow/milestone-history.js";
import { readEvidence } from "../../services/workflow/read-attachment.js";
import { reportProgress } from "../../services/workflow/report-progress.js";
import { requestExtension } from "../../services/workflow/request-extension.js";
import {
  listMilestoneRequests,
  nameRequest,
  nameRequests,
} from "../../services/workflow/review-queue.js";
import { withActorNames } from "../../services/people-names.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { withSpooledUploads } from "../spool-uploads.js";
import { arrayOf, idParams, isoDay } from "../schemas/common.js";
import { workflowStateSchema } from "../schemas/content.js";
import { batchIds } from "../schemas/drafts.js";
import {
  attachmentSchema,
  ledgerEntrySchema,
  evidenceStorageSchema,
  requestSchema,
} from "../schemas/workflow.js";
import { sendFile } from "../send-file.js";
import { MAX_OPEN_SUB_STEPS_REASON } from "../../services/sub-plans/open-sub-steps.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

const version = z.number().int().min(0).meta({
  description:
    "workflow.version as last read; a stale one is refused with 409 and the current state",
});

const attachmentIds = z
  .array(z.number().int().positive())
  .max(MAX_EVIDENCE_FILES)
  .readonly()
  .default([])
  .meta({
    description:
      "Files uploaded beforehand with POST /api/milestones/{id}/evidence, which this step cites",
  });

/** RFC 8187: encodeURIComponent leaves ' ( ) * as they are, which a header value may not. */
/** The supervision cycle on milestones: acknowledge, report, complete, extend, review. */
export const workflowRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Multipart for the evidence route only; the limits stop a file or a request mid-stream.
    await app.register(fastifyMultipart, {
      limits: {
        fileSize: MAX_EVIDENCE_BYTES,
        files: MAX_EVIDENCE_FILES,
        parts: MAX_EVIDENCE_FILES,
        fields: 0,
      },
    });

    app.post(
      "/api/milestones/:id/acknowledgement",
      {
        schema: {
          summary: "The lead unit acknowledges (签收) the milestone",
          tags: ["workflow"],
          params: idParams,
          body: z.object({ version }),
          response: { 200: workflowStateSchema, ...errors },
        },
      },
      (request) =>
        acknowledgeMilestone(
          db,
          actorOf(request),
          { milestoneId: request.params.id, version: request.body.version },
          office.stepTime(),
        ),
    );

    app.post(
      "/api/milestones/acknowledgements",
      {
        schema: {
          summary: "The lead unit acknowledges (批量签收) several milestones at once, all or none",
          description:
            "One transaction: if any milestone may not be acknowledged by the caller or is acknowledged already, nothing changes and the error names it (its 序号 and words, field body.ids.N).",
          tags: ["workflow"],
          body: z.strictObject({ ids: batchIds }),
          response: { 200: z.object({ items: arrayOf(workflowStateSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await acknowledgeMilestones(
          db,
          actorOf(request),
          request.body.ids,
          office.stepTime(),
        ),
      }),
    );

    app.post(
      "/api/milestones/:id/evidence",
      {
        schema: {
          summary:
            "Upload evidence files (multipart/form-data), for a report or completion to cite",
          description: `One or more file parts, at most ${String(MAX_EVIDENCE_FILES)} of ${String(MAX_EVIDENCE_BYTES / 1024 / 1024)} MiB each; the type is read from the bytes. Counted against the unit's storage quota (413) and the account's hourly upload allowance (429). The ids answered go in attachmentIds of the report or completion.`,
          tags: ["workflow"],
          consumes: ["multipart/form-data"],
          params: idParams,
          response: {
            201: z.object({ attachments: arrayOf(attachmentSchema) }),
            413: apiErrorSchema,
            415: apiErrorSchema,
            429: apiErrorSchema,
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const attachments = await withSpooledUploads(request, (files) =>
          uploadEvidence(
            db,
            actorOf(request),
            request.params.id,
            files,
            settings.evidence,
            office.now(),
          ),
        );
        return reply.status(201).send({ attachments: await withActorNames(db, attachments) });
      },
    );

    app.get(
      "/api/evidence-storage",
      {
        schema: {
          summary: "Evidence stored per unit against the quota, and the hourly upload allowance",
          tags: ["workflow"],
          response: { 200: evidenceStorageSchema, ...errors },
        },
      },
      (request) => evidenceStorage(db, actorOf(request), settings.evidence),
    );

    app.post(
      "/api/milestones/:id/reports",
      {
        schema: {
          summary: "Report progress (the lead unit's is official; a cooperating unit's is input)",
          tags: ["workflow"],
          params: idParams,
          // Strict: a client still sending files in base64 is told so, not silently ignored.
          body: z.strictObject({
            version,
            text: z.string().trim().min(1).max(10_000),
            percent: z.number().int().min(0).max(100).nullable().default(null),
            attachmentIds,
            cites: arrayOf(z.number().int().positive()).default([]).meta({
              description: "Ids of cooperating units' reports the lead's report draws on",
            }),
          }),
          response: {
            201: z.object({ workflow: workflowStateSchema, official: z.boolean() }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const { version: expected, text, percent, cites } = request.body;
        const result = await reportProgress(
          db,
          actorOf(request),
          {
            milestoneId: request.params.id,
            version: expected,
            text,
            percent,
            cites,
            attachmentIds: request.body.attachmentIds,
          },
          office.stepTime(),
        );
        return reply.status(201).send({ workflow: result.state, official: result.official });
      },
    );

    app.post(
      "/api/milestones/:id/completion",
      {
        schema: {
          summary: "The lead unit declares the milestone complete, with evidence",
          tags: ["workflow"],
          params: idParams,
          body: z.strictObject({
            version,
            completedOn: isoDay,
            text: z.string().trim().max(10_000).default(""),
            attachmentIds,
            openSubStepsReason: z.string().trim().max(MAX_OPEN_SUB_STEPS_REASON).optional().meta({
              description:
                "Why the milestone is complete while steps of its sub-plan (子计划) are open; required then",
            }),
          }),
          response: {
            201: z.object({
              workflow: workflowStateSchema,
              requestId: z.number().int().nullable(),
            }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const result = await declareCompletion(
          db,
          actorOf(request),
          {
            milestoneId: request.params.id,
            version: request.body.version,
            completedOn: request.body.completedOn,
            text: request.body.text,
            attachmentIds: request.body.attachmentIds,
            ...(request.body.openSubStepsReason === undefined
              ? {}
              : { openSubStepsReason: request.body.openSubStepsReason }),
          },
          office.stepTime(),
        );
        return reply.status(201).send({ workflow: result.state, requestId: result.requestId });
      },
    );

    app.post(
      "/api/milestones/:id/extension-requests",
      {
        schema: {
          summary: "The lead unit asks for a new due date",
          tags: ["workflow"],
          params: idParams,
          body: z.object({ version, newDue: isoDay, reason: z.string().trim().min(1).max(2_000) }),
          response: {
            201: z.object({ workflow: workflowStateSchema, requestId: z.number().int() }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const result = await requestExtension(
          db,
          actorOf(request),
          { milestoneId: request.params.id, ...request.body },
          office.stepTime(),
        );
        return reply.status(201).send({ workflow: result.state, requestId: result.requestId });
      },
    );

    app.get(
      "/api/milestones/:id/history",
      {
        schema: {
          summary: "Everything recorded about the milestone, oldest first",
          tags: ["workflow"],
          params: idParams,
          response: {
            200: z.object({
              entries: arrayOf(ledgerEntrySchema),
              requests: arrayOf(requestSchema),
              attachments: arrayOf(attachmentSchema),
            }),
            ...errors,
          },
        },
      },
      (request) => milestoneHistory(db, actorOf(request), request.params.id),
    );

    app.get(
      "/api/requests",
      {
        schema: {
          summary: "Completion and extension requests: the review queue",
          tags: ["workflow"],
          querystring: z.object({
            plan: z.coerce.number().int().positive().optional(),
            state: z.enum(["pending", "approved", "rejected", "withdrawn"]).optional(),
          }),
          response: { 200: z.object({ items: arrayOf(requestSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await listMilestoneRequests(db, actorOf(request), {
          ...(request.query.plan === undefined ? {} : { planId: request.query.plan }),
          ...(request.query.state === undefined ? {} : { state: request.query.state }),
        }),
      }),
    );

    app.post(
      "/api/requests/:id/decision",
      {
        schema: {
          summary: "A supervisor approves, or returns / rejects with a comment",
          tags: ["workflow"],
          params: idParams,
          body: z.object({
            version,
            decision: z.enum(["approve", "reject"]),
            comment: z.string().trim().max(2_000).default(""),
          }),
          response: {
            200: z.object({ workflow: workflowStateSchema, request: requestSchema }),
            ...errors,
          },
        },
      },
      async (request) => {
        const result = await decideMilestoneRequest(
          db,
          actorOf(request),
          { requestId: request.params.id, ...request.body },
          office.stepTime(),
        );
        return {
          workflow: result.state,
          request: await nameRequest(db, actorOf(request), result.request),
        };
      },
    );

    app.post(
      "/api/requests/decisions",
      {
        schema: {
          summary:
            "A supervisor decides several requests at once with one comment (批量通过), all or none",
          description:
            "One transaction: if any request is not pending or cannot take the decision, nothing changes and the error names it (field body.ids.N). Each milestone's current version is used.",
          tags: ["workflow"],
          body: z.strictObject({
            ids: batchIds,
            decision: z.enum(["approve", "reject"]),
            comment: z.string().trim().max(2_000).default(""),
          }),
          response: { 200: z.object({ items: arrayOf(requestSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await nameRequests(
          db,
          actorOf(request),
          await decideMilestoneRequests(
            db,
            actorOf(request),
            {
              requestIds: request.body.ids,
              decision: request.body.decision,
              comment: request.body.comment,
            },
            office.stepTime(),
          ),
        ),
      }),
    );

    app.get(
      "/api/attachments/:id",
      {
        // No response schema: the answer is the file itself, whatever its type.
        schema: { summary: "An evidence file, as uploaded", tags: ["workflow"], params: idParams },
      },
      async (request, reply) => {
        const file = await readEvidence(db, actorOf(request), request.params.id);
        // Evidence is confidential: sendFile keeps it out of shared caches and the browser's.
        return sendFile(reply, {
          fileName: file.name,
          contentType: file.mediaType,
          body: file.content,
        });
      },
    );
  };
