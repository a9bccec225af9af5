import type { LoadedEnvironment } from "../../config/env-file.js";
import { checkConfiguration } from "../../services/check-configuration.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import type { DatabaseOptions } from "../open-database.js";
import { renderProblems } from "../render-problems.js";
import { writeJson } from "../write-json.js";

export interface ConfigCheckOptions extends DatabaseOptions {
  readonly json?: boolean;
}

/** How long the SMTP server has to answer before it counts as unreachable. */
const SMTP_TIMEOUT_MS = 10_000;

/**
 * `duban config check [--json]`: every setting and what it points at; each
 * problem with how to fix it. Exit 0 without fatal problems (warnings are
 * printed and do not fail), 1 with one or more.
 */
export const configCheckCommand = async (
  options: ConfigCheckOptions,
  loaded: LoadedEnvironment,
  io: CliIo,
  language: Language,
): Promise<number> => {
  const check = await checkConfiguration(loaded, {
    data: options.data,
    smtpTimeoutMs: SMTP_TIMEOUT_MS,
    probeProvider: true,
  });
  if (options.json === true) writeJson(io, check);
  else {
    const zh = language === "zh";
    const fatal = check.problems.filter((p) => p.severity === "fatal").length;
    const warnings = check.problems.length - fatal;
    const lines = [
      `${zh ? "配置文件：" : "settings file: "}${check.envFile ?? (zh ? "（无）" : "(none)")}`,
      `${zh ? "数据库：" : "database: "}${check.database ?? "–"}`,
      ...(check.migrations === null
        ? []
        : [
            zh
              ? `迁移：已执行${check.migrations.applied.length}个，未执行${check.migrations.pending.length}个`
              : `migrations: ${check.migrations.applied.length} applied, ${check.migrations.pending.length} pending`,
          ]),
    ];
    io.stdout.write(lines.map((line) => `${line}\n`).join(""));
    io.stdout.write(renderProblems(check.problems, language));
    io.stdout.write(
      check.problems.length === 0
        ? zh
          ? "配置检查通过\n"
          : "the configuration is sound\n"
        : zh
          ? `${fatal} 个错误，${warnings} 个警告\n`
          : `${fatal} errors, ${warnings} warnings\n`,
    );
  }
  return check.ok ? EXIT.ok : EXIT.inputErrors;
};
