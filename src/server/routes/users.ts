import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "../../domain/password-rules.js";
import { createUser, getUser, listUsersFor, updateUserAccount } from "../../services/users.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams, roleSchema } from "../schemas/common.js";
import { userSchema } from "../schemas/people.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

const displayName = z.string().trim().min(1).max(100);

/** `/api/users`: administrators manage accounts; a unit leader sees the unit's people. */
export const userRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/users",
      {
        schema: {
          summary: "Users the caller may see",
          tags: ["users"],
          response: { 200: z.object({ items: arrayOf(userSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await listUsersFor(db, actorOf(request)) }),
    );

    app.post(
      "/api/users",
      {
        schema: {
          summary: "Create a user (administrators)",
          tags: ["users"],
          body: z.object({
            username: z.string().min(1).max(64),
            displayName,
            unitId: z.number().int().positive(),
            role: roleSchema,
            password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
          }),
          response: { 201: userSchema, ...errors },
        },
      },
      async (request, reply) => {
        const user = await createUser(db, actorOf(request), request.body, office.now());
        return reply.status(201).send(user);
      },
    );

    app.get(
      "/api/users/:id",
      {
        schema: {
          summary: "One user",
          tags: ["users"],
          params: idParams,
          response: { 200: userSchema, ...errors },
        },
      },
      (request) => getUser(db, actorOf(request), request.params.id),
    );

    app.patch(
      "/api/users/:id",
      {
        schema: {
          summary:
            "Change a user: name, unit, role, disabled, or reset the password (administrators)",
          tags: ["users"],
          params: idParams,
          body: z
            .object({
              displayName,
              unitId: z.number().int().positive(),
              role: roleSchema,
              disabled: z.boolean(),
              password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
            })
            .partial(),
          response: { 200: userSchema, ...errors },
        },
      },
      (request) =>
        updateUserAccount(db, actorOf(request), request.params.id, request.body, office.now()),
    );
    return Promise.resolve();
  };
