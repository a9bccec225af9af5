import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import type { DatabaseConfig } from "../../src/db/config.js";
import { freshConfig, type DialectName } from "./databases.js";
import { fixturePath } from "./fixtures.js";

const fixture = (name: string): Buffer =>
  gunzipSync(readFileSync(fixturePath(`previous-release/${name}`)));

/**
 * A database as the previous release left it (test/fixtures/previous-release):
 * the SQLite file in a fresh directory, or the plain dump loaded into a fresh schema.
 */
export const previousReleaseDatabase = async (
  dialect: DialectName,
): Promise<{ config: DatabaseConfig; dispose: () => Promise<void> }> => {
  const fresh = await freshConfig(dialect);
  if (fresh.config.kind === "sqlite") {
    writeFileSync(fresh.config.file, fixture("duban.sqlite.gz"));
    return fresh;
  }
  const client = new pg.Client({
    connectionString: fresh.config.url,
    options: `-c search_path=${fresh.config.schema ?? "public"}`,
  });
  await client.connect();
  try {
    // The dump's trigram index names public's operator class, where migration 0023 put it.
    await client.query("create extension if not exists pg_trgm with schema public");
    await client.query(fixture("postgres.sql.gz").toString("utf8"));
  } finally {
    await client.end();
  }
  return fresh;
};
