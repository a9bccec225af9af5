import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addUnitAlias,
  createUnit,
  getUnit,
  listUnitsFor,
  mergeUnitsById,
  removeUnitAlias,
  setUnitParent,
} from "../../services/units.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams } from "../schemas/common.js";
import { unitSchema } from "../schemas/people.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

const unitName = z.string().trim().min(1).max(200);

/** `/api/units`: the unit directory, with aliases and merging (changes by administrators). */
export const unitRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/units",
      {
        schema: {
          summary: "Every unit and group, with aliases and members",
          tags: ["units"],
          response: { 200: z.object({ items: arrayOf(unitSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await listUnitsFor(db, actorOf(request)) }),
    );

    app.post(
      "/api/units",
      {
        schema: {
          summary: "Create a unit or group",
          tags: ["units"],
          body: z.object({ name: unitName, kind: z.enum(["unit", "group"]).default("unit") }),
          response: { 201: unitSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createUnit(db, actorOf(request), request.body, office.now())),
    );

    app.get(
      "/api/units/:id",
      {
        schema: {
          summary: "One unit",
          tags: ["units"],
          params: idParams,
          response: { 200: unitSchema, ...errors },
        },
      },
      (request) => getUnit(db, actorOf(request), request.params.id),
    );

    app.post(
      "/api/units/:id/aliases",
      {
        schema: {
          summary: "Add another name the tables use for this unit",
          tags: ["units"],
          params: idParams,
          body: z.object({ alias: unitName }),
          response: { 200: unitSchema, ...errors },
        },
      },
      (request) =>
        addUnitAlias(db, actorOf(request), request.params.id, request.body.alias, office.now()),
    );

    app.delete(
      "/api/units/:id/aliases/:alias",
      {
        schema: {
          summary: "Remove an alias",
          tags: ["units"],
          params: idParams.extend({ alias: unitName }),
          response: { 200: unitSchema, ...errors },
        },
      },
      (request) =>
        removeUnitAlias(
          db,
          actorOf(request),
          request.params.id,
          request.params.alias,
          office.now(),
        ),
    );

    app.put(
      "/api/units/:id/parent",
      {
        schema: {
          summary: "Put a unit under another (a bureau's section, a city's county), or under none",
          description:
            "The units under a unit are who its sub-plans' (子计划) steps may name; their people see only those steps.",
          tags: ["units"],
          params: idParams,
          body: z.strictObject({ parentUnitId: z.number().int().positive().nullable() }),
          response: { 200: unitSchema, ...errors },
        },
      },
      (request) =>
        setUnitParent(
          db,
          actorOf(request),
          { unitId: request.params.id, parentUnitId: request.body.parentUnitId },
          office.now(),
        ),
    );

    app.post(
      "/api/units/:id/merge",
      {
        schema: {
          summary: "Fold another unit into this one: its rows, people and names move here",
          tags: ["units"],
          params: idParams,
          body: z.object({ otherUnitId: z.number().int().positive() }),
          response: { 200: unitSchema, ...errors },
        },
      },
      (request) =>
        mergeUnitsById(
          db,
          actorOf(request),
          request.params.id,
          request.body.otherUnitId,
          office.now(),
        ),
    );
    return Promise.resolve();
  };
