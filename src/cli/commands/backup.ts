import { readSetting } from "../../config/read-settings.js";
import { hostname } from "node:os";
import { databaseConfigFrom, type DatabaseConfig } from "../../db/config.js";
import { isoDateIn } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import { takeBackupRun } from "../../services/backups/backup-run.js";
import { verifyBackup } from "../../services/backups/verify-backup.js";
import { DubanError } from "../../services/duban-error.js";
import { officeTimeZoneFromEnv } from "../../services/office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import { errorLine } from "../report-error.js";
import { say, type Language } from "../language.js";
import { withDatabase, withDatabaseConfig, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface BackupOptions extends DatabaseOptions {
  readonly force?: boolean;
  readonly json?: boolean;
  /** Check FILE (restored into a scratch database) instead of writing it. */
  readonly verify?: boolean;
  /** The PostgreSQL server whose scratch database a pg_dump archive is verified in. */
  readonly into?: string;
}

const MiB = 1024 * 1024;

const size = (bytes: number): string =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

/** `--into URL`, else the configured database when it is PostgreSQL. */
const verificationServer = (
  config: DatabaseConfig,
  into: string | undefined,
): (DatabaseConfig & { kind: "postgres" }) | undefined => {
  if (into === undefined) return config.kind === "postgres" ? config : undefined;
  const server = databaseConfigFrom({}, { DATABASE_URL: into });
  if (server.kind !== "postgres") {
    throw new DubanError(
      "backup.unverified",
      message(
        `--into 应是 PostgreSQL 地址（postgres://…），不是「${into}」`,
        `--into takes a PostgreSQL URL (postgres://…), not "${into}"`,
      ),
    );
  }
  return server;
};

/** Where pg_dump and pg_restore are, when DUBAN_PG_BIN says: else they are looked for on PATH. */
const pgBinOf = (io: CliIo): { binDir?: string } => {
  const binDir = readSetting(io.env, "DUBAN_PG_BIN");
  return binDir === undefined ? {} : { binDir };
};

const verifyCommand = (file: string, options: BackupOptions, io: CliIo, language: Language) =>
  withDatabaseConfig(options, io, language, async (config) => {
    const verification = await verifyBackup({
      file,
      server: verificationServer(config, options.into),
      ...pgBinOf(io),
    });
    if (options.json === true) writeJson(io, verification);
    else {
      const { plans, milestones, reports } = verification.counts;
      io.stdout.write(
        language === "zh"
          ? `${verification.file} 已恢复到临时数据库：计划 ${plans} 个，节点计划 ${milestones} 个，进展报送 ${reports} 条\n`
          : `${verification.file} restored into a scratch database: ${plans} plans, ${milestones} milestones, ${reports} progress reports\n`,
      );
      for (const problem of verification.problems) {
        io.stdout.write(`  ${say(problem.message, language)}\n`);
      }
      io.stdout.write(
        verification.ok
          ? language === "zh"
            ? "检查通过：备份可用\n"
            : "Check passed: the backup is good\n"
          : language === "zh"
            ? `检查未通过：${verification.problems.length} 个问题\n`
            : `Check failed: ${verification.problems.length} problems\n`,
      );
    }
    return verification.ok ? EXIT.ok : EXIT.inputErrors;
  });

/**
 * `duban backup FILE [--force] [--json]`: a copy of the whole database,
 * taken while it runs, and recorded in it (after the copy: the backup holds
 * the runs before it). `duban backup --verify FILE [--into URL]` checks one.
 */
export const backupCommand = (
  file: string,
  options: BackupOptions,
  io: CliIo,
  language: Language,
): Promise<number> => {
  if (options.verify === true) return verifyCommand(file, options, io, language);
  if (options.into !== undefined) {
    io.stderr.write(
      errorLine(message("--into 只用于 --verify", "--into goes with --verify only"), language),
    );
    return Promise.resolve(EXIT.usage);
  }
  return withDatabase(
    options,
    io,
    language,
    async (db) => {
      const run = await takeBackupRun(db, {
        trigger: "manual",
        file,
        force: options.force === true,
        verify: false,
        day: isoDateIn(new Date(), officeTimeZoneFromEnv(io.env)),
        host: `${hostname()}:${process.pid}`,
        clock: () => new Date(),
        ...pgBinOf(io),
      });
      const outcome = run.backup;
      if ("error" in outcome) throw new DubanError("backup.failed", outcome.error);
      if (run.unrecorded !== null) {
        const why = say(run.unrecorded, language);
        io.stderr.write(
          language === "zh"
            ? `注意：备份已写好，但未能记入数据库的备份记录：${why}\n`
            : `note: the backup is written, but its run could not be recorded: ${why}\n`,
        );
      }
      if (options.json === true) writeJson(io, outcome);
      else {
        io.stdout.write(
          language === "zh"
            ? `已备份到 ${outcome.file}（${size(outcome.bytes)}，${outcome.bytes} 字节）\n`
            : `Backed up to ${outcome.file} (${size(outcome.bytes)}, ${outcome.bytes} bytes)\n`,
        );
      }
      return EXIT.ok;
    },
    // The database as it is: a backup taken before an upgrade must not be of the upgraded one.
    { migrate: false },
  );
};
