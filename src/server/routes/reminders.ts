import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addUnitContact,
  listReminderDeliveries,
  listUnitContacts,
  removeUnitContact,
} from "../../services/reminders/unit-contacts.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams } from "../schemas/common.js";
import { contactInputSchema, contactViewSchema, unitContactSchema } from "../schemas/contacts.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

/** `/api/units/{id}/contacts`: where a unit's reminders (催办) go (administrators). */
export const reminderRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/units/:id/contacts",
      {
        schema: {
          summary: "A unit's reminder contacts (keys and secrets masked)",
          tags: ["reminders"],
          params: idParams,
          response: { 200: z.object({ items: arrayOf(unitContactSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: await listUnitContacts(db, actorOf(request), request.params.id),
      }),
    );

    app.post(
      "/api/units/:id/contacts",
      {
        schema: {
          summary: "Add a contact: an e-mail address or a robot webhook (public addresses only)",
          tags: ["reminders"],
          params: idParams,
          body: z.object({
            label: z.string().trim().min(1).max(100),
            contact: contactInputSchema,
          }),
          response: { 201: unitContactSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addUnitContact(
              db,
              actorOf(request),
              { unitId: request.params.id, ...request.body },
              office.now(),
              settings.reminders.destinations,
            ),
          ),
    );

    app.delete(
      "/api/units/:id/contacts/:contactId",
      {
        schema: {
          summary: "Remove a contact",
          tags: ["reminders"],
          params: idParams.extend({ contactId: z.coerce.number().int().positive() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeUnitContact(
          db,
          actorOf(request),
          request.params.id,
          request.params.contactId,
          office.now(),
        );
        return reply.status(204).send(null);
      },
    );
    app.get(
      "/api/reminders/deliveries",
      {
        schema: {
          summary: "The reminder delivery log, newest first: state, attempts, last result",
          tags: ["reminders"],
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
          response: {
            200: z.object({
              items: arrayOf(
                z.object({
                  id: z.number().int(),
                  bundleId: z.number().int(),
                  key: z.string(),
                  contact: contactViewSchema,
                  message: z.unknown(),
                  state: z.enum(["pending", "sent", "retrying", "failed"]),
                  attempts: z.number().int(),
                  nextAttemptAt: z.string().nullable(),
                  lastResult: z.string().nullable(),
                  sentAt: z.string().nullable(),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => ({
        items: await listReminderDeliveries(db, actorOf(request), request.query.limit),
      }),
    );
    return Promise.resolve();
  };
