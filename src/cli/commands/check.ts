import { checkDatabase } from "../../services/check-database.js";
import { EXIT, type CliIo } from "../io.js";
import { say, type Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface CheckOptions extends DatabaseOptions {
  readonly json?: boolean;
}

/**
 * `duban check [--json]`: exit 0 when the database is sound, 1 with the
 * problems listed. Like every command it migrates on start, so it checks the
 * schema the application runs on.
 */
export const checkCommand = (
  options: CheckOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const check = await checkDatabase(db);
    if (options.json === true) writeJson(io, check);
    else {
      const { applied, pending } = check.migrations;
      const zh = language === "zh";
      const lines = [
        `${zh ? "数据库：" : "database: "}${check.database}`,
        zh
          ? `迁移：已执行${applied.length}个，未执行${pending.length}个`
          : `migrations: ${applied.length} applied, ${pending.length} pending`,
        ...check.problems.map(
          (p) => `${zh ? "问题" : "problem"} [${p.code}] ${say(p.message, language)}`,
        ),
        check.ok
          ? zh
            ? "检查通过"
            : "no problems found"
          : zh
            ? `发现 ${check.problems.length} 个问题`
            : `${check.problems.length} problems found`,
      ];
      io.stdout.write(lines.map((line) => `${line}\n`).join(""));
    }
    return check.ok ? EXIT.ok : EXIT.inputErrors;
  });
