import { addDays, type IsoDate } from "../domain/iso-date.js";
import type { MilestoneStatus } from "../domain/milestone-status.js";
import { foldedLine, icsDate, icsDuration, icsText, icsUtcTime } from "./ics-content-lines.js";

/** One milestone's day in a calendar: the due date in force, or one occurrence of a recurring one. */
export interface CalendarEntry {
  /** Stable across fetches and changes, so calendars update the event instead of adding one. */
  readonly uid: string;
  readonly day: IsoDate;
  readonly taskNo: number | null;
  readonly taskTitle: string;
  readonly seq: number | null;
  readonly text: string;
  /** The 完成时限 as the table wrote it. */
  readonly deadlineText: string;
  /** The due date in force comes from an approved extension. */
  readonly extended: boolean;
  readonly leads: readonly string[];
  readonly others: readonly string[];
  readonly status: MilestoneStatus;
  readonly completedOn: IsoDate | null;
  /** The milestone's page in the web app, when the server knows its public address. */
  readonly url: string | null;
  /** Grows with every change of the milestone (RFC 5545 SEQUENCE). */
  readonly sequence: number;
  /** When the milestone last changed (ISO timestamp): LAST-MODIFIED and DTSTAMP. */
  readonly lastModified: string;
  /** Reminders: so many days before the day, at 09:00 local time (0: on the day). */
  readonly alarmDaysBefore: readonly number[];
}

export interface CalendarModel {
  /** X-WR-CALNAME: what the calendar app lists the subscription as. */
  readonly name: string;
  readonly description: string;
  readonly entries: readonly CalendarEntry[];
}

/** How often subscribers should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 3600;

/** The calendar's time zone: the dates are the offices' days. */
export const CALENDAR_TIME_ZONE = "Asia/Shanghai";

/** The hour an alarm goes off on its day. */
const ALARM_HOUR = 9;

/** A summary short enough for a phone's month view; the description has the whole text. */
const SUMMARY_TEXT_LENGTH = 40;

const STATUS_TEXT: Readonly<Record<MilestoneStatus, string>> = {
  done: "已完成",
  overdue: "已逾期",
  due_soon: "临期",
  in_progress: "正在推进",
  not_started: "未启动",
};

const shortened = (text: string): string => {
  const characters = Array.from(text);
  return characters.length > SUMMARY_TEXT_LENGTH
    ? `${characters.slice(0, SUMMARY_TEXT_LENGTH).join("")}…`
    : text;
};

/** "【督办】202（1）完成…": the task's number, the step's, and the step's words. */
const summaryOf = (entry: CalendarEntry): string => {
  const tag = entry.status === "done" ? "【已完成】" : "【督办】";
  const task = entry.taskNo === null ? "" : `任务${String(entry.taskNo)}`;
  const step = entry.seq === null ? "" : `（${String(entry.seq)}）`;
  const prefix = task + step;
  return `${tag}${prefix}${prefix === "" ? "" : " "}${shortened(entry.text)}`;
};

const descriptionOf = (entry: CalendarEntry): string => {
  const task =
    entry.taskNo === null ? entry.taskTitle : `${String(entry.taskNo)}. ${entry.taskTitle}`;
  const status =
    entry.status === "done" && entry.completedOn !== null
      ? `${STATUS_TEXT.done}（${entry.completedOn}）`
      : STATUS_TEXT[entry.status];
  return [
    `工作任务：${task}`,
    `节点计划：${entry.seq === null ? "" : `（${String(entry.seq)}）`}${entry.text}`,
    `牵头单位：${entry.leads.join("、") || "—"}`,
    ...(entry.others.length > 0 ? [`配合单位：${entry.others.join("、")}`] : []),
    `完成时限：${entry.deadlineText || "—"}`,
    `应完成日期：${entry.day}${entry.extended ? "（已批准延期）" : ""}`,
    `状态：${status}`,
    ...(entry.url === null ? [] : [`查看：${entry.url}`]),
  ].join("\n");
};

/**
 * Before the start of an all-day event (local midnight), in seconds: the
 * alarm goes off at 09:00 of the day so many days before.
 */
const secondsBefore = (days: number): number => days * 86_400 - ALARM_HOUR * 3600;

/** One VEVENT's content lines, unfolded. */
const eventLines = (entry: CalendarEntry): string[] => {
  const done = entry.status === "done";
  const summary = icsText(summaryOf(entry));
  const changed = icsUtcTime(entry.lastModified);
  const alarms = done
    ? []
    : [...new Set(entry.alarmDaysBefore)]
        .sort((a, b) => b - a)
        .flatMap((days) => [
          "BEGIN:VALARM",
          "ACTION:DISPLAY",
          `TRIGGER:${icsDuration(-secondsBefore(days))}`,
          `DESCRIPTION:${summary}`,
          "END:VALARM",
        ]);
  return [
    "BEGIN:VEVENT",
    `UID:${icsText(entry.uid)}`,
    `SEQUENCE:${String(entry.sequence)}`,
    // Without METHOD, DTSTAMP is the time the event last changed (RFC 5545 3.8.7.2).
    `DTSTAMP:${changed}`,
    `DTSTART;VALUE=DATE:${icsDate(entry.day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(entry.day, 1))}`,
    // Outlook's own words for an all-day event, which some of its versions want besides DATE values.
    "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    `SUMMARY:${summary}`,
    `DESCRIPTION:${icsText(descriptionOf(entry))}`,
    ...alarms,
    ...(entry.url === null ? [] : [`URL;VALUE=URI:${entry.url}`]),
    `STATUS:${done ? "CANCELLED" : "CONFIRMED"}`,
    `LAST-MODIFIED:${changed}`,
    "END:VEVENT",
  ];
};

/**
 * The iCalendar text (RFC 5545) of a calendar of milestones: one all-day
 * event per entry, cancelled (kept, struck through or hidden by the app)
 * once the milestone is done, with the entry's alarms while it is open.
 * NAME and REFRESH-INTERVAL are RFC 7986's; the X-WR- and X-PUBLISHED-
 * properties say the same to Outlook, WPS and phones that predate it.
 */
export const milestonesToIcs = (model: CalendarModel): string => {
  const refresh = icsDuration(REFRESH_SECONDS);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Duban//Duban//ZH",
    "CALSCALE:GREGORIAN",
    `NAME:${icsText(model.name)}`,
    `X-WR-CALNAME:${icsText(model.name)}`,
    `X-WR-CALDESC:${icsText(model.description)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...model.entries.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldedLine).join("\r\n")}\r\n`;
};
