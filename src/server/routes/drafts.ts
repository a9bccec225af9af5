import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { confirmDraft, returnDraft } from "../../services/workflow/confirm-draft.js";
import {
  draftRequest,
  resubmitDraft,
  withdrawDraft,
} from "../../services/workflow/draft-request.js";
import { listRequestDrafts } from "../../services/workflow/list-drafts.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams } from "../schemas/common.js";
import { workflowStateSchema } from "../schemas/content.js";
import { draftPayloadSchema, draftSchema, listedDraftSchema } from "../schemas/drafts.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

const version = z.number().int().min(1).meta({
  description: "The draft's version as last read; a stale one is refused with 409",
});

/** 经办人起草、负责人审核: a lead unit's staff drafts, its leader confirms or returns. */
export const draftRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.post(
      "/api/milestones/:id/drafts",
      {
        schema: {
          summary:
            "The lead unit's staff drafts a completion or extension for its leader to confirm",
          tags: ["drafts"],
          params: idParams,
          body: draftPayloadSchema,
          response: { 201: draftSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await draftRequest(
              db,
              actorOf(request),
              { milestoneId: request.params.id, payload: request.body },
              office.stepTime(),
            ),
          ),
    );

    app.get(
      "/api/drafts",
      {
        schema: {
          summary:
            "Drafts across every plan: the unit's own (待确认, 我的草稿), or all for the office",
          tags: ["drafts"],
          querystring: z.object({
            state: z.enum(["open", "drafted", "returned", "confirmed", "withdrawn"]).optional(),
            plan: z.coerce.number().int().positive().optional(),
            milestone: z.coerce.number().int().positive().optional(),
          }),
          response: { 200: z.object({ items: arrayOf(listedDraftSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await listRequestDrafts(db, actorOf(request), {
          ...(request.query.state === undefined ? {} : { state: request.query.state }),
          ...(request.query.plan === undefined ? {} : { planId: request.query.plan }),
          ...(request.query.milestone === undefined
            ? {}
            : { milestoneId: request.query.milestone }),
        }),
      }),
    );

    app.put(
      "/api/drafts/:id",
      {
        schema: {
          summary: "Edit a draft (drafted, or returned) and submit it to the leader again",
          tags: ["drafts"],
          params: idParams,
          body: z.object({ version, payload: draftPayloadSchema }),
          response: { 200: draftSchema, ...errors },
        },
      },
      (request) =>
        resubmitDraft(
          db,
          actorOf(request),
          {
            draftId: request.params.id,
            version: request.body.version,
            payload: request.body.payload,
          },
          office.stepTime(),
        ),
    );

    app.post(
      "/api/drafts/:id/withdrawal",
      {
        schema: {
          summary: "Withdraw a draft; nothing goes to the office",
          tags: ["drafts"],
          params: idParams,
          body: z.object({ version }),
          response: { 200: draftSchema, ...errors },
        },
      },
      (request) =>
        withdrawDraft(
          db,
          actorOf(request),
          { draftId: request.params.id, version: request.body.version },
          office.stepTime(),
        ),
    );

    app.post(
      "/api/drafts/:id/confirmation",
      {
        schema: {
          summary:
            "The lead unit's leader confirms a draft: it is submitted to the office as the leader's",
          tags: ["drafts"],
          params: idParams,
          body: z.object({ version }),
          response: {
            200: z.object({ draft: draftSchema, workflow: workflowStateSchema }),
            ...errors,
          },
        },
      },
      async (request) => {
        const result = await confirmDraft(
          db,
          actorOf(request),
          { draftId: request.params.id, version: request.body.version },
          office.stepTime(),
        );
        return { draft: result.draft, workflow: result.state };
      },
    );

    app.post(
      "/api/drafts/:id/return",
      {
        schema: {
          summary: "The lead unit's leader returns a draft to its drafter, saying why",
          tags: ["drafts"],
          params: idParams,
          body: z.object({ version, note: z.string().trim().min(1).max(2_000) }),
          response: { 200: draftSchema, ...errors },
        },
      },
      (request) =>
        returnDraft(
          db,
          actorOf(request),
          { draftId: request.params.id, ...request.body },
          office.stepTime(),
        ),
    );
    return Promise.resolve();
  };
