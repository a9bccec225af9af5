import type { Insertable, Kysely, Selectable } from "kysely";
import type { BackupRunsTable, Schema } from "../schema.js";

export type BackupRunRow = Omit<Selectable<BackupRunsTable>, "bytes"> & {
  readonly bytes: number | null;
};

export const insertBackupRun = async (
  db: Kysely<Schema>,
  run: Insertable<BackupRunsTable>,
): Promise<void> => {
  await db.insertInto("backup_runs").values(run).execute();
};

/** The day of the newest scheduled run recorded (every recorded run has finished), or null. */
export const lastScheduledBackupDay = async (db: Kysely<Schema>): Promise<string | null> => {
  const row = await db
    .selectFrom("backup_runs")
    .select((eb) => eb.fn.max("day").as("day"))
    .where("trigger", "=", "scheduled")
    .executeTakeFirst();
  return row?.day ?? null;
};

/** The newest runs first. */
export const recentBackupRuns = async (
  db: Kysely<Schema>,
  limit: number,
): Promise<BackupRunRow[]> => {
  const rows = await db
    .selectFrom("backup_runs")
    .selectAll()
    .orderBy("finished_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, bytes: row.bytes === null ? null : Number(row.bytes) }));
};

/** When the newest successful backup finished, and the newest verification: null for never. */
export const backupMarks = async (
  db: Kysely<Schema>,
): Promise<{
  readonly lastOkAt: string | null;
  readonly lastVerified: { readonly at: string; readonly outcome: "ok" | "failed" } | null;
}> => {
  const ok = await db
    .selectFrom("backup_runs")
    .select((eb) => eb.fn.max("finished_at").as("at"))
    .where("outcome", "=", "ok")
    .executeTakeFirst();
  const verified = await db
    .selectFrom("backup_runs")
    .select(["verified_at", "verify_outcome"])
    .where("verified_at", "is not", null)
    .orderBy("verified_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return {
    lastOkAt: ok?.at ?? null,
    lastVerified:
      verified?.verified_at == null || verified.verify_outcome == null
        ? null
        : { at: verified.verified_at, outcome: verified.verify_outcome },
  };
};
