import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Database } from "../db/database.js";
import { prepareSqliteCopy } from "../db/sqlite-file.js";
import { message, type Message } from "../domain/message.js";
import { DubanError } from "./duban-error.js";
import {
  dumpArgs,
  missingToolGuidance,
  runPostgresTool,
  toolConnection,
  type ToolLocation,
} from "./postgres-tools.js";

export interface BackupInput extends ToolLocation {
  readonly file: string;
  /** Replace an existing file. */
  readonly force?: boolean;
}

export interface BackupOutcome {
  /** The absolute path written. */
  readonly file: string;
  readonly bytes: number;
  readonly method: "sqlite-online-backup" | "pg_dump";
}

const failed = (text: Message): DubanError => new DubanError("backup.failed", text);

const reasonOf = (error: unknown): Message => {
  if (error instanceof DubanError) return error.text;
  const text = error instanceof Error ? error.message : String(error);
  return message(text, text);
};

/** SQLite's online backup copies a consistent state while others go on reading and writing. */
const backupSqlite = async (db: Database & { dialect: "sqlite" }, partial: string) => {
  await db.sqlite.backup(partial);
  const unsound = prepareSqliteCopy(partial);
  if (unsound) {
    throw failed(
      message(`备份副本未通过检查：${unsound.zh}`, `the copy failed its check: ${unsound.en}`),
    );
  }
};

const backupPostgres = async (
  db: Database & { dialect: "postgres" },
  partial: string,
  input: BackupInput,
) => {
  const result = await runPostgresTool("pg_dump", dumpArgs(db.config, partial), {
    ...input,
    password: toolConnection(db.config).password,
  });
  if (result.kind === "missing")
    throw failed(missingToolGuidance("pg_dump", db.config, input.file));
  if (result.kind === "failed") {
    throw failed(message(`pg_dump 失败：${result.stderr}`, `pg_dump failed: ${result.stderr}`));
  }
};

/**
 * Copies the whole database to a file while it stays in use: written beside
 * the target under another name and renamed into place once complete and
 * checked, so FILE is either the old file or a whole backup, never half one.
 */
export const backupDatabase = async (db: Database, input: BackupInput): Promise<BackupOutcome> => {
  const file = resolve(input.file);
  const base = db.dialect === "sqlite" ? db.config.file : null;
  if (base !== null && [base, `${base}-wal`, `${base}-shm`].includes(file)) {
    throw failed(
      message("不能备份到数据库文件本身", "A backup cannot overwrite the database file itself"),
    );
  }
  if (existsSync(file) && input.force !== true) {
    throw failed(
      message(
        `「${file}」已存在；要覆盖请加 --force`,
        `"${file}" exists; add --force to replace it`,
      ),
    );
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    if (db.dialect === "sqlite") await backupSqlite(db, partial);
    else await backupPostgres(db, partial, input);
    renameSync(partial, file);
  } catch (error) {
    // Only when it is there: under a path that is no directory, rmSync would throw over the reason.
    if (existsSync(partial)) rmSync(partial, { force: true });
    const reason = reasonOf(error);
    throw failed(message(`备份失败：${reason.zh}`, `Backup failed: ${reason.en}`));
  }
  return {
    file,
    bytes: statSync(file).size,
    method: db.dialect === "sqlite" ? "sqlite-online-backup" : "pg_dump",
  };
};
