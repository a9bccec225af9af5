import { Gauge, type Registry } from "prom-client";
import { reminderHealth } from "../../services/reminders/reminder-health.js";
import type { RouteDeps } from "../routes/route-deps.js";
import { cachedFor } from "./cached-for.js";
import { unixSeconds } from "./unix-seconds.js";

/** The reminder tables change with a run every few minutes at most. */
const REMINDER_TTL_MS = 15_000;

/**
 * Reminders as the database records them, so the same for every instance and across
 * restarts (the runs of one process are `duban_reminder_runs_total`, process-metrics.ts).
 */
export const reminderMetrics = (registry: Registry, { db }: RouteDeps): void => {
  const health = cachedFor(REMINDER_TTL_MS, () => reminderHealth(db));
  new Gauge({
    name: "duban_reminder_deliveries",
    help: "Reminder deliveries by state: pending, sent, retrying, failed (given up after its retries)",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      for (const [state, count] of Object.entries((await health()).deliveries)) {
        this.set({ state }, count);
      }
    },
  });
  new Gauge({
    name: "duban_reminder_last_digest_timestamp_seconds",
    help: "When the last reminder digest was made (Unix time); 0 before the first",
    registers: [registry],
    async collect() {
      this.set(unixSeconds((await health()).lastDigestAt));
    },
  });
  new Gauge({
    name: "duban_reminder_lease_expiry_timestamp_seconds",
    help: "Until when the instance sending reminders holds their lease (Unix time), renewed every tick; past it (0: no holder), no instance is sending",
    registers: [registry],
    async collect() {
      this.set(unixSeconds((await health()).leaseExpiresAt));
    },
  });
};
