import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { namingStatements, statementName, unprepare } from "../../src/db/named-statements.js";
import { cachingStatements } from "../../src/db/statement-cache.js";
import { describeEachDatabase } from "../support/databases.js";

/** Five statements of different texts, each answering its own number plus the parameter. */
const fiveTexts = (db: Kysely<unknown>, parameter: number): Promise<number[]> =>
  Promise.all(
    [1, 2, 3, 4, 5].map(async (k) => {
      const { rows } = await sql<{
        n: number;
      }>`select ${sql.lit(k)} + cast(${parameter} as integer) as n`.execute(db);
      return Number(rows[0]?.n);
    }),
  );

/** A Kysely over the same database with a cache of three statements per connection. */
const smallCache = (db: Database): { kysely: Kysely<unknown>; prepared: () => Promise<number> } => {
  if (db.dialect === "sqlite") {
    const connection = cachingStatements(new BetterSqlite3(db.config.file), 3);
    return {
      kysely: new Kysely({ dialect: new SqliteDialect({ database: connection }) }),
      prepared: () => Promise.resolve(connection.cachedStatements()),
    };
  }
  const pool = new pg.Pool({
    connectionString: db.config.url,
    max: 1,
    options: `-c search_path=${db.config.schema ?? "public"}`,
  });
  const kysely = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: namingStatements(pool, 3) }),
  });
  return {
    kysely,
    prepared: async () => {
      const { rows } = await sql<{
        n: string;
      }>`select count(*) as n from pg_prepared_statements where name like 'duban_%'`.execute(
        kysely,
      );
      return Number(rows[0]?.n);
    },
  };
};

describeEachDatabase("prepared statements kept", ({ dialect, open }) => {
  it("answers every query with its own parameters when its statement is reused", async () => {
    const db = await open();
    const kysely = db.kysely as unknown as Kysely<unknown>;
    expect(await fiveTexts(kysely, 10)).toEqual([11, 12, 13, 14, 15]);
    expect(await fiveTexts(kysely, 20)).toEqual([21, 22, 23, 24, 25]);
    if (dialect === "postgres") {
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(
        kysely,
      );
      // Some connection of the pool prepared it; this one did at least the query asking.
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.name.startsWith("duban_"))).toBe(true);
    }
  });

  it("keeps at most the bound of statements per connection, and re-prepares a dropped one", async () => {
    const db = await open();
    const { kysely, prepared } = smallCache(db);
    try {
      expect(await fiveTexts(kysely, 1)).toEqual([2, 3, 4, 5, 6]);
      expect(await prepared()).toBeLessThanOrEqual(3);
      expect(await fiveTexts(kysely, 2)).toEqual([3, 4, 5, 6, 7]);
      expect(await prepared()).toBeLessThanOrEqual(3);
    } finally {
      await kysely.destroy();
    }
  });

  it("leaves a statement marked unprepared for PostgreSQL to plan with each run's parameters", async () => {
    const db = await open();
    const { kysely, prepared } = smallCache(db);
    try {
      const answer = await unprepare(
        kysely.selectNoFrom((eb) => eb.cast<number>(eb.val(41), "integer").as("n")),
      ).execute();
      expect(answer).toEqual([{ n: 41 }]);
      if (dialect === "postgres") expect(await prepared()).toBe(0);
    } finally {
      await kysely.destroy();
    }
  });
});

it("prepares a SQL text once on SQLite", () => {
  const connection = cachingStatements(new BetterSqlite3(":memory:"));
  try {
    expect(connection.prepare("select 1")).toBe(connection.prepare("select 1"));
    expect(connection.prepare("select 2")).not.toBe(connection.prepare("select 1"));
  } finally {
    connection.close();
  }
});

it("names a SQL text the same way every time", () => {
  expect(statementName("select $1")).toBe(statementName("select $1"));
  expect(statementName("select $1")).not.toBe(statementName("select $2"));
});
