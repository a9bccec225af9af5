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
