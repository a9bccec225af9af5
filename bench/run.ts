import os from "node:os";
import { fileURLToPath } from "node:url";
import type { BenchGroup } from "./bench-group.js";
import { exportGroup } from "./export-bench.js";
import { parseGroup } from "./parse-bench.js";
import { storeGroup } from "./store-bench.js";
import { describeMachine, printGroup, renderReport, writeReport } from "./report.js";

/**
 * `npm run bench`: runs the benchmark groups in order, prints each, and
 * writes docs/BENCHMARKS.md. A new group (database import, HTTP load) is a
 * file exporting one `() => Promise<BenchGroup>`, added to GROUPS.
 */

/** Export first: it writes the master files the parse and store groups read. */
const GROUPS: readonly (() => Promise<BenchGroup>)[] = [exportGroup, parseGroup, storeGroup];

const REPORT = fileURLToPath(new URL("../docs/BENCHMARKS.md", import.meta.url));

const startedAt = new Date();
const machine = describeMachine();
const groups: BenchGroup[] = [];
for (const group of GROUPS) {
  const result = await group();
  printGroup(result);
  groups.push(result);
}
await writeReport(REPORT, renderReport(groups, machine, startedAt, os.loadavg()[0] ?? 0));
console.log(`\nWrote ${REPORT}`);
