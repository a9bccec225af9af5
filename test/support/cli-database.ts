import { dirname } from "node:path";
import type { DatabaseConfig } from "../../src/db/config.js";
import type { Database } from "../../src/db/database.js";
import { runDuban } from "./cli-run.js";

export type Duban = (...args: (string | number)[]) => ReturnType<typeof runDuban>;

/**
 * `duban` pointed at a test database the way a user points it: `--data DIR`
 * for SQLite, DATABASE_URL with `?schema=` for PostgreSQL.
 */
export const dubanFor = (config: DatabaseConfig, env: NodeJS.ProcessEnv = {}): Duban => {
  let target: { args: string[]; env: NodeJS.ProcessEnv };
  if (config.kind === "sqlite") target = { args: ["--data", dirname(config.file)], env: {} };
  else {
    const url = new URL(config.url);
    if (config.schema !== undefined) url.searchParams.set("schema", config.schema);
    target = { args: [], env: { DATABASE_URL: url.toString() } };
  }
  return (...args) => runDuban([...args.map(String), ...target.args], { ...env, ...target.env });
};

/**
 * A fresh, migrated database for the command line alone: the test's own
 * connection is closed first, so that only the command holds the database
 * (restore replaces the file under it).
 */
export const freshDuban = async (
  open: () => Promise<Database>,
  env: NodeJS.ProcessEnv = {},
): Promise<Duban> => {
  const db = await open();
  await db.close();
  return dubanFor(db.config, env);
};
