import { collectDefaultMetrics, Counter, Gauge, Registry } from "prom-client";
import { VERSION } from "../../version.js";

let registry: Registry | undefined;
let reminderRuns: Counter<"outcome"> | undefined;

/**
 * The series of this process rather than of one app: prom-client's default metrics (CPU,
 * memory, event loop lag, GC, under their usual names, which dashboards expect), the build,
 * and the reminder runs of this process's scheduler. Made once: every default collector
 * watches the event loop and the GC, and a process (or a test file) may build many apps.
 */
export const processRegistry = (): Registry => {
  if (registry === undefined) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
    new Gauge({
      name: "duban_build_info",
      help: "The running Duban's version (always 1)",
      labelNames: ["version"],
      registers: [registry],
    }).set({ version: VERSION }, 1);
    reminderRuns = new Counter({
      name: "duban_reminder_runs_total",
      help: "Reminder runs of this process's scheduler by outcome: ran (it held the lease and the hour had come), failed; ticks that did nothing are not counted",
      labelNames: ["outcome"],
      registers: [registry],
    });
    // Both outcomes from the start, so that a rate over them has a series to read.
    reminderRuns.inc({ outcome: "ran" }, 0);
    reminderRuns.inc({ outcome: "failed" }, 0);
  }
  return registry;
};

/** Counts one reminder run of this process (the scheduler reports each one that ran or failed). */
export const countReminderRun = (outcome: "ran" | "failed"): void => {
  processRegistry();
  reminderRuns?.inc({ outcome });
};
