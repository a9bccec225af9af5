import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import type { Schema } from "./schema.js";

/**
 * A transaction that will write, holding the write lock from its first
 * statement. PostgreSQL locks rows as they are written; SQLite's default
 * transaction starts as a reader, and a reader that later writes while
 * another process writes is refused at once ("database is locked") instead
 * of waiting. BEGIN IMMEDIATE takes the lock up front, waiting up to the
 * busy timeout for another writer to finish.
 */
export const writeTransaction = <T>(
  db: Database,
  work: (trx: Kysely<Schema>) => Promise<T>,
): Promise<T> => {
  if (db.dialect === "postgres") return db.kysely.transaction().execute(work);
  return db.kysely.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
};
