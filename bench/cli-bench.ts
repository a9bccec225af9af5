import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatMs, median, type BenchGroup, type BenchRow } from "./bench-group.js";

/**
 * How long the installed command takes to start, cold, in a new Node process
 * each time as a shell runs it: `duban --version`, and `duban parse` of the
 * reference table. Commands load their implementation when they run
 * (src/cli/main.ts), so neither pays for Fastify, swagger or the database drivers;
 * the parse's worker loads the importers as one bundle (scripts/bundle-import-worker.js).
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/duban.js", import.meta.url));
const REFERENCE = fileURLToPath(new URL("../test/fixtures/seed-2022-kjj.docx", import.meta.url));
const WARMUP = 2;
const RUNS = 11;
const MAX_MS = 300;

/**
 * The same commands from the build of the commit this work started from
 * (17b4fbe: commands loaded lazily, the importers loaded module by module in
 * the worker, tables drawn by cli-table3 and wrap-ansi), measured on
 * 2026-12-06 on this machine in turns with the build after it (3 × 5 runs
 * each, medians) while it was shared (load average 7 to 8 on 2 cores); then
 * the after was 310–390 ms wall. Busier (load about 10) the before took
 * 1.46 s wall and 790 ms CPU, the after 770 ms and 370 ms.
 */
const BEFORE = {
  version: "90 ms, 90 ms",
  parse: "730 ms, 730 ms",
};

/**
 * The CPU time (user + system) of the children this process has waited for, in ms:
 * Linux's /proc/self/stat (cutime, cstime) in clock ticks of 10 ms. On a shared
 * machine it moves far less with the load than the wall time does.
 */
const childrenCpuMs = (): number => {
  const fields = (readFileSync("/proc/self/stat", "utf8").split(") ")[1] ?? "").split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
};

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** One run of `node ARGS` in a new process; a failure stops the group. */
const runOnce = (nodeArgs: readonly string[]): Sample => {
  const cpu = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, encoding: "utf8" });
  const wallMs = performance.now() - start;
  if (run.status !== 0) {
    throw new Error(`node ${nodeArgs.join(" ")} exited ${String(run.status)}: ${run.stderr}`);
  }
  return { wallMs, cpuMs: childrenCpuMs() - cpu };
};

const runCold = (nodeArgs: readonly string[]): Sample[] => {
  const samples: Sample[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const sample = runOnce(nodeArgs);
    if (i >= WARMUP) samples.push(sample);
  }
  return samples;
};

const duban = (...args: string[]): Sample[] => runCold([BIN, ...args]);

/** A process that only loads these built modules (dist/…), for the profile. */
const loading = (...modules: string[]): Sample[] =>
  runCold([
    "--input-type=module",
    "-e",
    modules.map((m) => `await import(${JSON.stringify(`./dist/${m}`)});`).join(""),
  ]);

const figures = (samples: readonly Sample[]): string[] => {
  const wall = samples.map((s) => s.wallMs);
  return [
    `${formatMs(median(wall))} / ${formatMs(Math.max(...wall))}`,
    formatMs(median(samples.map((s) => s.cpuMs))),
  ];
};

const row = (what: string, before: string, samples: readonly Sample[]): BenchRow => {
  const ms = median(samples.map((s) => s.wallMs));
  return {
    cells: [what, before, ...figures(samples)],
    verdict: { target: `< ${formatMs(MAX_MS)}`, pass: ms < MAX_MS },
  };
};

const part = (what: string, samples: readonly Sample[]): BenchRow => ({
  cells: [what, ...figures(samples)],
  verdict: null,
});

/**
 * Where `duban parse` spends its start: Node itself, then what it loads. The
 * parse runs in a worker thread with a heap of its own (importers/isolated-import.ts),
 * which starts a second V8 and loads the importers' bundle there.
 */
const parseProfile = (): BenchGroup => ({
  title: "Command line start: where duban parse's time goes",
  method:
    `Each row a new process that only loads the named built modules (\`node -e "await import(…)"\`), ` +
    `timed as above. The importers are loaded in the worker, as one bundle and the chunk of the ` +
    `file's format (dist/importers/bundle/); the main thread loads the pool (piscina), the table ` +
    `drawing (cli/text-table.js) and the command line. Before this work the importers were ` +
    `some 140 modules (0.63 s CPU on the busy machine) and the pool with cli-table3 and wrap-ansi 0.29 s.`,
  columns: ["what", "wall (median / slowest)", "CPU (median)"],
  rows: [
    part("node alone", runCold(["-e", "0"])),
    part("the command line (duban --version)", duban("--version")),
    part(
      "the importers' bundle (importers/bundle/import-worker.js)",
      loading("importers/bundle/import-worker.js"),
    ),
    part(
      "the worker pool and the table renderer",
      loading("importers/isolated-import.js", "cli/render-plan-table.js"),
    ),
    part("duban parse of the reference .docx, whole", duban("parse", REFERENCE)),
  ],
});

export const cliGroup = (): Promise<BenchGroup[]> => {
  // The command runs from dist/: build it when a source is newer.
  execFileSync(process.execPath, ["scripts/build-if-stale.js"], { cwd: ROOT, stdio: "inherit" });
  return Promise.resolve([
    {
      title: "Command line start",
      method:
        `\`node bin/duban.js\` (the built command) in a new process per run, as a shell starts it: ` +
        `${String(RUNS)} runs after ${String(WARMUP)} warm-up, median / slowest wall time, the ` +
        `child's whole life from spawn to exit, and the median of its CPU time (user + system, ` +
        `worker threads included), which a busy machine inflates less. parse reads the reference table ` +
        `(test/fixtures/seed-2022-kjj.docx) and prints it. Before: the build of the commit this ` +
        `work started from, measured in turns with this one on the same machine (see bench/cli-bench.ts).`,
      columns: [
        "command",
        "before (wall, CPU)",
        "after: wall (median / slowest)",
        "after: CPU (median)",
      ],
      rows: [
        row("duban --version", BEFORE.version, duban("--version")),
        row("duban parse <reference .docx>", BEFORE.parse, duban("parse", REFERENCE)),
      ],
    },
    parseProfile(),
  ]);
};
