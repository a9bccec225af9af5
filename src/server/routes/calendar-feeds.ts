import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { readCalendarFeed } from "../../services/calendar-feeds/read-feed.js";
import {
  createCalendarFeed,
  listCalendarFeedsFor,
  revokeCalendarFeed,
} from "../../services/calendar-feeds/feeds.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams } from "../schemas/common.js";
import {
  calendarFeedSchema,
  feedTokenParams,
  newCalendarFeedSchema,
} from "../schemas/calendar-feeds.js";
import { sendFile } from "../send-file.js";
import { baseUrlOf } from "../public-base-url.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

const feedPath = (token: string): string =>
  `/api/calendar-feeds/${encodeURIComponent(token)}/feed.ics`;

/**
 * `/api/calendar-feeds`: calendar subscriptions (订阅日历). Managing them
 * needs a session; the feed itself is fetched by calendar apps with the
 * secret in its path and nothing else.
 */
export const calendarFeedRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/calendar-feeds",
      {
        schema: {
          summary: "My calendar feeds (an administrator: everyone's), never their secrets",
          tags: ["calendar feeds"],
          response: { 200: z.object({ items: arrayOf(calendarFeedSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await listCalendarFeedsFor(db, actorOf(request)) }),
    );

    app.post(
      "/api/calendar-feeds",
      {
        schema: {
          summary: "Subscribe: a feed of a unit's (optionally in one plan) or a plan's milestones",
          tags: ["calendar feeds"],
          body: z.object({
            unitId: z.number().int().positive().nullable().default(null),
            planId: z.number().int().positive().nullable().default(null),
          }),
          response: { 201: newCalendarFeedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { token, row } = await createCalendarFeed(
          db,
          actorOf(request),
          request.body,
          office.now(),
        );
        const url = `${baseUrlOf(settings, request)}${feedPath(token)}`;
        return reply
          .status(201)
          .send({ ...row, token, url, webcalUrl: url.replace(/^https?:/, "webcal:") });
      },
    );

    app.delete(
      "/api/calendar-feeds/:id",
      {
        schema: {
          summary: "Revoke a feed: its address answers 404 from now on",
          tags: ["calendar feeds"],
          params: idParams,
          response: { 200: calendarFeedSchema, ...errors },
        },
      },
      (request) => revokeCalendarFeed(db, actorOf(request), request.params.id, office.now()),
    );

    app.get(
      "/api/calendar-feeds/:token/feed.ics",
      {
        // Calendar apps send no session: the secret in the path is the credential.
        config: { public: true },
        // No response schema: the answer is text/calendar.
        schema: {
          summary: "The feed (iCalendar), as its creator may see it today; no session needed",
          tags: ["calendar feeds"],
          params: feedTokenParams,
        },
      },
      async (request, reply) => {
        const file = await readCalendarFeed(db, request.params.token, office.now(), {
          today: office.today(),
          baseUrl: baseUrlOf(settings, request),
        });
        return sendFile(reply, file, "inline");
      },
    );
    return Promise.resolve();
  };
