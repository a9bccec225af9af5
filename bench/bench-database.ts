import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "../src/db/config.js";
import { openDatabase, type Database } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";

/**
 * Fresh, migrated databases for the store benchmarks: a temporary SQLite
 * file, or a new schema on the PostgreSQL server in DUBAN_BENCH_PG. Each
 * comes with `dispose`, which closes it and removes the file or drops the
 * schema; `withFreshDatabase` calls it however the work ends.
 */

export type BenchDialect = "sqlite" | "postgres";

const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const CONNECT_TIMEOUT_MS = 5_000;

export const benchPostgresUrl = (): string => process.env.DUBAN_BENCH_PG ?? DEFAULT_PG_URL;

/** Null when the server answers, else why it cannot be used, for a "not run" row. */
export const postgresUnavailable = async (): Promise<string | null> => {
  const url = benchPostgresUrl();
  if (!/^postgres(?:ql)?:\/\//.test(url)) return "DUBAN_BENCH_PG is not a postgres:// URL";
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An unreachable server also emits "error" after the failed connect; do not let it crash the run.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return text === "" ? "cannot connect" : text;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const adminQuery = async (url: string, sql: string): Promise<void> => {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

let counter = 0;

const freshConfig = async (
  dialect: BenchDialect,
): Promise<{ config: DatabaseConfig; remove: () => Promise<void> }> => {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "duban-bench-"));
    return {
      config: { kind: "sqlite", file: join(dir, "duban.sqlite") },
      remove: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const url = benchPostgresUrl();
  counter += 1;
  const schema = `duban_bench_${process.pid}_${Date.now().toString(36)}_${counter}`;
  await adminQuery(url, `create schema ${schema}`);
  return {
    config: { kind: "postgres", url, schema },
    remove: () => adminQuery(url, `drop schema if exists ${schema} cascade`),
  };
};

/**
 * Migrates a fresh database. migrateToLatest looks for the migrator's tables
 * in the database's own schema only; Kysely's default introspection reads
 * every schema on the server and fails when a test elsewhere drops its
 * schema in the middle ("schema … does not exist"), which stopped the
 * benchmarks whenever tests ran beside them.
 */
export const migrateFresh = async (db: Database): Promise<void> => {
  await migrateToLatest(db);
};

/**
 * Hands `work` the configuration of a fresh, empty database (not opened:
 * `work` may give it to another process), and always removes it afterwards.
 */
export const withFreshConfig = async <T>(
  dialect: BenchDialect,
  work: (config: DatabaseConfig) => Promise<T>,
): Promise<T> => {
  const { config, remove } = await freshConfig(dialect);
  try {
    return await work(config);
  } finally {
    await remove();
  }
};

/** Opens a fresh, migrated database, hands it to `work`, and always closes and removes it. */
export const withFreshDatabase = <T>(
  dialect: BenchDialect,
  work: (db: Database) => Promise<T>,
): Promise<T> =>
  withFreshConfig(dialect, async (config) => {
    const db = openDatabase(config);
    try {
      await migrateFresh(db);
      return await work(db);
    } finally {
      await db.close();
    }
  });
