import { parentPort, workerData } from "node:worker_threads";
import type { SmtpSettings } from "../../channels/email.js";
import { destinationPolicy } from "../../channels/destinations.js";
import type { DatabaseConfig } from "../../db/config.js";
import { openDatabase } from "../../db/database.js";
import { officeClock } from "../office-clock.js";
import { releaseReminderLease } from "./reminder-lease.js";
import { reminderTick, type SchedulerSettings, type TickOutcome } from "./reminder-scheduler.js";

/*
 * The body of the reminder thread (reminder-thread.ts starts it): the whole
 * plan's status and the sending happen here, on a connection of its own, so
 * that the server's requests never wait for a run.
 */

/**
 * What the thread starts with: plain data, since functions (the clock, the
 * destination policy's resolver) cannot be posted to a thread.
 */
export interface ReminderWorkerData {
  readonly config: DatabaseConfig;
  readonly settings: Omit<SchedulerSettings, "office" | "delivery"> & {
    readonly timeZone: string;
    readonly delivery: {
      readonly timeoutMs: number;
      readonly smtp?: SmtpSettings;
      /** The destination policy's allowance (`allowanceOf`), built again here. */
      readonly allowance: string;
    };
  };
}

/**
 * The server's clock stays in the server: each tick carries its time. "end":
 * the thread is done for now, and keeps the lease for the next one; "stop":
 * the scheduler stops, and the lease goes.
 */
export type ToReminderWorker =
  | { readonly kind: "tick"; readonly now: string }
  | { readonly kind: "end" }
  | { readonly kind: "stop" };

export type FromReminderWorker =
  | { readonly kind: "done"; readonly result: TickOutcome }
  | { readonly kind: "failed"; readonly error: unknown };

/** One connection runs the ticks; a second lets the lease be released while one is stuck. */
const POOL_SIZE = 2;

/**
 * A run takes seconds of CPU at province size. At a lower priority than the
 * server's thread (Linux sets it per thread), a machine short of cores
 * serves the requests first and the run in the time left.
 */
const NICENESS = 10;

try {
  (await import("@napi-rs/nice")).nice(NICENESS);
} catch {
  // No binary for this platform: the run shares the CPU evenly, as any thread.
}

const port = parentPort;
if (port === null) throw new Error("reminder-worker runs as a worker thread");
const { config, settings } = workerData as ReminderWorkerData;
const db = openDatabase(config, POOL_SIZE);
const destinations = destinationPolicy(settings.delivery.allowance);

const { timeZone, ...plain } = settings;

const settingsAt = (now: Date): SchedulerSettings => ({
  ...plain,
  office: officeClock(timeZone, () => now),
  delivery: {
    timeoutMs: settings.delivery.timeoutMs,
    destinations,
    ...(settings.delivery.smtp === undefined ? {} : { smtp: settings.delivery.smtp }),
  },
});

const post = (message: FromReminderWorker): void => {
  port.postMessage(message);
};

/** Stopping: the lease goes at once, so another instance need not wait for it to run out. */
const stop = async (releasing: boolean): Promise<void> => {
  try {
    if (releasing) await releaseReminderLease(db, settings.holder);
  } finally {
    await db.close();
    port.close();
  }
};

port.on("message", (message: ToReminderWorker) => {
  if (message.kind !== "tick") {
    void stop(message.kind === "stop");
    return;
  }
  reminderTick(db, settingsAt(new Date(message.now))).then(
    (result) => {
      post({ kind: "done", result });
    },
    (error: unknown) => {
      post({ kind: "failed", error });
    },
  );
});
