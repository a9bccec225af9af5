import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { dirname } from "node:path";
import { BASELINE_FILE, type Baseline } from "./baseline.js";
import { postgresUnavailable, type BenchDialect } from "./bench-database.js";
import { describeMachine } from "./report.js";
import { askedSizes, figuresOf, runScale } from "./scale-bench.js";
import { timeStores } from "./store-bench.js";

/**
 * `npx tsx bench/write-baseline.ts "NOTE"`, run in a worktree of the code
 * to measure (with this bench/ copied in and `npm run build` done there):
 * times a first import's store (the store group's) and runs the scale group's cases (DUBAN_BENCH_SIZES picks the sizes) and
 * writes their figures to bench/baseline/before.json of that worktree, to
 * be committed where the change is (after `npx prettier --write` on it).
 */

const [note = ""] = process.argv.slice(2);
const load = os.loadavg()[0] ?? 0;
const dialects: BenchDialect[] =
  (await postgresUnavailable()) === null ? ["sqlite", "postgres"] : ["sqlite"];
const figures: Record<string, number> = {};
for (const size of askedSizes()) {
  for (const dialect of dialects) {
    figures[`store|${size}|${dialect}`] = (await timeStores(dialect, size)).median;
    Object.assign(figures, figuresOf(await runScale(dialect, size)));
  }
}
const commit = execFileSync("git", ["log", "-1", "--format=%H %s"], { encoding: "utf8" }).trim();
const baseline: Baseline = {
  commit,
  takenAt: new Date().toISOString(),
  machine: describeMachine(),
  loadAverage: [load, os.loadavg()[0] ?? 0],
  note,
  figures,
};
await mkdir(dirname(BASELINE_FILE), { recursive: true });
await writeFile(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
console.log(`Wrote ${BASELINE_FILE}`);
