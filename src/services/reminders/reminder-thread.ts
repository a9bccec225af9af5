import type { Worker } from "node:worker_threads";
import { allowanceOf } from "../../channels/destinations.js";
import type { DatabaseConfig } from "../../db/config.js";
import type { Database } from "../../db/database.js";
import { startWorkerBeside } from "../../worker-module.js";
import { releaseReminderLease } from "./reminder-lease.js";
import {
  scheduleTicks,
  type RunningScheduler,
  type RunObserver,
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

/**
 * Ticks further apart than this each get a thread of their own, which ends
 * with its tick: a run leaves its isolate holding the whole plan's
 * garbage and its module graph (230 MB of heap after a province's run), and
 * starting a thread costs a fraction of a second once in minutes. Closer
 * ticks (a test, a bench) share one thread.
 */
export const KEEP_THREAD_BELOW_MS = 60_000;

const workerDataOf = (config: DatabaseConfig, settings: SchedulerSettings): ReminderWorkerData => {
  const { intervalMs, sendHour, office, holder, delivery, publicUrl } = settings;
  return {
    config,
    settings: {
      intervalMs,
      sendHour,
      timeZone: office.timeZone,
      holder,
      publicUrl,
      delivery: {
        timeoutMs: delivery.timeoutMs,
        allowance: delivery.destinations === undefined ? "" : allowanceOf(delivery.destinations),
        ...(delivery.smtp === undefined ? {} : { smtp: delivery.smtp }),
      },
    },
  };
};

export interface ThreadRunner extends TickRunner {
  /** Whether a thread is alive now (running a tick, or kept for the next). */
  threadAlive(): boolean;
}

/**
 * Ticks in a thread, started on a tick and ended after it when ticks are far
 * apart (KEEP_THREAD_BELOW_MS). An ended thread keeps the lease: the
 * server's own connection gives it up when the scheduler stops with no
 * thread alive. A thread that dies fails its tick (logged as any failed
 * run) and the next tick starts another.
 */
export const threadRunner = (db: Database, settings: SchedulerSettings): ThreadRunner => {
  const keep = settings.intervalMs < KEEP_THREAD_BELOW_MS;
  let thread: Worker | undefined;
  /** Threads told to end after their tick, until they have exited. */
  const ending = new Set<Promise<unknown>>();
  let pending: { resolve(result: TickOutcome): void; reject(error: unknown): void } | undefined;
  const settle = (outcome: { result: TickOutcome } | { error: unknown }): void => {
    const waiting = pending;
    pending = undefined;
    if ("result" in outcome) waiting?.resolve(outcome.result);
    else waiting?.reject(outcome.error);
  };
  const send = (target: Worker, message: ToReminderWorker): void => {
    target.postMessage(message);
  };
  const exitOf = (target: Worker): Promise<number> =>
    new Promise((resolve) => {
      target.once("exit", resolve);
    });
  const end = (target: Worker): void => {
    if (thread === target) thread = undefined;
    const exited = exitOf(target).finally(() => ending.delete(exited));
    ending.add(exited);
    send(target, { kind: "end" });
  };
  const start = (): Worker => {
    const started = startWorkerBeside("reminder-worker", import.meta.url, {
      workerData: workerDataOf(db.config, settings),
    });
    started.on("message", (message: FromReminderWorker) => {
      if (!keep) end(started);
      settle(message.kind === "done" ? { result: message.result } : { error: message.error });
    });
    // A thread ended after its tick has nothing pending: what it does next is not the next tick's.
    started.on("error", (error) => {
      if (thread === started) settle({ error });
    });
    started.on("exit", (code) => {
      if (thread !== started) return;
      thread = undefined;
      settle({ error: new Error(`the reminder thread stopped (exit code ${String(code)})`) });
    });
    // The server's shutdown stops it; it never keeps a process alive by itself.
    started.unref();
    return started;
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
      await Promise.all(ending);
      if (stopping === undefined) {
        await releaseReminderLease(db, settings.holder);
        return;
      }
      const exited = exitOf(stopping);
      const grace = setTimeout(() => void stopping.terminate(), STOP_GRACE_MS);
      send(stopping, { kind: "stop" });
      const code = await exited;
      clearTimeout(grace);
      if (code !== 0) throw new Error(`the reminder thread stopped with exit code ${String(code)}`);
    },
    threadAlive: () => thread !== undefined,
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
  db: Database,
  settings: SchedulerSettings,
  log: SchedulerLog,
  onRun?: RunObserver,
): RunningScheduler => scheduleTicks(settings.intervalMs, threadRunner(db, settings), log, onRun);
