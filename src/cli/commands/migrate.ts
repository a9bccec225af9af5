import { describeConfig } from "../../db/config.js";
import { unknownMigrations } from "../../db/database-refusal.js";
import { migrationState, type MigrationState } from "../../db/migrate.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface MigrateOptions extends DatabaseOptions {
  readonly json?: boolean;
  readonly dryRun?: boolean;
}

/** `--dry-run`: the pending migrations, and nothing written. */
const dryRun = (
  state: MigrationState,
  database: string,
  options: MigrateOptions,
  io: CliIo,
  language: Language,
): number => {
  if (state.unknown.length > 0) throw unknownMigrations(state.unknown);
  const { applied, pending } = state;
  if (options.json === true) {
    writeJson(io, { database, dryRun: true, applied, pending });
    return EXIT.ok;
  }
  const zh = language === "zh";
  const lines = [
    `${zh ? "数据库：" : "database: "}${database}`,
    ...pending.map((name) => `${zh ? "待执行迁移" : "pending migration"} ${name}`),
    pending.length === 0
      ? zh
        ? `已是最新（共${applied.length}个迁移）`
        : `up to date (${applied.length} migrations)`
      : zh
        ? `预演：${pending.length}个迁移待执行，未写入数据库`
        : `dry run: ${pending.length} migrations pending, nothing written`,
  ];
  io.stdout.write(lines.map((line) => `${line}\n`).join(""));
  return EXIT.ok;
};

/**
 * `duban migrate [--dry-run] [--json]`: every command migrates on start; this
 * one does only that, and says what it applied, so an upgrade can be run and
 * seen on its own before the server starts. `--dry-run` lists what would run.
 */
export const migrateCommand = (
  options: MigrateOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(
    options,
    io,
    language,
    async (db, { config, migrated }) => {
      const state = await migrationState(db);
      const database = describeConfig(config);
      if (options.dryRun === true) return dryRun(state, database, options, io, language);
      const { applied } = state;
      if (options.json === true) {
        writeJson(io, { database, migrated, applied });
        return EXIT.ok;
      }
      const lines =
        language === "zh"
          ? [
              `数据库：${database}`,
              ...migrated.map((name) => `已应用迁移 ${name}`),
              migrated.length === 0 ? `已是最新（共${applied.length}个迁移）` : null,
            ]
          : [
              `database: ${database}`,
              ...migrated.map((name) => `applied migration ${name}`),
              migrated.length === 0 ? `up to date (${applied.length} migrations)` : null,
            ];
      io.stdout.write(
        lines
          .filter((line) => line !== null)
          .map((line) => `${line}\n`)
          .join(""),
      );
      return EXIT.ok;
    },
    { migrate: options.dryRun !== true },
  );
