import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc, { type RunDetails } from "fast-check";
import { describe, expect, it } from "vitest";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { readFixture } from "../support/fixtures.js";
import { mutationsOf, type FuzzFormat } from "./mutations.js";

/**
 * Mutated reference tables, FUZZ_RUNS per format (200 here, 10,000 with
 * `npm run fuzz`): each is read whole or refused with located errors, within
 * 2 s and a bounded heap, and never throws. docs/RELIABILITY.md has figures.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const MAX_MS = 2000;
const MAX_HEAP_BYTES = 1024 * 1024 * 1024;
const FORMATS: readonly FuzzFormat[] = ["docx", "xlsx", "csv", "gbk.csv", "txt", "htm"];

/**
 * What must hold of any input: a result (no throw), in time, with every error
 * located. Time is the CPU time the parse took, not the wall clock: on a
 * shared machine a scheduler pause is no hang.
 */
const readsOrRefuses = async (bytes: Uint8Array, fileName: string): Promise<void> => {
  const started = process.cpuUsage();
  const result = await importPlanBytes(bytes, fileName);
  const spent = process.cpuUsage(started);
  expect((spent.user + spent.system) / 1000, "parse CPU time in ms").toBeLessThan(MAX_MS);
  expect(process.memoryUsage().heapUsed, "heap").toBeLessThan(MAX_HEAP_BYTES);
  for (const d of result.diagnostics) {
    expect(d.location.file).toBe(fileName);
    expect(d.message.zh).not.toBe("");
    expect(d.message.en).not.toBe("");
    expect(d.code).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
  }
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
};

/**
 * On a failure, the input goes to a file (the bytes are too many to print) and
 * the error names it with the seed that replays the run.
 */
const reportTo =
  (fileName: string) =>
  (details: RunDetails<[Uint8Array]>): void => {
    if (!details.failed) return;
    const dir = join(tmpdir(), "duban-fuzz");
    mkdirSync(dir, { recursive: true });
    const saved = join(dir, `${details.seed}-${fileName}`);
    if (details.counterexample) writeFileSync(saved, details.counterexample[0]);
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : "";
    throw new Error(
      `fuzz ${fileName}: failed after ${details.numRuns} inputs (seed ${details.seed}, path ${details.counterexamplePath ?? ""}); input saved to ${saved}: ${cause}`,
    );
  };

describe(`the importers survive mutated reference tables (${RUNS} per format)`, () => {
  for (const format of FORMATS) {
    it(
      format,
      async () => {
        const fileName = `seed-2022-kjj.${format}`;
        const started = performance.now();
        await fc.assert(
          fc.asyncProperty(mutationsOf(format, readFixture(fileName)), (bytes) =>
            readsOrRefuses(bytes, fileName),
          ),
          { numRuns: RUNS, plugins: [() => ({ onAllRunsComplete: reportTo(fileName) })] },
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`fuzz ${format}: ${RUNS} inputs in ${seconds} s, no failure`);
      },
      RUNS * 200 + 60_000,
    );
  }
});
