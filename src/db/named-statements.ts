import { createHash } from "node:crypto";
import {
  sql,
  type PostgresCursor,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
  type RawBuilder,
} from "kysely";
import type pg from "pg";
import { STATEMENT_CACHE_SIZE } from "./statement-cache.js";

/**
 * Marks a statement the server plans afresh for each run's parameters
 * (unprepare): a prepared statement settles on one generic plan, which for
 * search cannot fit both a rare phrase (the trigram index) and a common one
 * (the entries in id order, stopping at the page).
 */
export const UNPREPARED = "/* unprepared */";

export const unprepare = <Q extends { modifyFront(modifier: RawBuilder<unknown>): Q }>(
  query: Q,
): Q => query.modifyFront(sql.raw(UNPREPARED));

/** The statement's name on the server: the same SQL text always gets the same one. */
export const statementName = (sql: string): string =>
  `duban_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;

/**
 * pg's own record of what a connection has prepared (pg 8.x, not a public API):
 * a statement dropped on the server must leave it, or pg would bind to a name
 * the server no longer knows.
 */
const parsedStatementsOf = (client: pg.PoolClient): Record<string, string> =>
  (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection
    .parsedStatements;

/** Per connection, the names it prepared, least recently used first, and those to drop. */
interface PreparedNames {
  readonly used: Map<string, true>;
  readonly evicted: string[];
}

const preparedNames = new WeakMap<pg.PoolClient, PreparedNames>();

const namesOf = (client: pg.PoolClient): PreparedNames => {
  let names = preparedNames.get(client);
  if (!names) {
    names = { used: new Map(), evicted: [] };
    preparedNames.set(client, names);
  }
  return names;
};

/**
 * Drops what the connection prepared beyond the bound. Run when the connection
 * goes back to the pool, outside any transaction: in a failed one, DEALLOCATE
 * would fail too and leave pg and the server disagreeing.
 */
const dropEvicted = async (client: pg.PoolClient, names: PreparedNames): Promise<void> => {
  const parsed = parsedStatementsOf(client);
  for (const name of names.evicted.splice(0)) {
    await client.query(`deallocate ${name}`);
    // Deleted only once the server has dropped it, so pg never binds to a missing name.
    Reflect.deleteProperty(parsed, name);
  }
};

const namedClient = (client: pg.PoolClient, size: number): PostgresPoolClient => {
  const names = namesOf(client);
  const remember = (name: string): void => {
    names.used.delete(name);
    names.used.set(name, true);
    if (names.used.size <= size) return;
    const oldest = names.used.keys().next().value;
    if (oldest === undefined) return;
    names.used.delete(oldest);
    names.evicted.push(oldest);
  };
  function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query(
    sqlOrCursor: string | PostgresCursor<unknown>,
    parameters?: readonly unknown[],
  ): unknown {
    // Statements without parameters (begin, commit, a migration's DDL) stay unnamed:
    // they are few, and DDL may hold several statements, which cannot be prepared.
    if (typeof sqlOrCursor !== "string" || parameters === undefined || parameters.length === 0)
      return client.query(sqlOrCursor as string);
    if (sqlOrCursor.includes(UNPREPARED)) return client.query(sqlOrCursor, [...parameters]);
    const name = statementName(sqlOrCursor);
    remember(name);
    return client.query({ name, text: sqlOrCursor, values: [...parameters] });
  }
  return {
    query,
    release: (destroy?: boolean) => {
      if (destroy === true || names.evicted.length === 0) {
        client.release(destroy);
        return;
      }
      dropEvicted(client, names).then(
        () => {
          client.release();
        },
        (error: unknown) => {
          // A connection that cannot drop them is closed: its statements go with it.
          client.release(error instanceof Error ? error : true);
        },
      );
    },
  };
};

/**
 * The pool as Kysely's PostgreSQL driver sees it, running every parameterised
 * query as a named prepared statement: the server parses and plans it once per
 * connection. At most `size` per connection stay prepared.
 */
export const namingStatements = (pool: pg.Pool, size = STATEMENT_CACHE_SIZE): PostgresPool => ({
  connect: async () => namedClient(await pool.connect(), size),
  end: () => pool.end(),
});
