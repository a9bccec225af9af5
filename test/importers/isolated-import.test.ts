import { afterAll, describe, expect, it } from "vitest";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { importPlanIsolated } from "../../src/importers/isolated-import.js";
import type { ImportProgress } from "../../src/importers/progress.js";
import { bigCsv } from "../support/big-table.js";
import { readFixture } from "../support/fixtures.js";

// A small heap, read when this file's first import makes the pool.
const saved = process.env.DUBAN_IMPORT_MEMORY_MB;
process.env.DUBAN_IMPORT_MEMORY_MB = "64";
afterAll(() => {
  process.env.DUBAN_IMPORT_MEMORY_MB = saved;
});

describe("importPlanIsolated: the importer in a worker thread", () => {
  it("gives the very result and diagnostics of the importer in process, with progress", async () => {
    const bytes = readFixture("seed-2022-kjj.docx");
    const steps: ImportProgress[] = [];
    const isolated = await importPlanIsolated(bytes, "seed-2022-kjj.docx", {
      onProgress: (step) => steps.push(step),
    });
    expect(isolated).toEqual(await importPlanBytes(bytes, "seed-2022-kjj.docx"));
    expect(steps.length).toBeGreaterThan(0);
    const bad = new TextEncoder().encode(
      "序号,工作任务,节点计划,责任单位,完成时限\n1,任务,（1）一,市科技局,下个月\n",
    );
    expect(await importPlanIsolated(bad, "2022.csv")).toEqual(
      await importPlanBytes(bad, "2022.csv"),
    );
  });

  it("refuses a file that needs more than the worker's heap, with its place", async () => {
    const result = await importPlanIsolated(bigCsv(150_000, "6月30日"), "2022 big.csv");
    expect(result).toMatchObject({
      ok: false,
      diagnostics: [
        { severity: "error", code: "file.too_complex", location: { file: "2022 big.csv" } },
      ],
    });
    // The pool lives on: the next file is read.
    const small = await importPlanIsolated(bigCsv(3, "6月30日"), "2022.csv");
    expect(small.ok).toBe(true);
  }, 120_000);
});
