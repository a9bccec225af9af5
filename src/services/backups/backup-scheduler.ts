import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../../db/database.js";
import { lastScheduledBackupDay } from "../../db/queries/backup-runs.js";
import { acquireLease, releaseLease } from "../../db/queries/leases.js";
import {
  nightlyBackupName,
  nightlyBackupsToPrune,
  scheduledBackupDecision,
} from "../../domain/backup-schedule.js";
import type { ToolLocation } from "../postgres-tools.js";
import { tickEvery } from "../tick-loop.js";
import type { BackupPlan } from "./backup-plan.js";
import { takeBackupRun, type BackupRunResult } from "./backup-run.js";

const LEASE = "backups";

export interface BackupSchedulerSettings extends ToolLocation {
  readonly plan: BackupPlan & { readonly directory: string };
  readonly timeZone: string;
  /** The real clock: backups run on the wall clock, also on a demo database. */
  readonly clock: () => Date;
  /** How often to ask whether the day's backup is due. */
  readonly intervalMs: number;
  /** This instance's name in the lease and the record. */
  readonly holder: string;
  /** How long the lease lasts unless renewed; it is renewed a few times within it while a run goes on. */
  readonly leaseMs: number;
}

export type BackupTickOutcome =
  | { readonly ran: false; readonly reason: "before_hour" | "taken" | "not_holder" }
  | { readonly ran: true; readonly run: BackupRunResult; readonly pruned: readonly string[] };

const holdLease = (db: Database, settings: BackupSchedulerSettings): Promise<boolean> => {
  const now = settings.clock();
  return acquireLease(
    db.kysely,
    LEASE,
    settings.holder,
    now.toISOString(),
    new Date(now.getTime() + settings.leaseMs).toISOString(),
  );
};

const decide = async (db: Database, settings: BackupSchedulerSettings) =>
  scheduledBackupDecision(
    settings.clock(),
    { hour: settings.plan.hour, timeZone: settings.timeZone },
    await lastScheduledBackupDay(db.kysely),
  );

/** Only after a good, verified backup: a bad night never costs the good ones before it. */
const prune = (settings: BackupSchedulerSettings, day: string, run: BackupRunResult): string[] => {
  const good =
    run.verified?.kind === "checked" && run.verified.verification.ok && "bytes" in run.backup;
  if (!good) return [];
  const { directory, keepDays } = settings.plan;
  const names = nightlyBackupsToPrune(readdirSync(directory), day, keepDays);
  for (const name of names) rmSync(join(directory, name), { force: true });
  return names;
};

/**
 * One look at the clock: when the day's backup is due and this instance
 * gets the lease, it takes the backup, verifies it, records the run and
 * prunes old nights. With several instances exactly one runs; the others
 * find the lease held, then the day taken. The lease is renewed while the
 * run goes on; an instance that dies mid-run stops renewing it, leaves no
 * record, and the next holder takes the day again.
 */
export const backupTick = async (
  db: Database,
  settings: BackupSchedulerSettings,
): Promise<BackupTickOutcome> => {
  const first = await decide(db, settings);
  if (!first.due) return { ran: false, reason: first.reason };
  if (!(await holdLease(db, settings))) return { ran: false, reason: "not_holder" };
  const renewal = setInterval(() => {
    holdLease(db, settings).catch(() => undefined);
  }, settings.leaseMs / 4);
  try {
    // Another instance may have finished the day between the first look and the lease.
    const decision = await decide(db, settings);
    if (!decision.due) return { ran: false, reason: decision.reason };
    const run = await takeBackupRun(db, {
      trigger: "scheduled",
      file: join(settings.plan.directory, nightlyBackupName(decision.day, db.dialect)),
      // The day's own name: a file left by a run cut off midway is this day's, and replaced.
      force: true,
      verify: true,
      day: decision.day,
      host: settings.holder,
      clock: settings.clock,
      ...(settings.binDir === undefined ? {} : { binDir: settings.binDir }),
    });
    return { ran: true, run, pruned: prune(settings, decision.day, run) };
  } finally {
    clearInterval(renewal);
    await releaseLease(db.kysely, LEASE, settings.holder);
  }
};

export interface RunningBackupScheduler {
  stop(): Promise<void>;
}

export interface BackupLog {
  info(details: object, text: string): void;
  error(details: object, text: string): void;
}

const logOutcome = (log: BackupLog, outcome: BackupTickOutcome): void => {
  if (!outcome.ran) return;
  const { backup, verified, unrecorded } = outcome.run;
  const details = { backup, verified, unrecorded, pruned: outcome.pruned };
  const good = "bytes" in backup && verified?.kind === "checked" && verified.verification.ok;
  if (good && unrecorded === null) log.info(details, "backup taken and verified");
  else log.error(details, "backup run failed");
};

/** Asks every interval, one tick at a time, until stopped; a stop waits for the run in progress. */
export const startBackupScheduler = (
  db: Database,
  settings: BackupSchedulerSettings,
  log: BackupLog,
): RunningBackupScheduler =>
  tickEvery(settings.intervalMs, () => backupTick(db, settings), {
    done: (outcome) => {
      logOutcome(log, outcome);
    },
    failed: (error) => {
      log.error({ err: error }, "backup tick failed");
    },
  });
