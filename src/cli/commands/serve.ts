import { settingsFromEnv } from "../../server/server-settings.js";
import { startServer } from "../../server/start-server.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabaseConfig, type DatabaseOptions } from "../open-database.js";

export interface ServeOptions extends DatabaseOptions {
  readonly port: number;
  readonly host: string;
  /** commander turns --no-demo into demo: false. */
  readonly demo: boolean;
}

/**
 * `duban serve [--port N] [--host H] [--data DIR] [--no-demo]`: the API on
 * the configured database until SIGINT or SIGTERM, then exit status 0.
 */
export const serveCommand = (
  options: ServeOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabaseConfig(options, io, language, async (config) => {
    const server = await startServer({
      config,
      host: options.host,
      port: options.port,
      demo: options.demo,
      out: io.stdout,
      settings: settingsFromEnv(io.env),
      // An empty value (DUBAN_ADMIN_PASSWORD= in a compose file) means "not set": generate one.
      ...(io.env.DUBAN_ADMIN_PASSWORD === undefined || io.env.DUBAN_ADMIN_PASSWORD === ""
        ? {}
        : { adminPassword: io.env.DUBAN_ADMIN_PASSWORD }),
    });
    await server.stopped;
    return EXIT.ok;
  });
