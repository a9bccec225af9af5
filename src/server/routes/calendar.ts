import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  getCalendarDay,
  listCalendarDays,
  removeCalendarDay,
  setCalendarDay,
} from "../../services/work-calendar.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, isoDay } from "../schemas/common.js";
import type { RouteDeps } from "./route-deps.js";

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

const entryKind = z.enum(["holiday", "workday"]).meta({
  description: "holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)",
});

const calendarEntrySchema = z.object({
  date: isoDay,
  kind: entryKind,
  name: z.string().meta({ example: "国庆节" }),
});

const calendarYearSchema = z
  .object({
    year: z.number().int(),
    notice: z
      .object({
        title: z.string(),
        documentNumber: z.string().nullable(),
        issued: isoDay,
      })
      .nullable()
      .meta({ description: "The State Council notice the shipped days come from; null if none" }),
    days: arrayOf(
      calendarEntrySchema.extend({
        source: z.enum(["shipped", "override"]).meta({
          description: "shipped with Duban, or set by an administrator",
        }),
      }),
    ).meta({ description: "The holidays and make-up working days in effect, by day" }),
    cleared: arrayOf(calendarEntrySchema).meta({
      description: "Shipped days an administrator has set back to the weekday rule",
    }),
  })
  .meta({ id: "CalendarYear" });

const calendarDayStateSchema = z
  .object({
    date: isoDay,
    kind: z.enum(["holiday", "workday", "normal"]).meta({
      description: "normal: no entry, Saturday and Sunday off, other days working",
    }),
    name: z.string(),
    source: z.enum(["shipped", "override", "rule"]),
    working: z.boolean(),
    shipped: calendarEntrySchema.nullable().meta({ description: "What Duban ships for the day" }),
  })
  .meta({ id: "CalendarDay" });

const dayParams = z.object({ date: isoDay });

const dayBody = z
  .object({
    kind: z.enum(["holiday", "workday", "normal"]).meta({
      description: "holiday: a day off; workday: a working day; normal: the weekday rule",
    }),
    name: z.string().trim().max(50).default("").meta({ example: "国庆节" }),
  })
  .refine((body) => body.kind === "normal" || body.name !== "", {
    path: ["name"],
    error: "a holiday or workday needs a name",
  });

/**
 * `/api/calendar`: the working-day calendar, shipped statutory holidays and
 * make-up working days with an administrator's changes (services/work-calendar.ts).
 */
export const calendarRoutes =
  ({ db, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    app.get(
      "/api/calendar",
      {
        schema: {
          summary: "A year's statutory holidays and make-up working days in effect",
          tags: ["calendar"],
          querystring: z.object({
            year: z.coerce
              .number()
              .int()
              .min(1900)
              .max(2100)
              .optional()
              .meta({ description: "Default: this year" }),
          }),
          response: { 200: calendarYearSchema, ...errors },
        },
      },
      (request) =>
        listCalendarDays(
          db,
          actorOf(request),
          request.query.year ?? Number(office.today().slice(0, 4)),
        ),
    );

    app.get(
      "/api/calendar/days/:date",
      {
        schema: {
          summary: "One day: holiday, make-up working day or ordinary, and where that comes from",
          tags: ["calendar"],
          params: dayParams,
          response: { 200: calendarDayStateSchema, ...errors },
        },
      },
      (request) => getCalendarDay(db, actorOf(request), request.params.date),
    );

    app.put(
      "/api/calendar/days/:date",
      {
        schema: {
          summary:
            "Set a day (administrators): a holiday, a working day, or back to the weekday rule",
          tags: ["calendar"],
          params: dayParams,
          body: dayBody,
          response: { 200: calendarDayStateSchema, ...errors },
        },
      },
      (request) =>
        setCalendarDay(
          db,
          actorOf(request),
          { date: request.params.date, ...request.body },
          office.now(),
        ),
    );

    app.delete(
      "/api/calendar/days/:date",
      {
        schema: {
          summary: "Undo an administrator's change to a day: the shipped entry applies again",
          tags: ["calendar"],
          params: dayParams,
          response: { 200: calendarDayStateSchema, ...errors },
        },
      },
      (request) => removeCalendarDay(db, actorOf(request), request.params.date, office.now()),
    );
    return Promise.resolve();
  };
