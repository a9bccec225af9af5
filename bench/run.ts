import { readFile } from "node:fs/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import type { BenchGroup } from "./bench-group.js";
import { calendarGroup } from "./calendar-bench.js";
import { cliGroup } from "./cli-bench.js";
import { exportGroup } from "./export-bench.js";
import { httpGroup } from "./http-bench.js";
import { reminderLoadGroup } from "./reminder-load-bench.js";
import { parseGroup } from "./parse-bench.js";
import { scaleGroup } from "./scale-bench.js";
import { scaleProfileGroup } from "./scale-profile-bench.js";
import { searchGroup } from "./search-bench.js";
import { statusGroup } from "./status-bench.js";
import { storeGroup } from "./store-bench.js";
import { webGroup } from "./web-bench.js";
import {
  describeMachine,
  earlierSections,
  printGroup,
  renderReport,
  writeReport,
  type EarlierSection,
} from "./report.js";

/**
 * `npm run bench [-- GROUP…]`: runs the benchmark groups in order (all, or
 * those named, e.g. `npm run bench -- http`), prints each, and writes
 * docs/BENCHMARKS.md. A run of some groups keeps the other groups' sections
 * of the report as they were, marked as carried over. A new group is a file
 * exporting one `() => Promise<BenchGroup>` (or several sections, e.g. the
 * figures and a profile of them), added to GROUPS.
 */

type GroupRun = () => Promise<BenchGroup | readonly BenchGroup[]>;

/** Export first: it writes the master files the parse and store groups read. */
const GROUPS: Readonly<Record<string, GroupRun>> = {
  export: exportGroup,
  calendar: calendarGroup,
  parse: parseGroup,
  store: storeGroup,
  http: httpGroup,
  "reminder-load": reminderLoadGroup,
  status: statusGroup,
  scale: scaleGroup,
  "scale-profile": scaleProfileGroup,
  search: searchGroup,
  web: webGroup,
  cli: cliGroup,
};

const sectionsOf = (result: BenchGroup | readonly BenchGroup[]): readonly BenchGroup[] =>
  "title" in result ? [result] : result;

const REPORT = fileURLToPath(new URL("../docs/BENCHMARKS.md", import.meta.url));

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(GROUPS, name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark group ${unknown.join(", ")}; the groups are ${Object.keys(GROUPS).join(", ")}`,
  );
  process.exit(2);
}
const selected = Object.entries(GROUPS).filter(
  ([name]) => asked.length === 0 || asked.includes(name),
);

/** The earlier report's sections, when only some groups run; none when it does not exist. */
const earlier = async (): Promise<EarlierSection[]> => {
  if (selected.length === Object.keys(GROUPS).length) return [];
  try {
    return earlierSections(await readFile(REPORT, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
};

const startedAt = new Date();
const machine = describeMachine();
const groups: BenchGroup[] = [];
for (const [, group] of selected) {
  for (const result of sectionsOf(await group())) {
    printGroup(result);
    groups.push(result);
  }
}
await writeReport(
  REPORT,
  renderReport(groups, machine, startedAt, os.loadavg()[0] ?? 0, await earlier()),
);
console.log(`\nWrote ${REPORT}`);
