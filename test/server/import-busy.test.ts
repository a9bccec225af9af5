import { afterAll, expect, it } from "vitest";
import { bigCsv } from "../support/big-table.js";
import { describeEachDatabaseWorld, errorOf, type World } from "../support/http-session.js";

// One worker and no queue, read when this file's first import makes the pool.
const saved = { ...process.env };
process.env.DUBAN_IMPORT_WORKERS = "1";
process.env.DUBAN_IMPORT_QUEUE = "0";
afterAll(() => {
  process.env.DUBAN_IMPORT_WORKERS = saved.DUBAN_IMPORT_WORKERS;
  process.env.DUBAN_IMPORT_QUEUE = saved.DUBAN_IMPORT_QUEUE;
});

const upload = (w: World, bytes: Uint8Array) =>
  w.admin.call("POST", "/api/plans?fileName=2022.csv&dryRun=true", bytes);

describeEachDatabaseWorld("a full import queue", { plan: false, accounts: [] }, ({ world }) => {
  it("answers 503 with a clear error, and the import under way still finishes", async () => {
    const w = world();
    const [first, second] = await Promise.all([
      upload(w, bigCsv(20_000, "下个月")),
      upload(w, bigCsv(10, "6月30日")),
    ]);
    expect(first.statusCode).toBe(422);
    expect(second.statusCode).toBe(503);
    expect(errorOf(second)).toMatchObject({
      code: "import.busy",
      message: { en: "Too many imports are under way; the server is busy, try again shortly" },
    });
    // Once the worker is free, the same file goes through.
    expect((await upload(w, bigCsv(10, "6月30日"))).statusCode).toBe(200);
  }, 60_000);
});
