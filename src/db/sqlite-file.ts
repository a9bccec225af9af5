import BetterSqlite3 from "better-sqlite3";
import { DEFAULT_MIGRATION_TABLE } from "kysely";
import { message, type Message } from "../domain/message.js";
import { MIGRATIONS } from "./migrations/index.js";

export interface SqliteIntegrity {
  /** What `PRAGMA integrity_check` reports other than "ok". */
  readonly integrity: readonly string[];
  /** Rows whose foreign key names no row, as "table rowid → parent". */
  readonly foreignKeys: readonly string[];
}

export const sqliteIntegrity = (sqlite: BetterSqlite3.Database): SqliteIntegrity => {
  const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((line) => line !== "ok");
  const foreignKeys = (
    sqlite.pragma("foreign_key_check") as { table: string; rowid: number | null; parent: string }[]
  ).map((row) => `${row.table} ${String(row.rowid)} → ${row.parent}`);
  return { integrity, foreignKeys };
};

/**
 * Checks that a file is a sound Duban database this version can open, and
 * makes it self-contained: rollback journal instead of WAL, so that it is one
 * file with no -wal/-shm beside it (a backup, or a restore about to replace
 * the data file). Returns the reason it is not, or null. Writes to the file:
 * only ever call it on a copy.
 */
export const prepareSqliteCopy = (file: string): Message | null => {
  const as = (text: string): Message => message(text, text);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { fileMustExist: true });
    sqlite.pragma("journal_mode = DELETE");
    const { integrity, foreignKeys } = sqliteIntegrity(sqlite);
    if (integrity.length > 0 || foreignKeys.length > 0) {
      return as([...integrity, ...foreignKeys].slice(0, 5).join("; "));
    }
    const hasMigrations = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
      .get(DEFAULT_MIGRATION_TABLE);
    if (hasMigrations === undefined) {
      return message("没有 Duban 的迁移表，不是 Duban 数据库", "it has no Duban migration table");
    }
    const names = sqlite
      .prepare(`select name from "${DEFAULT_MIGRATION_TABLE}"`)
      .pluck()
      .all() as string[];
    const unknown = names.filter((name) => !(name in MIGRATIONS));
    return unknown.length > 0
      ? message(
          `它来自更新版本的 Duban（本版本不认识迁移 ${unknown.join("、")}）`,
          `it comes from a newer Duban (migrations ${unknown.join(", ")} are unknown here)`,
        )
      : null;
  } catch (error) {
    return as(error instanceof Error ? error.message : String(error));
  } finally {
    sqlite?.close();
  }
};
