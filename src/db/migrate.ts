import { DEFAULT_MIGRATION_TABLE, Kysely, Migrator, sql, type MigrationResult } from "kysely";
import type pg from "pg";
import { schemaMissing, unknownMigrations } from "./database-refusal.js";
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

/**
 * The schema tables are created in: the first of the search path that exists.
 * None (a `?schema=` not created, or no public) is refused here, in words,
 * where PostgreSQL would stop the first create table with a raw error.
 */
const currentSchema = async (
  client: { query(text: string): Promise<{ rows: unknown[] }> },
  asked: string | undefined,
): Promise<string> => {
  const { name } = (await client.query("select current_schema() as name")).rows[0] as {
    name: string | null;
  };
  if (name === null) throw schemaMissing(asked);
  return name;
};

/**
 * Names the migration table records that this version does not ship: Kysely
 * would call the database corrupted, when it was only upgraded by a newer
 * Duban. Refused before any migration runs.
 */
const refuseUnknownMigrations = async (db: Kysely<Schema>): Promise<void> => {
  const unknown = await unknownMigrationNames(db);
  if (unknown.length > 0) throw unknownMigrations(unknown);
};

const KNOWN = new Set(Object.keys(MIGRATIONS));

const unknownMigrationNames = async (db: Kysely<Schema>): Promise<string[]> => {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === MIGRATION_TABLE)) return [];
  const { rows } = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return rows.map((row) => row.name).filter((name) => !KNOWN.has(name));
};

/** Any constant: every Duban process migrating the same PostgreSQL database asks for this lock. */
const MIGRATION_LOCK_KEY = 7_416_235_001;

/** The pool seen through a dialect that introspects only our schema (schema-introspector.ts). */
const scopedTo = (pool: pg.Pool, schema: string): Kysely<Schema> =>
  new Kysely<Schema>({ dialect: new SchemaScopedPostgresDialect({ pool }, schema) });

const MIGRATION_TABLE = DEFAULT_MIGRATION_TABLE;

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
      await refuseUnknownMigrations(trx);
      const results = await run(migratorFor(trx, { ownTransaction: false }));
      await fillSearchIndex(trx);
      return results;
    });
  }
  const client = await db.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const schema = await currentSchema(client, db.config.schema);
    const scoped = scopedTo(db.pool, schema);
    await refuseUnknownMigrations(scoped);
    const results = await run(migratorFor(scoped, { ownTransaction: true, schema }));
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
  /** Recorded by a newer Duban; this one refuses the database. */
  readonly unknown: readonly string[];
}

export const migrationState = async (db: Database): Promise<MigrationState> => {
  const scoped =
    db.dialect === "postgres"
      ? await currentSchema(db.pool, db.config.schema).then((schema) => ({
          kysely: scopedTo(db.pool, schema),
          schema,
        }))
      : { kysely: db.kysely, schema: undefined };
  const migrator = migratorFor(scoped.kysely, {
    ownTransaction: true,
    ...(scoped.schema === undefined ? {} : { schema: scoped.schema }),
  });
  const migrations = await migrator.getMigrations();
  return {
    unknown: await unknownMigrationNames(scoped.kysely),
    applied: migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
};
