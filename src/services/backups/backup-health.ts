import type { Database } from "../../db/database.js";
import { backupMarks, recentBackupRuns } from "../../db/queries/backup-runs.js";
import { storedTime } from "../stored-time.js";

/**
 * Whether backups are being taken and restore cleanly, as the database records every run (of any
 * instance, scheduled or manual): the newest run's outcome, when one last succeeded, and
 * the newest verification.
 */
export interface BackupHealth {
  readonly lastRun: { readonly at: Date; readonly ok: boolean } | null;
  readonly lastOkAt: Date | null;
  readonly lastVerified: { readonly at: Date; readonly ok: boolean } | null;
}

export const backupHealth = async (db: Database): Promise<BackupHealth> => {
  const [latest] = await recentBackupRuns(db.kysely, 1);
  const marks = await backupMarks(db.kysely);
  return {
    lastRun:
      latest === undefined
        ? null
        : { at: new Date(latest.finished_at), ok: latest.outcome === "ok" },
    lastOkAt: storedTime(marks.lastOkAt),
    lastVerified:
      marks.lastVerified === null
        ? null
        : { at: new Date(marks.lastVerified.at), ok: marks.lastVerified.outcome === "ok" },
  };
};
