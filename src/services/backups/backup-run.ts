import { resolve } from "node:path";
import type { Database } from "../../db/database.js";
import { insertBackupRun } from "../../db/queries/backup-runs.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message, type Message } from "../../domain/message.js";
import { backupDatabase, type BackupOutcome } from "../backup-database.js";
import { DubanError } from "../duban-error.js";
import type { ToolLocation } from "../postgres-tools.js";
import { verifyBackup, type BackupVerification } from "./verify-backup.js";

export interface BackupRunInput extends ToolLocation {
  readonly trigger: "scheduled" | "manual";
  readonly file: string;
  readonly force: boolean;
  /** Restore the new backup into a scratch database and check it (`duban backup --verify`). */
  readonly verify: boolean;
  /** The office's day the run counts for. */
  readonly day: IsoDate;
  /** Who takes it: host and process. */
  readonly host: string;
  readonly clock: () => Date;
}

export type Verified =
  | { readonly kind: "checked"; readonly verification: BackupVerification }
  | { readonly kind: "unrestorable"; readonly error: Message };

export interface BackupRunResult {
  readonly backup: BackupOutcome | { readonly error: Message };
  readonly verified: Verified | null;
  /** Why the run could not be written down, when it could not (the backup itself stands). */
  readonly unrecorded: Message | null;
}

const textOf = (error: unknown): Message => {
  if (error instanceof DubanError) return error.text;
  const text = error instanceof Error ? error.message : String(error);
  return message(text, text);
};

const verifyTaken = async (
  db: Database,
  file: string,
  input: BackupRunInput,
): Promise<Verified> => {
  try {
    const verification = await verifyBackup({
      file,
      server: db.config.kind === "postgres" ? db.config : undefined,
      ...(input.binDir === undefined ? {} : { binDir: input.binDir }),
    });
    return { kind: "checked", verification };
  } catch (error) {
    return { kind: "unrestorable", error: textOf(error) };
  }
};

const verifyColumns = (verified: Verified | null, at: string) => {
  if (verified === null) return {};
  if (verified.kind === "unrestorable") {
    return { verify_outcome: "failed", verify_error: verified.error.en, verified_at: at } as const;
  }
  const { ok, counts, problems } = verified.verification;
  return {
    verify_outcome: ok ? "ok" : "failed",
    verify_error: ok ? null : problems.map((p) => p.message.en).join("; "),
    verified_at: at,
    verify_plans: counts.plans,
    verify_milestones: counts.milestones,
    verify_reports: counts.reports,
  } as const;
};

/**
 * One backup run: the backup, its verification when asked, and its record,
 * written only once it has finished so that the backup never holds a record
 * of itself (it holds those of the runs before it). A run whose record
 * cannot be written (a read-only account backing up) still stands.
 */
export const takeBackupRun = async (
  db: Database,
  input: BackupRunInput,
): Promise<BackupRunResult> => {
  const startedAt = input.clock().toISOString();
  let backup: BackupRunResult["backup"];
  try {
    backup = await backupDatabase(db, input);
  } catch (error) {
    backup = { error: textOf(error) };
  }
  const verified =
    input.verify && "bytes" in backup ? await verifyTaken(db, backup.file, input) : null;
  const finishedAt = input.clock().toISOString();
  let unrecorded: Message | null = null;
  try {
    await insertBackupRun(db.kysely, {
      trigger: input.trigger,
      day: input.day,
      host: input.host,
      started_at: startedAt,
      finished_at: finishedAt,
      file: "bytes" in backup ? backup.file : resolve(input.file),
      bytes: "bytes" in backup ? backup.bytes : null,
      outcome: "bytes" in backup ? "ok" : "failed",
      error: "bytes" in backup ? null : backup.error.en,
      ...verifyColumns(verified, finishedAt),
    });
  } catch (error) {
    unrecorded = textOf(error);
  }
  return { backup, verified, unrecorded };
};
