import { describe, expect, it } from "vitest";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { DEFAULT_LIMITS } from "../../src/importers/limits.js";
import { bigCsv } from "../support/big-table.js";
import { zipBomb } from "../support/zip-bomb.js";

describe("an import stays within bounds however large the table (issue 11, findings 8 and 9)", () => {
  it("refuses a gigabyte zip bomb within a second or so, at the compression ratio", async () => {
    const bomb = zipBomb(1024);
    expect(bomb.length).toBeLessThan(1.2 * 1024 * 1024);
    const started = performance.now();
    const result = await importPlanBytes(bomb, "bomb.docx");
    // Before the ratio check this inflated 512 MiB: 20 s and 3.2 GB of memory.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({
      ok: false,
      diagnostics: [{ severity: "error", code: "archive.compression_ratio" }],
    });
    expect(result.diagnostics[0]?.location).toEqual({ file: "bomb.docx" });
  });

  it("answers a 190,000-row table with an error on every row with located errors, not a stack overflow", async () => {
    const result = await importPlanBytes(bigCsv(190_000, "下个月"), "2022 big.csv");
    expect(result.ok).toBe(false);
    const { diagnostics } = result;
    // The first errors in full, then one that counts the rest.
    expect(diagnostics).toHaveLength(DEFAULT_LIMITS.maxDiagnostics + 1);
    expect(diagnostics[0]).toMatchObject({
      severity: "error",
      code: "deadline.unreadable",
      location: { file: "2022 big.csv", row: 2, column: 5, field: "完成时限", text: "下个月" },
    });
    expect(diagnostics.at(-1)).toMatchObject({
      severity: "error",
      code: "diagnostics.truncated",
      location: { file: "2022 big.csv" },
    });
    expect(diagnostics.at(-1)?.message.en).toMatch(/^\d+ more problems are not listed/);
  }, 120_000);
});
