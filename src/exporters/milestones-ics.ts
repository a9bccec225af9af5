import ical, { ICalAlarmType, ICalEventStatus } from "ical-generator";
import { addDays, type IsoDate } from "../domain/iso-date.js";
import type { MilestoneStatus } from "../domain/milestone-status.js";

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
  not_started: "未开始",
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

/**
 * The iCalendar text (RFC 5545) of a calendar of milestones: one all-day
 * event per entry, cancelled (kept, struck through or hidden by the app)
 * once the milestone is done, with the entry's alarms while it is open.
 */
export const milestonesToIcs = (model: CalendarModel): string => {
  const calendar = ical({
    name: model.name,
    description: model.description,
    prodId: { company: "Duban", product: "Duban", language: "ZH" },
    ttl: REFRESH_SECONDS,
    x: [["X-WR-TIMEZONE", CALENDAR_TIME_ZONE]],
  });
  for (const entry of model.entries) {
    const done = entry.status === "done";
    const summary = summaryOf(entry);
    calendar.createEvent({
      id: entry.uid,
      start: entry.day,
      end: addDays(entry.day, 1),
      allDay: true,
      summary,
      description: descriptionOf(entry),
      url: entry.url,
      sequence: entry.sequence,
      // Without METHOD, DTSTAMP is the time the event last changed (RFC 5545 3.8.7.2).
      stamp: new Date(entry.lastModified),
      lastModified: new Date(entry.lastModified),
      status: done ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: done
        ? []
        : [...new Set(entry.alarmDaysBefore)]
            .sort((a, b) => b - a)
            .map((days) => ({
              type: ICalAlarmType.display,
              trigger: secondsBefore(days),
              description: summary,
            })),
    });
  }
  return calendar.toString();
};
