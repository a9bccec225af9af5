import { Kysely, Migrator, type MigrationResult } from "kysely";
import type pg from "pg";
import type { Database } from "./database.js";
import { MIGRATIONS } from "./migrations/index.js";
import { rebuildSearchIndex, searchIndexStale } from "./queries/search-index.js";
import { SchemaScopedPostgresDialect } from "./schema-introspector.js";
import type { Schema } from "./schema.js";
import { writeTransaction } from "./write-transaction.js";

const migratorFor = (
  db: Kysely<Schema>,
  options: { ownTransaction: boolean; schema?: string },
): Migrator =>
  new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    disableTransactions: !options.ownTransaction,
    // Kysely looks for its tables in every schema unless told which one:
    // another Duban database in the same PostgreSQL database would fool it.
    ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }),
  });

/** The schema tables are created in: the search path's first. */
const currentSchema = async (client: { query(text: string): Promise<{ rows: unknown[] }> }) =>
  ((await client.query("select current_schema() as name")).rows[0] as { name: string }).name;

/** Any constant: every Duban process migrating the same PostgreSQL database asks for this lock. */
const MIGRATION_LOCK_KEY = 7_416_235_001;

/** The pool seen through a dialect that introspects only our schema (schema-introspector.ts). */
const scopedTo = (pool: pg.Pool, schema: string): Kysely<Schema> =>
  new Kysely<Schema>({ dialect: new SchemaScopedPostgresDialect({ pool }, schema) });

const run = async (migrator: Migrator): Promise<readonly MigrationResult[]> => {
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error("migration failed", { cause: error });
  }
  return results ?? [];
};

/**
 * Migration 0023 leaves the search index to be filled from the data stored
 * before it (a migration imports no application code): done here, under
 * the migration's lock, and only while its marker row is there, so a run
 * cut short is finished by the next start.
 */
const fillSearchIndex = async (db: Kysely<Schema>): Promise<void> => {
  if (await searchIndexStale(db)) await rebuildSearchIndex(db);
};

/**
 * Brings the schema up to date, once however many processes start at the
 * same moment. Kysely's own lock assumes its lock table already exists,
 * which is not so on a new database: PostgreSQL takes a session advisory
 * lock around the whole run, SQLite runs it inside one IMMEDIATE
 * transaction (its DDL is transactional), so the second process waits and
 * then finds nothing left to do.
 */
export const migrateToLatest = async (db: Database): Promise<readonly MigrationResult[]> => {
  if (db.dialect === "sqlite") {
    return writeTransaction(db, async (trx) => {
      const results = await run(migratorFor(trx, { ownTransaction: false }));
      await fillSearchIndex(trx);
      return results;
    });
  }
  const client = await db.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const schema = await currentSchema(client);
    const results = await run(
      migratorFor(scopedTo(db.pool, schema), { ownTransaction: true, schema }),
    );
    await writeTransaction(db, fillSearchIndex);
    return results;
  } finally {
    await client
      .query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    client.release();
  }
};

export interface MigrationState {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
}

export const migrationState = async (db: Database): Promise<MigrationState> => {
  const migrator =
    db.dialect === "postgres"
      ? await currentSchema(db.pool).then((schema) =>
          migratorFor(scopedTo(db.pool, schema), { ownTransaction: true, schema }),
        )
      : migratorFor(db.kysely, { ownTransaction: true });
  const migrations = await migrator.getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
};
