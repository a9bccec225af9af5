import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseConfig } from "./config.js";

type PostgresConfig = DatabaseConfig & { kind: "postgres" };

/** Scratch databases are named so, and nothing else is ever dropped by Duban. */
export const SCRATCH_DATABASE_PREFIX = "duban_verify_";

const onServer = async (url: string, statement: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/**
 * A new, empty database on the server of `server` (whose user needs
 * CREATEDB), for a restore that must not touch the live one. Its URL is the
 * server's with the database replaced.
 */
export const createScratchDatabase = async (server: PostgresConfig): Promise<string> => {
  const name = `${SCRATCH_DATABASE_PREFIX}${randomBytes(6).toString("hex")}`;
  await onServer(server.url, `create database "${name}"`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Drops a database made by createScratchDatabase, once nobody is connected to it. */
export const dropScratchDatabase = async (
  server: PostgresConfig,
  scratchUrl: string,
): Promise<void> => {
  const name = decodeURIComponent(new URL(scratchUrl).pathname.slice(1));
  if (!name.startsWith(SCRATCH_DATABASE_PREFIX)) {
    throw new Error(`refusing to drop "${name}": not a scratch database`);
  }
  await onServer(server.url, `drop database if exists "${name}"`);
};
