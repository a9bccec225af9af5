import { writeFile } from "node:fs/promises";
import os from "node:os";
import Table from "cli-table3";
import type { BenchGroup, BenchRow } from "./bench-group.js";

/**
 * Prints benchmark groups to the terminal and writes them to
 * docs/BENCHMARKS.md with the machine they ran on.
 */

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average at the start: other work on the machine skews the figures. */
  readonly load: number;
}

export const describeMachine = (): Machine => ({
  cpu: os.cpus()[0]?.model.trim() ?? "unknown",
  cores: os.cpus().length,
  ramGiB: os.totalmem() / 1024 ** 3,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()} (${os.version()})`,
  load: os.loadavg()[0] ?? 0,
});

const verdictCells = (row: BenchRow): [string, string] =>
  row.verdict ? [row.verdict.target, row.verdict.pass ? "pass" : "FAIL"] : ["—", "—"];

export const printGroup = (group: BenchGroup): void => {
  const table = new Table({ head: [...group.columns, "target", "result"] });
  for (const row of group.rows) table.push([...row.cells, ...verdictCells(row)]);
  console.log(`\n${group.title}\n${table.toString()}`);
};

const markdownTable = (group: BenchGroup): string => {
  const head = [...group.columns, "target", "result"];
  const lines = [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...group.rows.map((row) => `| ${[...row.cells, ...verdictCells(row)].join(" | ")} |`),
  ];
  return lines.join("\n");
};

export const renderReport = (
  groups: readonly BenchGroup[],
  machine: Machine,
  startedAt: Date,
  loadAtEnd: number,
): string => {
  const verdicts = groups.flatMap((g) => g.rows.flatMap((r) => (r.verdict ? [r.verdict] : [])));
  const passed = verdicts.filter((v) => v.pass).length;
  return [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` (bench/run.ts) on ${startedAt.toISOString()}; do not edit by hand.`,
    "",
    "## Machine",
    "",
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ramGiB.toFixed(1)} GiB`,
    `- Node: ${machine.node}`,
    `- OS: ${machine.os}`,
    `- Load average (1 min): ${machine.load.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end`,
    "",
    "## Targets",
    "",
    "- Parse the reference .docx in < 20 ms (warm).",
    "- Parse a 2,000-milestone city table in < 300 ms.",
    "- Parse a 20,000-milestone table in < 3 s and < 300 MB peak RSS.",
    "- Import a 20,000-milestone table into SQLite in < 2 s, into PostgreSQL in < 5 s.",
    "- Slice one unit out of the 20,000-milestone plan in < 50 ms.",
    "",
    `${passed} of ${verdicts.length} targets met.`,
    "",
    ...groups.flatMap((group) => [
      `## ${group.title}`,
      "",
      group.method,
      "",
      markdownTable(group),
      "",
    ]),
  ].join("\n");
};

export const writeReport = (path: string, markdown: string): Promise<void> =>
  writeFile(path, markdown, "utf8");
