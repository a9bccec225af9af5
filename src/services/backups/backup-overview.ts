import type { Database } from "../../db/database.js";
import { recentBackupRuns } from "../../db/queries/backup-runs.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import type { BackupPlan } from "./backup-plan.js";

/** How many runs the overview lists: a fortnight of nights and the manual ones between. */
export const BACKUP_OVERVIEW_RUNS = 30;

export interface BackupRunView {
  readonly id: number;
  readonly trigger: "scheduled" | "manual";
  readonly day: string;
  readonly host: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly file: string;
  readonly bytes: number | null;
  readonly outcome: "ok" | "failed";
  readonly error: string | null;
  readonly verification: {
    readonly outcome: "ok" | "failed";
    readonly at: string;
    readonly error: string | null;
    readonly counts: { plans: number; milestones: number; reports: number } | null;
  } | null;
}

export interface BackupOverview {
  readonly schedule: BackupPlan & { readonly timeZone: string };
  readonly runs: readonly BackupRunView[];
}

/** `GET /api/admin/backups`: the schedule in force and the last runs, newest first (administrators). */
export const backupOverview = async (
  db: Database,
  actor: Actor,
  schedule: BackupOverview["schedule"],
): Promise<BackupOverview> => {
  authorize(actor, { action: "backup.read" });
  const rows = await recentBackupRuns(db.kysely, BACKUP_OVERVIEW_RUNS);
  return {
    schedule,
    runs: rows.map((row) => ({
      id: row.id,
      trigger: row.trigger,
      day: row.day,
      host: row.host,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      file: row.file,
      bytes: row.bytes,
      outcome: row.outcome,
      error: row.error,
      verification:
        row.verify_outcome === null || row.verified_at === null
          ? null
          : {
              outcome: row.verify_outcome,
              at: row.verified_at,
              error: row.verify_error,
              counts:
                row.verify_plans === null ||
                row.verify_milestones === null ||
                row.verify_reports === null
                  ? null
                  : {
                      plans: row.verify_plans,
                      milestones: row.verify_milestones,
                      reports: row.verify_reports,
                    },
            },
    })),
  };
};
