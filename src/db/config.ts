import { join, resolve } from "node:path";
import { readSetting, type Environment } from "../config/read-settings.js";

/** Where Duban keeps its data: an SQLite file by default, PostgreSQL for scale-out. */
export type DatabaseConfig =
  | { readonly kind: "sqlite"; readonly file: string }
  | {
      readonly kind: "postgres";
      readonly url: string;
      /** A schema of its own (tests run each in one); the server's search path otherwise. */
      readonly schema?: string;
    };

export const DEFAULT_DATA_DIR = "data";
export const SQLITE_FILE_NAME = "duban.sqlite";

/**
 * `DATABASE_URL=postgres://…[?schema=NAME]` chooses PostgreSQL; otherwise the SQLite file
 * in `--data DIR`, `DUBAN_DATA`, or ./data.
 */
export const databaseConfigFrom = (
  options: { readonly data?: string },
  env: Environment,
): DatabaseConfig => {
  const postgres = readSetting(env, "DATABASE_URL");
  if (postgres !== undefined) return { kind: "postgres", ...postgres };
  const dir = options.data ?? readSetting(env, "DUBAN_DATA") ?? DEFAULT_DATA_DIR;
  return { kind: "sqlite", file: resolve(join(dir, SQLITE_FILE_NAME)) };
};

/** The configuration without secrets, for logs and `duban check`. */
export const describeConfig = (config: DatabaseConfig): string => {
  if (config.kind === "sqlite") return `SQLite ${config.file}`;
  const url = new URL(config.url);
  url.password = url.password === "" ? "" : "***";
  return `PostgreSQL ${url.toString()}${config.schema === undefined ? "" : ` (schema ${config.schema})`}`;
};
