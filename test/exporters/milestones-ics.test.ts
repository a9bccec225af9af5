import { describe, expect, it } from "vitest";
import { milestonesToIcs, type CalendarEntry } from "../../src/exporters/milestones-ics.js";
import { readIcs } from "../support/read-ics.js";

const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: "duban-milestone-7@duban",
  day: "2022-06-30",
  taskNo: 202,
  taskTitle: "加快建设国家级创新平台",
  seq: 1,
  text: "6月底前完成江门双碳实验室挂牌，“第一实验室”正式运行，引进科研团队不少于10个，年底前见成效",
  deadlineText: "6月底前",
  extended: false,
  leads: ["市科技局"],
  others: ["市税务局", "市审计局"],
  status: "not_started",
  completedOn: null,
  url: "https://duban.example.gov.cn/milestones/7",
  sequence: 0,
  lastModified: "2022-03-01T02:00:00.000Z",
  alarmDaysBefore: [7, 1],
  ...overrides,
});

const calendarOf = (entries: readonly CalendarEntry[]) =>
  readIcs(milestonesToIcs({ name: "督办日历·市科技局", description: "测试", entries }));

describe("milestonesToIcs, read back with ical.js", () => {
  it("names the calendar in Chinese, in Shanghai time, refreshed hourly", () => {
    const calendar = calendarOf([entry()]);
    expect(calendar).toMatchObject({
      name: "督办日历·市科技局",
      timeZone: "Asia/Shanghai",
      refreshInterval: "PT1H",
      publishedTtl: "PT1H",
    });
  });

  it("puts an all-day event on the day, with the task, units, deadline and link", () => {
    const [event] = calendarOf([entry()]).events;
    expect(event).toMatchObject({
      uid: "duban-milestone-7@duban",
      start: "2022-06-30",
      end: "2022-07-01",
      allDay: true,
      sequence: 0,
      status: "CONFIRMED",
      url: "https://duban.example.gov.cn/milestones/7",
    });
    expect(event?.summary).toBe(
      "【督办】任务202（1） 6月底前完成江门双碳实验室挂牌，“第一实验室”正式运行，引进科研团队不少于10个…",
    );
    expect(event?.description.split("\n")).toEqual([
      "工作任务：202. 加快建设国家级创新平台",
      "节点计划：（1）6月底前完成江门双碳实验室挂牌，“第一实验室”正式运行，引进科研团队不少于10个，年底前见成效",
      "牵头单位：市科技局",
      "配合单位：市税务局、市审计局",
      "完成时限：6月底前",
      "应完成日期：2022-06-30",
      "状态：未启动",
      "查看：https://duban.example.gov.cn/milestones/7",
    ]);
    expect(event?.lastModified).toBe("2022-03-01T02:00:00Z");
    expect(event?.stamp).toBe("2022-03-01T02:00:00Z");
  });

  it("sets an alarm at 09:00 of each reminder day, earliest first", () => {
    const [event] = calendarOf([entry({ alarmDaysBefore: [1, 7, 1, 0] })]).events;
    expect(event?.alarms).toEqual([
      { action: "DISPLAY", triggerSeconds: -(7 * 86_400) + 9 * 3600 },
      { action: "DISPLAY", triggerSeconds: -86_400 + 9 * 3600 },
      { action: "DISPLAY", triggerSeconds: 9 * 3600 },
    ]);
  });

  it("keeps a done milestone's event, cancelled and without alarms", () => {
    const [event] = calendarOf([
      entry({ status: "done", completedOn: "2022-06-20", sequence: 2 }),
    ]).events;
    expect(event).toMatchObject({ status: "CANCELLED", sequence: 2, alarms: [] });
    expect(event?.summary.startsWith("【已完成】任务202（1）")).toBe(true);
    expect(event?.description).toContain("状态：已完成（2022-06-20）");
  });

  it("says when the day in force comes from an approved extension", () => {
    const [event] = calendarOf([entry({ day: "2022-09-30", extended: true })]).events;
    expect(event?.start).toBe("2022-09-30");
    expect(event?.description).toContain("应完成日期：2022-09-30（已批准延期）");
  });

  it("writes an empty calendar that still parses, and no link without an address", () => {
    expect(calendarOf([]).events).toEqual([]);
    const [event] = calendarOf([entry({ url: null, taskNo: null, seq: null })]).events;
    expect(event?.url).toBeNull();
    expect(event?.description).not.toContain("查看：");
    expect(event?.summary.startsWith("【督办】6月底前")).toBe(true);
  });
});
