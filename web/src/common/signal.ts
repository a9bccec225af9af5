import type { Schema } from "../api.js";

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
 * slate, not a light, dark enough for text and for a white tick on it.
 */
export const SIGNAL_FILL: Readonly<Record<Signal, string>> = {
  red: "#f5222d",
  yellow: "#faad14",
  green: "#52c41a",
  done: "#5b6b7b",
};

/** The most urgent badge among some milestones: red, then yellow, then green; done when all are. */
export const worstSignal = (signals: readonly Signal[]): Signal =>
  SIGNALS.find((signal) => signals.includes(signal)) ?? "done";
