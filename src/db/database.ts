import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "./config.js";
import { namingStatements } from "./named-statements.js";
import type { Schema } from "./schema.js";
import { cachingStatements } from "./statement-cache.js";

/** An open database: the query builder and what only one dialect has. */
export type Database =
  | {
      readonly dialect: "sqlite";
      readonly config: DatabaseConfig & { kind: "sqlite" };
      readonly kysely: Kysely<Schema>;
      /** The raw connection, for SQLite's online backup and integrity check. */
      readonly sqlite: BetterSqlite3.Database;
      close(): Promise<void>;
    }
  | {
      readonly dialect: "postgres";
      readonly config: DatabaseConfig & { kind: "postgres" };
      readonly kysely: Kysely<Schema>;
      readonly pool: pg.Pool;
      close(): Promise<void>;
    };

/** How long a writer waits for another to finish before it is told the database is busy. */
const BUSY_TIMEOUT_MS = 10_000;
const POOL_SIZE = 10;

const openSqlite = (config: DatabaseConfig & { kind: "sqlite" }): Database => {
  mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new BetterSqlite3(config.file, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets readers go on while one import writes; NORMAL sync is safe with WAL.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // Lists build small temporary b-trees (IN lists, unions, sorts, window counts) in every
  // statement; kept in memory they cost half as much as file-backed ones (a unit's list page:
  // 3.1 → 1.5 ms). One statement runs at a time, so at most one statement's temporaries are held.
  sqlite.pragma("temp_store = MEMORY");
  const kysely = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
  });
  return { dialect: "sqlite", config, kysely, sqlite, close: () => kysely.destroy() };
};

/**
 * Each connection's settings. JIT compilation off: it pays off for long
 * analytic scans, while Duban's statements are short and the estimates of
 * the larger ones (today's status over a province's plan, one big CASE per
 * row) cross its thresholds, so that compiling took seconds where running
 * took under one (issue 15: 7.1 s of which 11 s JIT, against 1.3 s without).
 */
const sessionOptions = (schema: string | undefined): string =>
  ["-c jit=off", ...(schema === undefined ? [] : [`-c search_path=${schema}`])].join(" ");

/**
 * The URL's own `options` (libpq's, e.g. `-c statement_timeout=5000`) would
 * replace the pool's instead of adding to them (node-postgres lets the URL
 * win), so they are taken off the URL and given after Duban's: both apply,
 * and where they name the same setting the URL's wins.
 */
const connectionOf = (config: DatabaseConfig & { kind: "postgres" }) => {
  const url = new URL(config.url);
  const asked = url.searchParams.get("options");
  url.searchParams.delete("options");
  return {
    connectionString: url.toString(),
    options: [sessionOptions(config.schema), ...(asked === null ? [] : [asked])].join(" "),
  };
};

const openPostgres = (
  config: DatabaseConfig & { kind: "postgres" },
  poolSize: number,
): Database => {
  const pool = new pg.Pool({ ...connectionOf(config), max: poolSize });
  const kysely = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool: namingStatements(pool) }),
  });
  return { dialect: "postgres", config, kysely, pool, close: () => kysely.destroy() };
};

/**
 * Opens the configured database; run `migrateToLatest` before using it.
 * `poolSize`: PostgreSQL connections at most (a background worker needs few).
 */
export const openDatabase = (config: DatabaseConfig, poolSize = POOL_SIZE): Database =>
  config.kind === "sqlite" ? openSqlite(config) : openPostgres(config, poolSize);
