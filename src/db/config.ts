import { join, resolve } from "node:path";

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

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;
/** The schema goes into the connection's search_path option, so only a plain SQL name. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `?schema=NAME` is Duban's own parameter, not libpq's: it is taken off the
 * URL that pg and the PostgreSQL tools see.
 */
const postgresConfig = (raw: string): DatabaseConfig => {
  const url = new URL(raw);
  const schema = url.searchParams.get("schema");
  if (schema === null) return { kind: "postgres", url: raw };
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`DATABASE_URL: schema "${schema}" must be a plain name (letters, digits, _)`);
  }
  url.searchParams.delete("schema");
  return { kind: "postgres", url: url.toString(), schema };
};

/**
 * `DATABASE_URL=postgres://…[?schema=NAME]` chooses PostgreSQL; otherwise the SQLite file
 * in `--data DIR`, `DUBAN_DATA`, or ./data.
 */
export const databaseConfigFrom = (
  options: { readonly data?: string },
  env: NodeJS.ProcessEnv,
): DatabaseConfig => {
  const url = env.DATABASE_URL;
  if (url !== undefined && POSTGRES_URL.test(url)) return postgresConfig(url);
  const dir = options.data ?? env.DUBAN_DATA ?? DEFAULT_DATA_DIR;
  return { kind: "sqlite", file: resolve(join(dir, SQLITE_FILE_NAME)) };
};

/** The configuration without secrets, for logs and `duban check`. */
export const describeConfig = (config: DatabaseConfig): string => {
  if (config.kind === "sqlite") return `SQLite ${config.file}`;
  const url = new URL(config.url);
  url.password = url.password === "" ? "" : "***";
  return `PostgreSQL ${url.toString()}${config.schema === undefined ? "" : ` (schema ${config.schema})`}`;
};
