import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { LoadedEnvironment } from "../config/env-file.js";
import { isFatal, problem, type ConfigProblem } from "../config/problem.js";
import { readSetting, settingStates, type SettingState } from "../config/read-settings.js";
import { settingProblems } from "../config/setting-problems.js";
import { smtpUnreachable } from "../channels/email.js";
import { databaseConfigFrom, describeConfig, type DatabaseConfig } from "../db/config.js";
import { DatabaseRefusal, unknownMigrations } from "../db/database-refusal.js";
import { openDatabase } from "../db/database.js";
import { failureReason } from "../db/failure-reason.js";
import { migrationState, type MigrationState } from "../db/migrate.js";
import { appendAll } from "../domain/append-all.js";
import { oidcConfigurationProblems } from "./auth/oidc/oidc-reachable.js";
import { message } from "../domain/message.js";
import { directoryConfigFromEnv } from "./directory/directory-config.js";
import { directoryProblem } from "./directory/ldap-directory.js";

/** What `duban config check --json` prints. */
export interface ConfigurationCheck {
  /** The settings file read, or null. */
  readonly envFile: string | null;
  readonly settings: readonly SettingState[];
  /** Where the database is, without its password; null when the settings do not say. */
  readonly database: string | null;
  readonly migrations: MigrationState | null;
  readonly problems: readonly ConfigProblem[];
  /** No fatal problem: the server would start. */
  readonly ok: boolean;
}

export interface CheckOptions {
  /** `--data DIR`, which wins over DUBAN_DATA. */
  readonly data: string | undefined;
  /**
   * How long the SMTP server has to answer; undefined: not asked (config check
   * asks, the server's start does not wait on mail).
   */
  readonly smtpTimeoutMs: number | undefined;
  /** Whether the OpenID provider's discovery is read (config check reads it, the start does not). */
  readonly probeProvider: boolean;
}

const unreachable = (config: DatabaseConfig, reason: string): ConfigProblem =>
  problem(
    "database_unreachable",
    "fatal",
    config.kind === "postgres" ? "DATABASE_URL" : "DUBAN_DATA",
    message(
      `无法连接数据库 ${describeConfig(config)}：${reason}`,
      `cannot reach the database ${describeConfig(config)}: ${reason}`,
    ),
    config.kind === "postgres"
      ? message(
          "请确认 PostgreSQL 正在运行，且 DATABASE_URL 的主机、端口、用户和密码正确（密码也可放在 PGPASSWORD 中）",
          "Check that PostgreSQL is running and that DATABASE_URL names the right host, port, user and password (or put the password in PGPASSWORD)",
        )
      : message(
          "请检查 --data 或 DUBAN_DATA 指向的目录存在且可写",
          "Check that the directory --data or DUBAN_DATA names exists and is writable",
        ),
  );

const pendingWarning = (pending: readonly string[]): ConfigProblem =>
  problem(
    "migrations_pending",
    "warning",
    "DATABASE_URL",
    message(
      `有 ${pending.length} 个迁移未执行（${pending.join("、")}），将在启动时执行`,
      `${pending.length} migrations are pending (${pending.join(", ")}); they run at the next start`,
    ),
    message(
      "升级前请先备份（duban backup），用 duban migrate --dry-run 查看，再运行 duban migrate",
      "Back up first (duban backup), look with duban migrate --dry-run, then run duban migrate",
    ),
  );

/** Reachable, with a schema to work in, and migrations this version knows. */
const databaseState = async (
  config: DatabaseConfig,
): Promise<{ migrations: MigrationState | null; problems: ConfigProblem[] }> => {
  // A new SQLite file is created at the first start: nothing to check yet, and nothing to create now.
  if (config.kind === "sqlite" && !existsSync(config.file)) {
    return { migrations: null, problems: [] };
  }
  let db;
  try {
    db = openDatabase(config, 1);
    await db.kysely.selectNoFrom((eb) => eb.lit(1).as("one")).execute();
  } catch (error) {
    await db?.close().catch(() => undefined);
    return { migrations: null, problems: [unreachable(config, failureReason(error))] };
  }
  try {
    const migrations = await migrationState(db);
    const problems: ConfigProblem[] = [];
    if (migrations.unknown.length > 0) {
      problems.push(unknownMigrations(migrations.unknown).problem);
    } else if (migrations.pending.length > 0) problems.push(pendingWarning(migrations.pending));
    return { migrations, problems };
  } catch (error) {
    if (error instanceof DatabaseRefusal) return { migrations: null, problems: [error.problem] };
    throw error;
  } finally {
    await db.close();
  }
};

const smtpProblems = async (
  env: LoadedEnvironment["env"],
  timeoutMs: number,
): Promise<ConfigProblem[]> => {
  const url = readSetting(env, "DUBAN_SMTP_URL");
  const from = readSetting(env, "DUBAN_SMTP_FROM");
  if (url === undefined || from === undefined) return [];
  const reason = await smtpUnreachable({ url, from }, timeoutMs);
  if (reason === undefined) return [];
  return [
    problem(
      "smtp_unreachable",
      "warning",
      "DUBAN_SMTP_URL",
      message(`无法连接邮件服务器：${reason}`, `cannot reach the mail server: ${reason}`),
      message(
        "请检查 DUBAN_SMTP_URL 的主机、端口、用户和密码，以及防火墙；在此之前邮件催办会失败",
        "Check the host, port, user and password in DUBAN_SMTP_URL, and the firewall; until then e-mail reminders fail",
      ),
    ),
  ];
};

const pgToolsProblems = (
  env: LoadedEnvironment["env"],
  config: DatabaseConfig,
): ConfigProblem[] => {
  const dir = readSetting(env, "DUBAN_PG_BIN");
  if (config.kind !== "postgres" || dir === undefined || existsSync(join(dir, "pg_dump")))
    return [];
  return [
    problem(
      "pg_tools_missing",
      "warning",
      "DUBAN_PG_BIN",
      message(
        `${dir} 中没有 pg_dump，备份和恢复将失败`,
        `${dir} has no pg_dump; backup and restore will fail`,
      ),
      message(
        "请指向 PostgreSQL 客户端工具所在目录，如 /usr/lib/postgresql/16/bin",
        "Point it at the PostgreSQL client tools' directory, e.g. /usr/lib/postgresql/16/bin",
      ),
    ),
  ];
};

/** The nearest directory of a path that exists: where a new directory would be made. */
const nearestExisting = (path: string): string =>
  existsSync(path) || dirname(path) === path ? path : nearestExisting(dirname(path));

/** Whether the directory is there to write into, or can be made where it would go. */
const writable = (dir: string): boolean => {
  const existing = nearestExisting(resolve(dir));
  try {
    accessSync(existing, constants.W_OK);
    return statSync(existing).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The nightly backup as configured: on PostgreSQL it needs a directory (several
 * instances have no common default), and the directory must take files.
 */
const backupProblems = (env: LoadedEnvironment["env"], config: DatabaseConfig): ConfigProblem[] => {
  if (!readSetting(env, "DUBAN_BACKUPS")) return [];
  const dir = readSetting(env, "DUBAN_BACKUP_DIR");
  if (dir === undefined && config.kind === "postgres") {
    return [
      problem(
        "backups_off",
        "warning",
        "DUBAN_BACKUP_DIR",
        message(
          "使用 PostgreSQL 时未设置 DUBAN_BACKUP_DIR：服务器不会做每夜备份",
          "DUBAN_BACKUP_DIR is not set on PostgreSQL: the server takes no nightly backup",
        ),
        message(
          "请设置备份目录（如 /var/lib/duban/backups；在 systemd 下，/var/lib/duban 之外的目录须在服务单元中加 ReadWritePaths=），或设 DUBAN_BACKUPS=0 并另行备份",
          "Set a backup directory (e.g. /var/lib/duban/backups; under systemd, one outside /var/lib/duban needs ReadWritePaths= in the unit), or set DUBAN_BACKUPS=0 and back up another way",
        ),
      ),
    ];
  }
  if (dir === undefined || writable(dir)) return [];
  return [
    problem(
      "backup_dir_unwritable",
      "warning",
      "DUBAN_BACKUP_DIR",
      message(
        `备份目录 ${dir} 不可写：每夜备份将失败`,
        `the backup directory ${dir} cannot be written: nightly backups will fail`,
      ),
      message(
        "请创建该目录并让服务账号（如 duban）可写；在 systemd 下，/var/lib/duban 之外的目录须在服务单元中加 ReadWritePaths=",
        "Create the directory and let the service's account (e.g. duban) write to it; under systemd, one outside /var/lib/duban needs ReadWritePaths= in the unit",
      ),
    ),
  ];
};

/**
 * The directory the environment names: both its URL and base DN, and, when
 * asked, a service bind and a search of the base (a warning: password
 * sign-in still works without it).
 */
const directoryProblems = async (
  env: LoadedEnvironment["env"],
  timeoutMs: number | undefined,
): Promise<ConfigProblem[]> => {
  const url = readSetting(env, "DUBAN_LDAP_URL");
  const baseDn = readSetting(env, "DUBAN_LDAP_BASE_DN");
  if (url === undefined && baseDn === undefined) return [];
  const directory = directoryConfigFromEnv(env);
  if (directory === undefined) {
    const missing = url === undefined ? "DUBAN_LDAP_URL" : "DUBAN_LDAP_BASE_DN";
    return [
      problem(
        "ldap_incomplete",
        "warning",
        missing,
        message(
          `未设置 ${missing}：LDAP 目录登录未启用`,
          `${missing} is not set: LDAP sign-in is off`,
        ),
        message(
          "请同时设置 DUBAN_LDAP_URL 和 DUBAN_LDAP_BASE_DN",
          "Set both DUBAN_LDAP_URL and DUBAN_LDAP_BASE_DN",
        ),
      ),
    ];
  }
  if (timeoutMs === undefined) return [];
  const reason = await directoryProblem(directory);
  if (reason === undefined) return [];
  return [
    problem(
      "ldap_unreachable",
      "warning",
      "DUBAN_LDAP_URL",
      message(
        `无法连接 LDAP 目录或服务账号无法登录：${reason}`,
        `cannot reach the LDAP directory, or its service account cannot bind: ${reason}`,
      ),
      message(
        "请检查 DUBAN_LDAP_URL、DUBAN_LDAP_BIND_DN、DUBAN_LDAP_BIND_PASSWORD 和防火墙；ldaps:// 使用私有 CA 时用 NODE_EXTRA_CA_CERTS 指向其证书",
        "Check DUBAN_LDAP_URL, DUBAN_LDAP_BIND_DN, DUBAN_LDAP_BIND_PASSWORD and the firewall; for ldaps:// with a private CA point NODE_EXTRA_CA_CERTS at its certificate",
      ),
    ),
  ];
};

/**
 * Every setting validated, then what they point at: the database (reachable,
 * its schema present, its migrations known) and, when asked, the SMTP server.
 * `duban config check` prints it; `duban serve` refuses to start on a fatal
 * problem of it, in the same words.
 */
export const checkConfiguration = async (
  loaded: LoadedEnvironment,
  options: CheckOptions,
): Promise<ConfigurationCheck> => {
  const { env } = loaded;
  const problems: ConfigProblem[] = [...loaded.problems, ...settingProblems(env)];
  const settings = settingStates(env, loaded.file?.names ?? new Set());
  const envFile = loaded.file?.path ?? null;
  const databaseReadable = !problems.some(
    (p) => isFatal(p) && (p.subject === "DATABASE_URL" || p.subject === "DUBAN_DATA"),
  );
  if (!databaseReadable) {
    return { envFile, settings, database: null, migrations: null, problems, ok: false };
  }
  const config = databaseConfigFrom(options.data === undefined ? {} : { data: options.data }, env);
  const state = await databaseState(config);
  appendAll(problems, state.problems);
  appendAll(problems, pgToolsProblems(env, config));
  appendAll(problems, backupProblems(env, config));
  const smtpReadable = !problems.some((p) => isFatal(p) && p.subject.startsWith("DUBAN_SMTP_"));
  if (options.smtpTimeoutMs !== undefined && smtpReadable)
    appendAll(problems, await smtpProblems(env, options.smtpTimeoutMs));
  appendAll(problems, await oidcConfigurationProblems(env, problems, options.probeProvider));
  const ldapReadable = !problems.some((p) => isFatal(p) && p.subject.startsWith("DUBAN_LDAP_"));
  if (ldapReadable) appendAll(problems, await directoryProblems(env, options.smtpTimeoutMs));
  return {
    envFile,
    settings,
    database: describeConfig(config),
    migrations: state.migrations,
    problems,
    ok: !problems.some(isFatal),
  };
};
