import { z } from "zod";

export const calendarFeedSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(["plan", "unit"]),
    planId: z.number().int().nullable(),
    planTitle: z.string().nullable(),
    unitId: z.number().int().nullable(),
    unitName: z.string().nullable(),
    createdBy: z.number().int(),
    createdByUsername: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: "CalendarFeed" });

/** A new feed: its addresses carry the secret, shown in this answer only. */
export const newCalendarFeedSchema = calendarFeedSchema
  .extend({
    token: z.string(),
    /** https://…/api/calendar-feeds/{token}/feed.ics */
    url: z.string(),
    /** The same address as webcal://, which makes a calendar app offer to subscribe. */
    webcalUrl: z.string(),
  })
  .meta({ id: "NewCalendarFeed" });

export const feedTokenParams = z.object({
  token: z.string().min(1).max(200),
});
