import { describeConfig } from "../../db/config.js";
import { migrationState } from "../../db/migrate.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface MigrateOptions extends DatabaseOptions {
  readonly json?: boolean;
}

/**
 * `duban migrate [--json]`: every command migrates on start; this one does
 * only that, and says what it applied, so an upgrade can be run and seen on
 * its own before the server starts.
 */
export const migrateCommand = (
  options: MigrateOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db, { config, migrated }) => {
    const { applied } = await migrationState(db);
    const database = describeConfig(config);
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
  });
