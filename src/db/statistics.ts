import { sql } from "kysely";
import type { Database } from "./database.js";

/** The tables an import fills; their statistics steer every later scoped query. */
const CONTENT_TABLES = [
  "tasks",
  "task_versions",
  "task_units",
  "milestones",
  "milestone_versions",
  "milestone_units",
  "imported_progress",
] as const;

/**
 * Refreshes the planner's statistics after a large write. Without them
 * PostgreSQL plans the first queries on a freshly imported plan as if the
 * tables were empty (autovacuum catches up only later), and a slice that
 * takes a millisecond can take a second.
 */
export const refreshStatistics = async (db: Database): Promise<void> => {
  if (db.dialect === "postgres") {
    await sql.raw(`analyze ${CONTENT_TABLES.join(", ")}`).execute(db.kysely);
  } else {
    await sql`pragma optimize`.execute(db.kysely);
  }
};
