import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe } from "vitest";
import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";

/**
 * Storage tests run on SQLite always and on PostgreSQL when DUBAN_TEST_PG
 * (or DATABASE_URL) names a server. A configured server that cannot be
 * reached fails the tests: it never skips them.
 */
const postgresUrl = (): string | undefined => {
  const url = process.env.DUBAN_TEST_PG ?? process.env.DATABASE_URL;
  return url !== undefined && /^postgres(?:ql)?:\/\//.test(url) ? url : undefined;
};

export type DialectName = "sqlite" | "postgres";

export const testDialects = (): DialectName[] =>
  postgresUrl() === undefined ? ["sqlite"] : ["sqlite", "postgres"];

let counter = 0;

/** A fresh, empty database configuration of its own: a temporary SQLite file or a new PostgreSQL schema. */
export const freshConfig = async (
  dialect: DialectName,
): Promise<{ config: DatabaseConfig; dispose: () => Promise<void> }> => {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "duban-test-"));
    return {
      config: { kind: "sqlite", file: join(dir, "duban.sqlite") },
      dispose: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const url = postgresUrl();
  if (url === undefined) throw new Error("DUBAN_TEST_PG is not set");
  counter += 1;
  const schema = `duban_test_${process.pid}_${Date.now().toString(36)}_${counter}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    config: { kind: "postgres", url, schema },
    dispose: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
};

/**
 * Runs a suite once per database. `open()` gives a fresh, migrated database
 * for the current test, closed and removed after it.
 */
export const describeEachDatabase = (
  title: string,
  suite: (context: { dialect: DialectName; open: () => Promise<Database> }) => void,
): void => {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => {
      const cleanups: (() => Promise<void>)[] = [];
      // A test may open dozens of databases (one per corpus document): dropping as many
      // PostgreSQL schemas on a busy machine outlasts vitest's 10 s for a hook.
      afterEach(async () => {
        for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
      }, 120_000);
      suite({
        dialect,
        open: async () => {
          const { config, dispose } = await freshConfig(dialect);
          cleanups.push(dispose);
          const db = openDatabase(config);
          cleanups.push(() => db.close());
          await migrateToLatest(db);
          return db;
        },
      });
    });
  }
};
