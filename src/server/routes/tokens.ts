import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createToken, listTokens, revokeToken } from "../../services/api-tokens.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams, roleSchema } from "../schemas/common.js";
import { tokenSchema } from "../schemas/people.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

/** `/api/tokens`: API tokens for integrations, scoped to a unit and a role (administrators). */
export const tokenRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/tokens",
      {
        schema: {
          summary: "API tokens (never the secrets)",
          tags: ["tokens"],
          response: { 200: z.object({ items: arrayOf(tokenSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await listTokens(db, actorOf(request)) }),
    );

    app.post(
      "/api/tokens",
      {
        schema: {
          summary: "Issue a token; its secret is in this answer only",
          tags: ["tokens"],
          body: z.object({
            name: z.string().trim().min(1).max(100),
            unitId: z.number().int().positive(),
            role: roleSchema,
            // Omitted or null: 90 days. At most 366 days away.
            expiresAt: z.iso.datetime().nullable().default(null),
          }),
          response: { 201: tokenSchema.extend({ token: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const { token, row } = await createToken(db, actorOf(request), request.body, office.now());
        return reply.status(201).send({ ...row, token });
      },
    );

    app.delete(
      "/api/tokens/:id",
      {
        schema: {
          summary: "Revoke a token",
          tags: ["tokens"],
          params: idParams,
          response: { 200: tokenSchema, ...errors },
        },
      },
      (request) => revokeToken(db, actorOf(request), request.params.id, office.now()),
    );
    return Promise.resolve();
  };
