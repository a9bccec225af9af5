import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../../domain/evidence-file.js";
import { message } from "../../domain/message.js";
import { acknowledgeMilestone } from "../../services/workflow/acknowledge.js";
import type { StepTime } from "../../services/workflow/clock.js";
import { declareCompletion } from "../../services/workflow/declare-completion.js";
import { decideMilestoneRequest } from "../../services/workflow/decide-request.js";
import type { EvidenceUpload } from "../../services/workflow/evidence.js";
import { milestoneHistory } from "../../services/workflow/milestone-history.js";
import { readEvidence } from "../../services/workflow/read-attachment.js";
import { reportProgress } from "../../services/workflow/report-progress.js";
import { requestExtension } from "../../services/workflow/request-extension.js";
import { listMilestoneRequests } from "../../services/workflow/review-queue.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { today } from "../today.js";
import { arrayOf, idParams, isoDay } from "../schemas/common.js";
import { workflowStateSchema } from "../schemas/content.js";
import {
  attachmentSchema,
  ledgerEntrySchema,
  requestSchema,
  uploadSchema,
} from "../schemas/workflow.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** Every evidence file at its largest, in base64, with room for the rest of the request. */
const EVIDENCE_BODY_LIMIT = Math.ceil((MAX_EVIDENCE_FILES * MAX_EVIDENCE_BYTES * 4) / 3) + 65_536;

const EVIDENCE_MIB = MAX_EVIDENCE_BYTES / (1024 * 1024);
/** Over EVIDENCE_BODY_LIMIT: the limits a person knows, not the size of their base64. */
const EVIDENCE_TOO_LARGE = message(
  `佐证材料最多 ${String(MAX_EVIDENCE_FILES)} 个，每个不超过 ${String(EVIDENCE_MIB)} MiB`,
  `At most ${String(MAX_EVIDENCE_FILES)} evidence files of ${String(EVIDENCE_MIB)} MiB each`,
);

const version = z.number().int().min(0).meta({
  description:
    "workflow.version as last read; a stale one is refused with 409 and the current state",
});

const files = z.array(uploadSchema).max(MAX_EVIDENCE_FILES).readonly().default([]);

const decode = (uploads: readonly { name: string; contentBase64: string }[]): EvidenceUpload[] =>
  uploads.map((u) => ({
    name: u.name,
    bytes: new Uint8Array(Buffer.from(u.contentBase64, "base64")),
  }));

/** RFC 8187: encodeURIComponent leaves ' ( ) * as they are, which a header value may not. */
const encodeFilename = (name: string): string =>
  encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The supervision cycle on milestones: acknowledge, report, complete, extend, review. */
export const workflowRoutes =
  ({ db, settings }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    const time = (): StepTime => ({ now: settings.clock(), today: today(settings) });

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
          time(),
        ),
    );

    app.post(
      "/api/milestones/:id/reports",
      {
        bodyLimit: EVIDENCE_BODY_LIMIT,
        config: { tooLarge: EVIDENCE_TOO_LARGE },
        schema: {
          summary: "Report progress (the lead unit's is official; a cooperating unit's is input)",
          tags: ["workflow"],
          params: idParams,
          body: z.object({
            version,
            text: z.string().trim().min(1).max(10_000),
            percent: z.number().int().min(0).max(100).nullable().default(null),
            files,
            cites: arrayOf(z.number().int().positive()).default([]).meta({
              description: "Ids of cooperating units' reports the lead's report draws on",
            }),
          }),
          response: {
            201: z.object({ workflow: workflowStateSchema, official: z.boolean() }),
            413: apiErrorSchema,
            415: apiErrorSchema,
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
            files: decode(request.body.files),
          },
          time(),
        );
        return reply.status(201).send({ workflow: result.state, official: result.official });
      },
    );

    app.post(
      "/api/milestones/:id/completion",
      {
        bodyLimit: EVIDENCE_BODY_LIMIT,
        config: { tooLarge: EVIDENCE_TOO_LARGE },
        schema: {
          summary: "The lead unit declares the milestone complete, with evidence",
          tags: ["workflow"],
          params: idParams,
          body: z.object({
            version,
            completedOn: isoDay,
            text: z.string().trim().max(10_000).default(""),
            files,
          }),
          response: {
            201: z.object({
              workflow: workflowStateSchema,
              requestId: z.number().int().nullable(),
            }),
            413: apiErrorSchema,
            415: apiErrorSchema,
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
            files: decode(request.body.files),
          },
          time(),
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
          time(),
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
            state: z.enum(["pending", "approved", "rejected"]).optional(),
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
          time(),
        );
        return { workflow: result.state, request: result.request };
      },
    );

    app.get(
      "/api/attachments/:id",
      {
        // No response schema: the answer is the file itself, whatever its type.
        schema: { summary: "An evidence file, as uploaded", tags: ["workflow"], params: idParams },
      },
      async (request, reply) => {
        const file = await readEvidence(db, actorOf(request), request.params.id);
        return reply
          .header("content-type", file.mediaType)
          .header(
            "content-disposition",
            `attachment; filename*=UTF-8''${encodeFilename(file.name)}`,
          )
          .send(Buffer.from(file.content));
      },
    );
    return Promise.resolve();
  };
