import type { Worker } from "node:worker_threads";
import { allowanceOf } from "../../channels/destinations.js";
import type { DatabaseConfig } from "../../db/config.js";
import { startWorkerBeside } from "../../worker-module.js";
import {
  scheduleTicks,
  type RunningScheduler,
  type SchedulerLog,
  type SchedulerSettings,
  type TickOutcome,
  type TickRunner,
} from "./reminder-scheduler.js";
import type {
  FromReminderWorker,
  ReminderWorkerData,
  ToReminderWorker,
} from "./reminder-worker.js";

/** How long a stopping thread may take to release the lease and close its database. */
const STOP_GRACE_MS = 10_000;

const workerDataOf = (config: DatabaseConfig, settings: SchedulerSettings): ReminderWorkerData => {
  const { intervalMs, sendHour, office, holder, delivery } = settings;
  return {
    config,
    settings: {
      intervalMs,
      sendHour,
      timeZone: office.timeZone,
      holder,
      delivery: {
        timeoutMs: delivery.timeoutMs,
        allowance: delivery.destinations === undefined ? "" : allowanceOf(delivery.destinations),
        ...(delivery.smtp === undefined ? {} : { smtp: delivery.smtp }),
      },
    },
  };
};

/**
 * Ticks in a thread of their own, started on the first tick and kept until
 * the scheduler stops. A thread that dies fails its tick (logged as any
 * failed run) and the next tick starts another.
 */
const threadRunner = (config: DatabaseConfig, settings: SchedulerSettings): TickRunner => {
  let thread: Worker | undefined;
  let pending: { resolve(result: TickOutcome): void; reject(error: unknown): void } | undefined;
  const settle = (outcome: { result: TickOutcome } | { error: unknown }): void => {
    const waiting = pending;
    pending = undefined;
    if ("result" in outcome) waiting?.resolve(outcome.result);
    else waiting?.reject(outcome.error);
  };
  const start = (): Worker => {
    const started = startWorkerBeside("reminder-worker", import.meta.url, {
      workerData: workerDataOf(config, settings),
    });
    started.on("message", (message: FromReminderWorker) => {
      settle(message.kind === "done" ? { result: message.result } : { error: message.error });
    });
    started.on("error", (error) => {
      settle({ error });
    });
    started.on("exit", (code) => {
      if (thread === started) thread = undefined;
      settle({ error: new Error(`the reminder thread stopped (exit code ${String(code)})`) });
    });
    // The server's shutdown stops it; it never keeps a process alive by itself.
    started.unref();
    return started;
  };
  const send = (target: Worker, message: ToReminderWorker): void => {
    target.postMessage(message);
  };
  return {
    tick: () =>
      new Promise<TickOutcome>((resolve, reject) => {
        pending = { resolve, reject };
        thread ??= start();
        send(thread, { kind: "tick", now: settings.office.now().toISOString() });
      }),
    close: async () => {
      const stopping = thread;
      thread = undefined;
      if (stopping === undefined) return;
      const exited = new Promise<number>((resolve) => {
        stopping.once("exit", resolve);
      });
      const grace = setTimeout(() => void stopping.terminate(), STOP_GRACE_MS);
      send(stopping, { kind: "stop" });
      const code = await exited;
      clearTimeout(grace);
      if (code !== 0) throw new Error(`the reminder thread stopped with exit code ${String(code)}`);
    },
  };
};

/**
 * The server's reminder scheduler: ticks every interval, each run in a worker
 * thread with a database connection of its own, under the same lease as
 * before (however many instances run, one sends). A run rates every
 * milestone of every plan; on the server's thread it would stall every
 * request for as long. This thread only keeps time and logs the outcome.
 */
export const startReminderThread = (
  config: DatabaseConfig,
  settings: SchedulerSettings,
  log: SchedulerLog,
): RunningScheduler => scheduleTicks(settings.intervalMs, threadRunner(config, settings), log);
