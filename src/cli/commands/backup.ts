import { readSetting } from "../../config/read-settings.js";
import { backupDatabase } from "../../services/backup-database.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface BackupOptions extends DatabaseOptions {
  readonly force?: boolean;
  readonly json?: boolean;
}

const MiB = 1024 * 1024;

const size = (bytes: number): string =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

/**
 * `duban backup FILE [--force] [--json]`: a copy of the whole database,
 * taken while it runs.
 */
export const backupCommand = (
  file: string,
  options: BackupOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(
    options,
    io,
    language,
    async (db) => {
      const outcome = await backupDatabase(db, {
        file,
        force: options.force === true,
        binDir: readSetting(io.env, "DUBAN_PG_BIN"),
      });
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
