import { dirname, join } from "node:path";
import type { DatabaseConfig } from "../../db/config.js";

/** Where and when the server backs up, once the settings meet the database. */
export interface BackupPlan {
  /** False when DUBAN_BACKUPS=0, or on PostgreSQL without DUBAN_BACKUP_DIR. */
  readonly enabled: boolean;
  readonly hour: number;
  readonly keepDays: number;
  /** Null on PostgreSQL without DUBAN_BACKUP_DIR. */
  readonly directory: string | null;
}

/**
 * SQLite's backups default to `backups/` beside the data file. PostgreSQL's
 * have no default: instances of one database run on several machines, and a
 * directory local to whichever held the lease would scatter the nights.
 */
export const backupPlanOf = (
  settings: {
    readonly enabled: boolean;
    readonly hour: number;
    readonly keepDays: number;
    readonly directory: string | undefined;
  },
  config: DatabaseConfig,
): BackupPlan => {
  const directory =
    settings.directory ?? (config.kind === "sqlite" ? join(dirname(config.file), "backups") : null);
  return {
    enabled: settings.enabled && directory !== null,
    hour: settings.hour,
    keepDays: settings.keepDays,
    directory,
  };
};
