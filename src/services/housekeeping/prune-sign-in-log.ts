import type { Database } from "../../db/database.js";
import { deleteSignInEntriesBefore } from "../../db/queries/audit.js";

/**
 * Deletes the audit log's sign-in entries older than the retention period;
 * returns how many went. A retention of 0 keeps everything.
 */
export const pruneSignInLog = async (
  db: Database,
  retentionDays: number,
  now: Date,
): Promise<number> => {
  if (retentionDays <= 0) return 0;
  const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  return deleteSignInEntriesBefore(db.kysely, before);
};
