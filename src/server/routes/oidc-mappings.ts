import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  allowOidcUnit,
  disallowOidcUnit,
  mapOidcUser,
  oidcMappings,
  unmapOidcUser,
} from "../../services/auth/oidc/oidc-mappings.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, roleSchema } from "../schemas/common.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

const claimValue = z.string().trim().min(1).max(200);

const mappingsSchema = z.object({
  provider: z
    .object({
      issuer: z.string(),
      clientId: z.string(),
      clientSecretSet: z.boolean(),
      name: z.string(),
      redirectUri: z.string(),
      postLogoutRedirectUri: z.string(),
      source: z.enum(["environment"]),
    })
    .nullable()
    .meta({ description: "The OpenID provider as configured (never its secret); null: none" }),
  users: arrayOf(
    z.object({ claimValue: z.string(), userId: z.number().int(), username: z.string() }),
  ),
  units: arrayOf(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      claimValue: z.string().nullable(),
      maxRole: roleSchema,
    }),
  ),
});

/**
 * `/api/oidc/…`: the administrator's mapping table for sign-in through the
 * OpenID provider (README "OpenID Connect"): provider usernames → users, and
 * the units where unknown people are created at their first login.
 */
export const oidcMappingRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/oidc/mappings",
      {
        schema: {
          summary: "The OpenID provider's settings and the mapping table (administrators)",
          tags: ["session"],
          response: { 200: mappingsSchema, ...errors },
        },
      },
      (request) => oidcMappings(db, actorOf(request), settings.auth.oidc),
    );

    app.put(
      "/api/oidc/user-mappings",
      {
        schema: {
          summary: "Map a provider's username (the username claim's value) to an existing user",
          tags: ["session"],
          body: z.object({ claimValue, userId: z.number().int().positive() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await mapOidcUser(db, actorOf(request), request.body, office.now());
        return reply.status(204).send(null);
      },
    );

    app.delete(
      "/api/oidc/user-mappings",
      {
        schema: {
          summary: "Remove a provider username's mapping (linked sign-ins stay linked)",
          tags: ["session"],
          body: z.object({ claimValue }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await unmapOidcUser(db, actorOf(request), request.body.claimValue, office.now());
        return reply.status(204).send(null);
      },
    );

    app.put(
      "/api/oidc/unit-rules/:unitId",
      {
        schema: {
          summary: "Let people unknown to Duban be created in this unit at their first login",
          tags: ["session"],
          params: z.object({ unitId: z.coerce.number().int().positive() }),
          body: z.object({
            claimValue: claimValue.nullable().default(null),
            maxRole: roleSchema.default("unit_staff"),
          }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await allowOidcUnit(
          db,
          actorOf(request),
          { unitId: request.params.unitId, ...request.body },
          office.now(),
        );
        return reply.status(204).send(null);
      },
    );

    app.delete(
      "/api/oidc/unit-rules/:unitId",
      {
        schema: {
          summary: "Stop creating users in this unit at first login",
          tags: ["session"],
          params: z.object({ unitId: z.coerce.number().int().positive() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await disallowOidcUnit(db, actorOf(request), request.params.unitId, office.now());
        return reply.status(204).send(null);
      },
    );
    return Promise.resolve();
  };
