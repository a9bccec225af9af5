import { appendAll } from "../domain/append-all.js";

/**
 * Both databases cap the parameters of one statement (SQLite 32,766,
 * PostgreSQL 65,535); bulk writes go in chunks that stay under either.
 */
const MAX_PARAMETERS = 30_000;

export const chunksFor = <T>(rows: readonly T[], columnsPerRow: number): T[][] => {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columnsPerRow)));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
};

/**
 * Runs a query once per chunk of ids (an empty chunk matches nothing and is
 * skipped; null or undefined stands for "no id filter") and joins the rows.
 */
export const collectChunks = async <C extends readonly unknown[] | undefined | null, T>(
  chunks: readonly C[],
  run: (chunk: C) => Promise<T[]>,
): Promise<T[]> => {
  const rows: T[] = [];
  for (const chunk of chunks) {
    if (chunk == null || chunk.length > 0) appendAll(rows, await run(chunk));
  }
  return rows;
};
