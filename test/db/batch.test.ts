import { describe, expect, it } from "vitest";
import { chunksFor, collectChunks } from "../../src/db/batch.js";

describe("chunked queries", () => {
  it("joins results too large to pass as arguments (a year-end ledger of a province)", async () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => i);
    // Each chunk answers with far more rows than ids, as a ledger does.
    const rows = await collectChunks(chunksFor(ids, 1), (chunk) =>
      Promise.resolve(Array.from({ length: chunk.length * 6 }, (_, i) => i)),
    );
    expect(rows).toHaveLength(240_000);
  });

  it("skips empty chunks and runs once without an id filter", async () => {
    const seen: unknown[] = [];
    const run = (chunk: readonly number[] | null) => {
      seen.push(chunk);
      return Promise.resolve([1]);
    };
    expect(await collectChunks([[], [3]], run)).toEqual([1]);
    expect(await collectChunks([null], run)).toEqual([1]);
    expect(seen).toEqual([[3], null]);
  });
});
