import { useCallback } from "react";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { LIGHT_COLOR, STATUS_LABEL, STATUS_ORDER, textOf } from "../common/labels.js";
import { SIGNAL_FILL } from "../common/signal.js";

export type Status = (typeof STATUS_ORDER)[number];
export type StatusCounts = Schema<"PlanStatus">["counts"];

/**
 * One colour per status on every chart: the lights of common/labels.ts for
 * overdue and due soon, a paler green for work under way, grey for work not
 * started, and done's slate (it has no light).
 */
export const STATUS_COLOR: Readonly<Record<Status, string>> = {
  overdue: LIGHT_COLOR.red,
  due_soon: LIGHT_COLOR.yellow,
  in_progress: "#81c784",
  not_started: "#9e9e9e",
  done: SIGNAL_FILL.done,
};

/** The API's roll-ups name the statuses in camelCase. */
export const COUNT_KEY: Readonly<Record<Status, keyof StatusCounts>> = {
  overdue: "overdue",
  due_soon: "dueSoon",
  in_progress: "inProgress",
  not_started: "notStarted",
  done: "done",
};

/** The status in the interface language, as common/labels.ts names it. */
export const useStatusName = (): ((status: Status) => string) => {
  const { t } = useLanguage();
  return useCallback((status) => t(textOf(STATUS_LABEL, status)), [t]);
};

/** One line of legend under the chart, scrolling where the five statuses do not fit (a phone). */
export const STATUS_LEGEND = {
  type: "scroll",
  bottom: 0,
  icon: "circle",
  itemWidth: 10,
  itemHeight: 10,
  itemGap: 8,
} as const;
