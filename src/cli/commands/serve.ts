import type { LoadedEnvironment } from "../../config/env-file.js";
import { checkConfiguration } from "../../services/check-configuration.js";
import { settingsFromEnv } from "../../server/server-settings.js";
import { startServer } from "../../server/start-server.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabaseConfig, type DatabaseOptions } from "../open-database.js";
import { renderProblems } from "../render-problems.js";
import { readSetting } from "../../config/read-settings.js";

export interface ServeOptions extends DatabaseOptions {
  readonly port: number;
  readonly host: string;
  /** commander turns --no-demo into demo: false. */
  readonly demo: boolean;
}

/**
 * `duban serve [--port N] [--host H] [--data DIR] [--no-demo]`: the API on
 * the configured database until SIGINT or SIGTERM, then exit status 0. The
 * configuration is checked first, as `duban config check` does (without
 * waiting on the mail server): a fatal problem stops it before it listens.
 */
export const serveCommand = async (
  options: ServeOptions,
  loaded: LoadedEnvironment,
  io: CliIo,
  language: Language,
): Promise<number> => {
  const check = await checkConfiguration(loaded, {
    data: options.data,
    smtpTimeoutMs: undefined,
    probeProvider: false,
  });
  io.stderr.write(renderProblems(check.problems, language));
  if (!check.ok) return EXIT.inputErrors;
  const adminPassword = readSetting(io.env, "DUBAN_ADMIN_PASSWORD");
  return withDatabaseConfig(options, io, language, async (config) => {
    const server = await startServer({
      config,
      host: options.host,
      port: options.port,
      demo: options.demo,
      out: io.stdout,
      settings: settingsFromEnv(io.env),
      ...(adminPassword === undefined ? {} : { adminPassword }),
    });
    await server.stopped;
    return EXIT.ok;
  });
};
