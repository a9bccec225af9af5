import { databaseConfigFrom, describeConfig, type DatabaseConfig } from "../db/config.js";
import { openDatabase, type Database } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { DatabaseRefusal } from "../db/database-refusal.js";
import { failureReason } from "../db/failure-reason.js";
import { ConfigurationError } from "../config/problem.js";
import { message } from "../domain/message.js";
import { EXIT, type CliIo } from "./io.js";
import type { Language } from "./language.js";
import { errorLine, reportError } from "./report-error.js";

/** The options every command that uses the database takes. */
export interface DatabaseOptions {
  readonly data?: string;
}

/** What opening did before the command ran. */
export interface Started {
  readonly config: DatabaseConfig;
  /** Migrations applied on this start, in order; empty when the schema was up to date. */
  readonly migrated: readonly string[];
}

/** Where opening stopped: reading the configuration, reaching the database, or migrating it. */
type Phase = "configure" | "connect" | "migrate";

const openFailure = (config: DatabaseConfig | undefined, phase: Phase, error: unknown) => {
  const where = config === undefined ? "" : ` ${describeConfig(config)}`;
  const reason = failureReason(error);
  if (phase === "configure") {
    return message(`数据库配置有误：${reason}`, `the database configuration is wrong: ${reason}`);
  }
  if (phase === "migrate") {
    return message(
      `数据库${where}迁移失败：${reason}`,
      `migrating the database${where} failed: ${reason}`,
    );
  }
  return config?.kind === "postgres"
    ? message(
        `无法连接数据库${where}：${reason}。请确认 PostgreSQL 正在运行，且 DATABASE_URL 的地址、用户和密码正确。`,
        `cannot connect to the database${where}: ${reason}. Check that PostgreSQL is running and that DATABASE_URL names the right host, user and password.`,
      )
    : message(
        `无法打开数据库${where}：${reason}。请检查 --data、DUBAN_DATA 或 DATABASE_URL。`,
        `cannot open the database${where}: ${reason}. Check --data, DUBAN_DATA or DATABASE_URL.`,
      );
};

/**
 * Runs a command that needs only to know where the database is (restore,
 * which must work when the database cannot be opened), with the one mapping
 * of a use case's failure to an exit status.
 */
export const withDatabaseConfig = async (
  options: DatabaseOptions,
  io: CliIo,
  language: Language,
  fn: (config: DatabaseConfig) => Promise<number>,
): Promise<number> => {
  let config: DatabaseConfig;
  try {
    config = databaseConfigFrom(options, io.env);
  } catch (error) {
    if (error instanceof ConfigurationError) return reportError(error, io, language);
    io.stderr.write(errorLine(openFailure(undefined, "configure", error), language));
    return EXIT.inputErrors;
  }
  try {
    return await fn(config);
  } catch (error) {
    return reportError(error, io, language);
  }
};

/**
 * Runs a command against the configured database: opened, migrated to the
 * latest schema (so every command may start on a new data directory or after
 * an upgrade), always closed. A database that cannot be reached is a message,
 * not a stack trace. `migrate: false` takes the database as it is (backup,
 * which must copy the database from before an upgrade, not after it).
 */
export const withDatabase = (
  options: DatabaseOptions,
  io: CliIo,
  language: Language,
  fn: (db: Database, started: Started) => Promise<number>,
  { migrate = true }: { readonly migrate?: boolean } = {},
): Promise<number> =>
  withDatabaseConfig(options, io, language, async (config) => {
    let db: Database | undefined;
    let migrated: readonly string[] = [];
    let phase: Phase = "connect";
    try {
      db = openDatabase(config);
      // Opening is lazy: a first query tells an unreachable server from a failed migration.
      await db.kysely.selectNoFrom((eb) => eb.lit(1).as("one")).execute();
      phase = "migrate";
      if (migrate) {
        const results = await migrateToLatest(db);
        migrated = results.filter((r) => r.status === "Success").map((r) => r.migrationName);
      }
    } catch (error) {
      await db?.close().catch(() => undefined);
      if (error instanceof DatabaseRefusal) return reportError(error, io, language);
      io.stderr.write(errorLine(openFailure(config, phase, error), language));
      return EXIT.inputErrors;
    }
    try {
      return await fn(db, { config, migrated });
    } finally {
      await db.close();
    }
  });
