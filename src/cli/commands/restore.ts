import { readSetting } from "../../config/read-settings.js";
import { restoreDatabase } from "../../services/restore-database.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabaseConfig, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface RestoreOptions extends DatabaseOptions {
  readonly force?: boolean;
  readonly json?: boolean;
}

/**
 * `duban restore FILE [--force] [--json]`: replaces the whole database with a
 * backup. Stop the server first: a running process keeps the database it had
 * open. It does not open the database it replaces, which may be broken.
 */
export const restoreCommand = (
  file: string,
  options: RestoreOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabaseConfig(options, io, language, async (config) => {
    const outcome = await restoreDatabase(config, {
      file,
      force: options.force === true,
      binDir: readSetting(io.env, "DUBAN_PG_BIN"),
    });
    if (options.json === true) writeJson(io, outcome);
    else {
      io.stdout.write(
        language === "zh"
          ? `已用 ${outcome.file} 恢复 ${outcome.database}（替换了 ${outcome.replacedPlans} 个计划）\n`
          : `Restored ${outcome.database} from ${outcome.file} (${outcome.replacedPlans} plans replaced)\n`,
      );
    }
    return EXIT.ok;
  });
