import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase } from "../../src/db/database.js";
import { checkDatabase } from "../../src/services/check-database.js";

/**
 * What `duban check` reports, for a database no process writes to any more:
 * the schema's consistency rules, and on SQLite PRAGMA integrity_check and
 * foreign_key_check as well. The problems' codes and English messages.
 */
export const integrityProblems = async (config: DatabaseConfig): Promise<string[]> => {
  const db = openDatabase(config);
  try {
    const check = await checkDatabase(db);
    return check.problems.map((p) => `${p.code}: ${p.message.en}`);
  } finally {
    await db.close();
  }
};
