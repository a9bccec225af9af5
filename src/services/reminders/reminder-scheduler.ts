import type { DeliveryOptions } from "../../channels/channel.js";
import type { Database } from "../../db/database.js";
import { hourIn } from "../../domain/iso-date.js";
import type { OfficeClock } from "../office-clock.js";
import { tickEvery } from "../tick-loop.js";
import { holdReminderLease } from "./reminder-lease.js";
import { runReminders, type ReminderRunOutcome } from "./run-reminders.js";

export interface SchedulerSettings {
  readonly intervalMs: number;
  /** Reminders of a day go out from this hour on, office time. */
  readonly sendHour: number;
  readonly office: OfficeClock;
  readonly delivery: Omit<DeliveryOptions, "now">;
  /** This instance's name in the lease. */
  readonly holder: string;
  /** The web app's public address (DUBAN_PUBLIC_URL), for the digests' links. */
  readonly publicUrl: string | undefined;
}

export type TickOutcome =
  | { readonly ran: true; readonly outcome: ReminderRunOutcome }
  | { readonly ran: false; readonly reason: "not_holder" | "too_early" };

/**
 * One tick of the scheduler: if this instance holds the lease and the
 * office's day has reached the sending hour, run the day's reminders.
 * Safe to call as often as wished: a rerun fires nothing twice.
 */
export const reminderTick = async (
  db: Database,
  settings: SchedulerSettings,
): Promise<TickOutcome> => {
  const { now, today } = settings.office.stepTime();
  if (!(await holdReminderLease(db, settings.holder, now, settings.intervalMs * 3))) {
    return { ran: false, reason: "not_holder" };
  }
  if (hourIn(now, settings.office.timeZone) < settings.sendHour)
    return { ran: false, reason: "too_early" };
  const outcome = await runReminders(db, {
    day: today,
    now,
    dryRun: false,
    delivery: settings.delivery,
    publicUrl: settings.publicUrl,
  });
  return { ran: true, outcome };
};

export interface RunningScheduler {
  stop(): Promise<void>;
}

export interface SchedulerLog {
  info(details: object, text: string): void;
  error(details: object, text: string): void;
}

/** Where the ticks run: the reminder worker thread (reminder-thread.ts). */
export interface TickRunner {
  tick(): Promise<TickOutcome>;
  /** After the last tick: give the lease up, free what the runner holds. */
  close(): Promise<void>;
}

/** Told of each run that ran or failed (the server counts them for /metrics). */
export type RunObserver = (outcome: "ran" | "failed") => void;

/**
 * Ticks every interval until stopped, skipping a tick while the last run is
 * still going (slow receivers, timeouts); a failed tick is logged and the
 * next one tries again.
 */
export const scheduleTicks = (
  intervalMs: number,
  runner: TickRunner,
  log: SchedulerLog,
  onRun: RunObserver = () => undefined,
): RunningScheduler => {
  const loop = tickEvery(intervalMs, () => runner.tick(), {
    done: (result) => {
      if (!result.ran) return;
      onRun("ran");
      log.info(
        {
          day: result.outcome.day,
          digests: result.outcome.digests.length,
          deliveries: result.outcome.deliveries.map((d) => ({
            key: d.key,
            contact: d.contact,
            state: d.state,
            result: d.result,
          })),
        },
        "reminder run",
      );
    },
    failed: (error) => {
      onRun("failed");
      log.error({ err: error }, "reminder run failed");
    },
  });
  return {
    stop: async () => {
      await loop.stop();
      await runner.close().catch((error: unknown) => {
        log.error({ err: error }, "reminder scheduler stopped uncleanly");
      });
    },
  };
};
