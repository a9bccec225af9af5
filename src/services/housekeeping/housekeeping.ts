import type { Database } from "../../db/database.js";
import { pruneSignInLog } from "./prune-sign-in-log.js";

export interface RunningHousekeeping {
  stop(): void;
}

const DAY_MS = 86_400_000;

/**
 * Daily chores of a running server, first at start: pruning old sign-in
 * entries. Every instance may run them; they are idempotent deletes.
 */
export const startHousekeeping = (
  db: Database,
  settings: { readonly retentionDays: number; readonly clock: () => Date },
  log: { error(details: object, text: string): void },
): RunningHousekeeping => {
  const run = () =>
    pruneSignInLog(db, settings.retentionDays, settings.clock()).catch((error: unknown) => {
      log.error({ err: error }, "housekeeping failed");
    });
  void run();
  const timer = setInterval(() => {
    void run();
  }, DAY_MS);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
    },
  };
};
