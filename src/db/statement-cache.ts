import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Statements kept per connection: enough for every query the app builds, bounded for the rest. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely's SQLite driver sees it, keeping the statements it
 * prepared by their SQL text: Kysely prepares every query anew, and parsing
 * and planning cost more than running most of Duban's. The least recently
 * used statement is dropped beyond `size` (lists of ids make many texts).
 */
export const cachingStatements = (
  sqlite: BetterSqlite3.Database,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase & { readonly cachedStatements: () => number } => {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const kept = statements.get(sql);
      // A statement still iterating (a stream) cannot run again: that query gets one of its own.
      if (kept?.busy) return sqlite.prepare(sql);
      const statement = kept ?? sqlite.prepare(sql);
      // Map keeps insertion order: delete and set makes this one the most recently used.
      statements.delete(sql);
      statements.set(sql, statement);
      if (statements.size > size) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
    cachedStatements: () => statements.size,
  };
};
