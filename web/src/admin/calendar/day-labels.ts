import type { Text } from "../../i18n.js";
import type { DayState } from "./calendar-days.js";

export const KIND_LABEL: Readonly<Record<DayState["kind"], Text>> = {
  holiday: { zh: "放假", en: "Day off" },
  workday: { zh: "调休上班", en: "Make-up working day" },
  normal: { zh: "按周末规则", en: "Weekday rule" },
};

export const SOURCE_LABEL: Readonly<Record<DayState["source"], Text>> = {
  shipped: { zh: "国务院通知（随附）", en: "State Council notice (shipped)" },
  override: { zh: "管理员设置", en: "Set by an administrator" },
  rule: { zh: "周末规则", en: "Weekday rule" },
};

/** The mark in the day's cell: 休 or 班, so the kind is read without its colour. */
export const KIND_MARK: Readonly<Record<DayState["kind"], Text | null>> = {
  holiday: { zh: "休", en: "off" },
  workday: { zh: "班", en: "work" },
  normal: null,
};

/** The whole day in words, for screen readers and tooltips. */
export const describeDay = (day: DayState, t: (text: Text) => string): string =>
  [
    day.date,
    day.name,
    day.kind === "normal"
      ? day.weekend
        ? t({ zh: "周末", en: "weekend" })
        : t({ zh: "工作日", en: "working day" })
      : t(KIND_LABEL[day.kind]),
    day.source === "rule" ? "" : t(SOURCE_LABEL[day.source]),
  ]
    .filter((part) => part !== "")
    .join(" · ");
