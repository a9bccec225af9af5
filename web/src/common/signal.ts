import type { Schema } from "../api.js";
import type { Text } from "../i18n.js";

export type LightReason = Schema<"LightReason">;
type Light = "red" | "yellow" | "green";

/** What a milestone's badge shows: its light while open; done is no light but a check mark. */
export const SIGNALS = ["red", "yellow", "green", "done"] as const;
export type Signal = (typeof SIGNALS)[number];

/** As the server's roll-ups count (src/domain/status-rollup.ts): lights over open milestones only. */
export const signalOf = (milestone: { readonly status: string; readonly light: Light }): Signal =>
  milestone.status === "done" ? "done" : milestone.light;

export type SignalCounts = Readonly<Record<Signal, number>>;

/**
 * The badges of listed milestones, counted: the same figures as the
 * server's roll-up of the same milestones (test/services/one-truth.test.ts).
 */
export const countSignals = (
  milestones: readonly { readonly status: string; readonly light: Light }[],
): SignalCounts => {
  const counts = { red: 0, yellow: 0, green: 0, done: 0 };
  for (const milestone of milestones) counts[signalOf(milestone)] += 1;
  return counts;
};

/**
 * Government dashboards' red, yellow and green, for fills (shapes, bars),
 * never for text: words beside them stay in the text colour. Done is a calm
 * grey-blue, not a light.
 */
export const SIGNAL_FILL: Readonly<Record<Signal, string>> = {
  red: "#f5222d",
  yellow: "#faad14",
  green: "#52c41a",
  done: "#8c9bab",
};

export const SIGNAL_NAME: Readonly<Record<Signal, Text>> = {
  red: { zh: "红灯", en: "Red" },
  yellow: { zh: "黄灯", en: "Yellow" },
  green: { zh: "绿灯", en: "Green" },
  done: { zh: "已完成", en: "Done" },
};

/** What each light means, for legends. */
export const SIGNAL_MEANING: Readonly<Record<Signal, Text>> = {
  red: { zh: "逾期", en: "overdue" },
  yellow: { zh: "临期或未按时报送", en: "due soon or report missing" },
  green: { zh: "正常", en: "on track" },
  done: { zh: "不再亮灯", en: "no light" },
};

/** The reason in words (src/domain/light-reason.ts's lightReasonText, in both languages). */
export const reasonText = (reason: LightReason): Text => {
  switch (reason.code) {
    case "done":
      return { zh: "已完成", en: "Done" };
    case "overdue":
      return { zh: `逾期${String(reason.days)}天`, en: `${String(reason.days)} days overdue` };
    case "due_soon":
      return reason.days === 0
        ? { zh: "临期（今日到期）", en: "Due soon (due today)" }
        : {
            zh: `临期（还剩${String(reason.days)}天）`,
            en: `Due soon (${String(reason.days)} days left)`,
          };
    case "report_missing":
      return { zh: "未按时报送", en: "Report missing" };
    case "normal":
      return { zh: "正常", en: "On track" };
  }
};
