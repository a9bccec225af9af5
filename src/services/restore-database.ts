import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { DEFAULT_MIGRATION_TABLE } from "kysely";
import { describeConfig, type DatabaseConfig } from "../db/config.js";
import { openDatabase, type Database } from "../db/database.js";
import { migrationState } from "../db/migrate.js";
import { listPlans } from "../db/queries/plans.js";
import { ensureTrigramExtension } from "../db/queries/search-index.js";
import { prepareSqliteCopy } from "../db/sqlite-file.js";
import { message, type Message } from "../domain/message.js";
import { DubanError } from "./duban-error.js";
import {
  missingToolGuidance,
  restoreArgs,
  runPostgresTool,
  toolConnection,
  type ToolLocation,
} from "./postgres-tools.js";

export interface RestoreInput extends ToolLocation {
  readonly file: string;
  /** Replace a database that holds plans. */
  readonly force?: boolean;
}

export interface RestoreOutcome {
  readonly file: string;
  readonly database: string;
  /** Plans the database held before, now replaced. */
  readonly replacedPlans: number;
}

const failed = (text: Message): DubanError => new DubanError("restore.failed", text);

const notABackup = (file: string, reason: Message): DubanError =>
  failed(
    message(
      `「${file}」不能用来恢复：${reason.zh}。数据库未改动。`,
      `"${file}" cannot be restored: ${reason.en}. The database is unchanged.`,
    ),
  );

/**
 * The plans the database holds now: none when it was never migrated (there
 * is nothing to lose); the reason when it cannot be read, which is often why
 * one restores.
 */
const currentPlans = async (config: DatabaseConfig): Promise<number | Message> => {
  if (config.kind === "sqlite" && !existsSync(config.file)) return 0;
  let db: Database | undefined;
  try {
    db = openDatabase(config);
    const { applied } = await migrationState(db);
    return applied.length === 0 ? 0 : (await listPlans(db.kysely, "with_archived")).length;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return message(reason, reason);
  } finally {
    await db?.close();
  }
};

/** Replacing plans, or a database that cannot be read, takes --force. */
const refuseWithoutForce = async (config: DatabaseConfig, input: RestoreInput): Promise<number> => {
  const plans = await currentPlans(config);
  if (input.force === true) return typeof plans === "number" ? plans : 0;
  if (typeof plans !== "number") {
    throw failed(
      message(
        `当前数据库无法读取（${plans.zh}）；确认要用备份替换它请加 --force`,
        `The database cannot be read (${plans.en}); add --force to replace it with the backup`,
      ),
    );
  }
  if (plans > 0) {
    throw failed(
      message(
        `当前数据库有 ${plans} 个计划，恢复会整体替换它们；确认请加 --force（最好先 duban backup）`,
        `The database holds ${plans} plans, which a restore replaces; add --force to go ahead (after duban backup, ideally)`,
      ),
    );
  }
  return plans;
};

/**
 * SQLite: the backup is copied beside the data file, checked there, and
 * renamed over it; until that rename the old database stands whole. No
 * connection is open by then (closing the last one folds the WAL into the
 * file), and leftover -wal/-shm are removed so that SQLite does not replay an
 * old log onto the new file. Another process with the file open (the server)
 * would not notice the swap: stop it first.
 */
const restoreSqlite = async (
  config: DatabaseConfig & { kind: "sqlite" },
  file: string,
  input: RestoreInput,
): Promise<number> => {
  const target = config.file;
  const staged = join(dirname(target), `.${basename(target)}.restore-${process.pid}`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, staged);
    const unsound = prepareSqliteCopy(staged);
    if (unsound) throw notABackup(file, unsound);
    const plans = await refuseWithoutForce(config, input);
    for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
    renameSync(staged, target);
    return plans;
  } catch (error) {
    if (error instanceof DubanError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw failed(message(`恢复失败：${reason}`, `Restore failed: ${reason}`));
  } finally {
    rmSync(staged, { force: true });
  }
};

/**
 * PostgreSQL: pg_restore in one transaction. The archive is listed first, so
 * that a file that is not a Duban backup (or holds another schema) is refused
 * before anything is dropped.
 */
const restorePostgres = async (
  config: DatabaseConfig & { kind: "postgres" },
  file: string,
  input: RestoreInput,
): Promise<number> => {
  const tool = { ...input, password: toolConnection(config).password };
  const listing = await runPostgresTool("pg_restore", ["--list", file], tool);
  if (listing.kind === "missing") throw failed(missingToolGuidance("pg_restore", config, file));
  if (listing.kind === "failed") throw notABackup(file, message(listing.stderr, listing.stderr));
  const schema = config.schema ?? "public";
  if (!listing.stdout.includes(` TABLE ${schema} ${DEFAULT_MIGRATION_TABLE} `)) {
    throw notABackup(
      file,
      message(
        `其中没有模式 ${schema} 下的 Duban 数据表`,
        `it holds no Duban tables in schema ${schema}`,
      ),
    );
  }
  const plans = await refuseWithoutForce(config, input);
  await withTrigramExtension(config);
  const result = await runPostgresTool("pg_restore", restoreArgs(config, file), tool);
  if (result.kind !== "ok") {
    const reason = result.kind === "missing" ? "pg_restore not found" : result.stderr;
    throw failed(
      message(
        `pg_restore 失败，数据库未改动：${reason}`,
        `pg_restore failed and the database is unchanged: ${reason}`,
      ),
    );
  }
  return plans;
};

/** The search index's trigram extension, which a schema's dump leaves out (restorePostgres). */
const withTrigramExtension = async (config: DatabaseConfig): Promise<void> => {
  const db = openDatabase(config);
  try {
    await ensureTrigramExtension(db.kysely);
  } finally {
    await db.close();
  }
};

/**
 * Replaces the whole database with a backup made by `backupDatabase`. It
 * takes the configuration, not an open database: the database being replaced
 * may be one that no longer opens. Migrations newer than the backup run on
 * the next start.
 */
export const restoreDatabase = async (
  config: DatabaseConfig,
  input: RestoreInput,
): Promise<RestoreOutcome> => {
  const file = resolve(input.file);
  if (!existsSync(file)) {
    throw failed(message(`找不到文件「${file}」`, `There is no file "${file}"`));
  }
  const replacedPlans =
    config.kind === "sqlite"
      ? await restoreSqlite(config, file, input)
      : await restorePostgres(config, file, input);
  const database = describeConfig(config);
  return { file, database, replacedPlans };
};
