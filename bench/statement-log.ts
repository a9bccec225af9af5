import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from "kysely";
import type { Database } from "../src/db/database.js";
import { namingStatements } from "../src/db/named-statements.js";
import type { Schema } from "../src/db/schema.js";
import { cachingStatements } from "../src/db/statement-cache.js";

/**
 * The database seen through a second Kysely that logs every statement's
 * duration (SQL and driver: rows read into JavaScript objects included), over
 * the same SQLite connection or PostgreSQL pool, and reusing prepared
 * statements as the application's own Kysely does (statement-cache.ts,
 * named-statements.ts), so a profile pays what a request pays.
 */

export interface LoggedStatement {
  readonly sql: string;
  readonly ms: number;
  /** performance.now() when the statement's result was in JavaScript. */
  readonly endedAt: number;
}

export interface StatementLog {
  /** Hand it to the code profiled: every statement it runs is logged. */
  readonly db: Database;
  /** The statements logged since the last call, oldest first; the log starts empty again. */
  readonly take: () => LoggedStatement[];
}

/**
 * Never destroy the logged Kysely: that would close the connection or pool
 * the database's own Kysely shares.
 */
export const statementLog = (db: Database): StatementLog => {
  let logged: LoggedStatement[] = [];
  const log = (event: LogEvent): void => {
    logged.push({
      sql: event.query.sql,
      ms: event.queryDurationMillis,
      endedAt: performance.now(),
    });
  };
  const loggedDb: Database =
    db.dialect === "sqlite"
      ? {
          ...db,
          kysely: new Kysely<Schema>({
            dialect: new SqliteDialect({ database: cachingStatements(db.sqlite) }),
            log,
          }),
        }
      : {
          ...db,
          kysely: new Kysely<Schema>({
            dialect: new PostgresDialect({ pool: namingStatements(db.pool) }),
            log,
          }),
        };
  return {
    db: loggedDb,
    take: () => {
      const taken = logged;
      logged = [];
      return taken;
    },
  };
};
