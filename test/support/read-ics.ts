import ICAL from "ical.js";

/** An event as a calendar app reads it, through ical.js: never the code that wrote it. */
export interface ReadEvent {
  readonly uid: string;
  readonly start: string;
  readonly end: string | null;
  readonly allDay: boolean;
  readonly sequence: number;
  readonly summary: string;
  readonly description: string;
  readonly status: string | null;
  readonly url: string | null;
  readonly lastModified: string | null;
  readonly stamp: string | null;
  /** Seconds from the event's start: negative before it. */
  readonly alarms: readonly { readonly action: string; readonly triggerSeconds: number }[];
}

export interface ReadCalendar {
  readonly name: string | null;
  readonly timeZone: string | null;
  readonly refreshInterval: string | null;
  readonly publishedTtl: string | null;
  readonly events: readonly ReadEvent[];
}

/** A property's value as its text: ical.js gives strings, or objects (durations, times) that print as written. */
const text = (value: unknown): string | null =>
  value === null ? null : (value as { toString(): string }).toString();

/** Parses iCalendar text; throws where ical.js cannot read it. */
export const readIcs = (ics: string): ReadCalendar => {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return {
    name: text(calendar.getFirstPropertyValue("x-wr-calname")),
    timeZone: text(calendar.getFirstPropertyValue("x-wr-timezone")),
    refreshInterval: text(calendar.getFirstPropertyValue("refresh-interval")),
    publishedTtl: text(calendar.getFirstPropertyValue("x-published-ttl")),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        start: event.startDate.toString(),
        end: vevent.hasProperty("dtend") ? event.endDate.toString() : null,
        allDay: event.startDate.isDate,
        sequence: event.sequence,
        summary: event.summary,
        description: event.description,
        status: text(vevent.getFirstPropertyValue("status")),
        url: text(vevent.getFirstPropertyValue("url")),
        lastModified: text(vevent.getFirstPropertyValue("last-modified")),
        stamp: text(vevent.getFirstPropertyValue("dtstamp")),
        alarms: vevent.getAllSubcomponents("valarm").map((valarm) => ({
          action: String(valarm.getFirstPropertyValue("action")),
          triggerSeconds: (valarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds(),
        })),
      };
    }),
  };
};
