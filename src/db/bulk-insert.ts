import { CompiledQuery, type Insertable, type Kysely } from "kysely";
import { chunksFor } from "./batch.js";
import type { Database } from "./database.js";
import type { Schema } from "./schema.js";

export type Dialect = Database["dialect"];

/** Column names come from the schema's types, never from input; quoted all the same. */
const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * PostgreSQL: one JSON parameter per 10,000 rows, unpacked by
 * json_populate_recordset, which takes each column's type from the table.
 */
const ROWS_PER_JSON = 10_000;

const postgresStatements = (
  table: string,
  columns: readonly string[],
  rows: readonly object[],
): CompiledQuery[] => {
  const list = columns.map(quoted).join(", ");
  const text =
    `insert into ${quoted(table)} (${list}) ` +
    `select ${list} from json_populate_recordset(null::${quoted(table)}, $1::json)`;
  const statements: CompiledQuery[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_JSON) {
    const json = JSON.stringify(rows.slice(start, start + ROWS_PER_JSON));
    statements.push(CompiledQuery.raw(text, [json]));
  }
  return statements;
};

/**
 * SQLite: multi-row VALUES as long as the parameter limit allows, the text
 * written here once per chunk size (so full chunks share one statement).
 */
const sqliteStatements = (
  table: string,
  columns: readonly string[],
  rows: readonly object[],
): CompiledQuery[] => {
  const head = `insert into ${quoted(table)} (${columns.map(quoted).join(", ")}) values `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  return chunksFor(rows, columns.length).map((chunk) => {
    const parameters: unknown[] = [];
    for (const row of chunk) {
      const record = row as Record<string, unknown>;
      for (const column of columns) parameters.push(record[column] ?? null);
    }
    return CompiledQuery.raw(head + Array(chunk.length).fill(tuple).join(", "), parameters);
  });
};

/**
 * Inserts many rows in as few statements as each database takes best,
 * in order, so generated ids follow the rows. Kysely's own multi-row insert
 * parses and compiles every value into a query tree first, which was most
 * of a first import's time at 20,000 milestones. Every row must have the
 * first row's columns.
 */
export const insertRows = async <T extends keyof Schema>(
  db: Kysely<Schema>,
  dialect: Dialect,
  table: T,
  rows: readonly Insertable<Schema[T]>[],
): Promise<void> => {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const statements =
    dialect === "postgres"
      ? postgresStatements(table, columns, rows)
      : sqliteStatements(table, columns, rows);
  for (const statement of statements) await db.executeQuery(statement);
};
