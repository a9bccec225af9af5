import { writeFile } from "node:fs/promises";
import os from "node:os";
import { renderListTable } from "../src/cli/render-list-table.js";
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
  const table = renderListTable(
    [...group.columns, "target", "result"],
    group.rows.map((row) => [...row.cells, ...verdictCells(row)]),
  );
  process.stdout.write(`\n${group.title}\n${table}`);
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

/** A group's section of an earlier report, kept as it was when this run does not repeat the group. */
export interface EarlierSection {
  readonly title: string;
  /** When its figures were taken: the earlier report's date, or the one its own note gives. */
  readonly takenAt: string;
  /** The section's text after its heading and note. */
  readonly body: string;
  readonly passed: number;
  readonly verdicts: number;
}

const CARRIED_NOTE = /^_Carried over from the run of (\S+);/;
const WRITTEN_ON = /^Written by `npm run bench[^`]*` \(bench\/run\.ts\) on (\S+?);/m;
/** Sections of the report itself, rewritten on every run. */
const OWN_SECTIONS = new Set(["Machine", "Targets"]);

/** The group sections of an earlier report, in order, with the targets they met. */
export const earlierSections = (previous: string): EarlierSection[] => {
  const writtenOn = WRITTEN_ON.exec(previous)?.[1] ?? "an unknown date";
  const sections: EarlierSection[] = [];
  for (const chunk of previous.split(/^## /m).slice(1)) {
    const [title = "", ...lines] = chunk.split("\n");
    if (OWN_SECTIONS.has(title)) continue;
    while (lines[0] === "") lines.shift();
    const note = CARRIED_NOTE.exec(lines[0] ?? "");
    if (note) lines.shift();
    const results = lines.flatMap((line) => /\| (pass|FAIL) \|$/.exec(line)?.[1] ?? []);
    sections.push({
      title,
      takenAt: note?.[1] ?? writtenOn,
      body: lines.join("\n").trim(),
      passed: results.filter((r) => r === "pass").length,
      verdicts: results.length,
    });
  }
  return sections;
};

const groupSection = (group: BenchGroup): string[] => [
  `## ${group.title}`,
  "",
  group.method,
  "",
  markdownTable(group),
  "",
];

const carriedSection = (section: EarlierSection): string[] => [
  `## ${section.title}`,
  "",
  `_Carried over from the run of ${section.takenAt}; this run did not repeat it, and the ` +
    "machine and its load may have differed._",
  "",
  section.body,
  "",
];

/**
 * The report. With `earlier` (a run of some groups only), the earlier
 * report's other sections are kept in their place, the groups run replace
 * theirs, and groups it did not have come last.
 */
export const renderReport = (
  groups: readonly BenchGroup[],
  machine: Machine,
  startedAt: Date,
  loadAtEnd: number,
  earlier: readonly EarlierSection[] = [],
): string => {
  const ran = new Map(groups.map((g) => [g.title, g]));
  const carried = earlier.filter((section) => !ran.has(section.title));
  const earlierTitles = new Set(earlier.map((section) => section.title));
  const sections = [
    ...earlier.flatMap((section) => {
      const group = ran.get(section.title);
      return group ? groupSection(group) : carriedSection(section);
    }),
    ...groups.filter((g) => !earlierTitles.has(g.title)).flatMap(groupSection),
  ];
  const verdicts = groups.flatMap((g) => g.rows.flatMap((r) => (r.verdict ? [r.verdict] : [])));
  const passed =
    verdicts.filter((v) => v.pass).length + carried.reduce((sum, c) => sum + c.passed, 0);
  const total = verdicts.length + carried.reduce((sum, c) => sum + c.verdicts, 0);
  return [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` (bench/run.ts) on ${startedAt.toISOString()}; do not edit by hand.` +
      (carried.length === 0
        ? ""
        : ` This run repeated only ${groups.map((g) => g.title).join(", ")}; the other ` +
          "sections are carried over from earlier runs, as their notes say."),
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
    "- Export a 20,000-milestone table as .docx and as .xlsx in < 2 s and < 300 MB peak RSS each.",
    "- Write the calendar feed of a 20,000-milestone plan in < 2 s.",
    "- Parse the reference .docx in < 20 ms (warm).",
    "- Parse a 2,000-milestone city table in < 300 ms.",
    "- Parse a 20,000-milestone table in < 3 s and < 300 MB peak RSS.",
    "- Import a 20,000-milestone table into SQLite in < 2 s, into PostgreSQL in < 5 s.",
    "- Slice one unit out of the 20,000-milestone plan in < 50 ms.",
    "- Serve a unit's filtered milestone list (one page of 50, 20,000-milestone plan) over HTTP " +
      "with p99 < 20 ms, at ≥ 0.5 × the requests/s of a bare Fastify server sending the same " +
      "JSON, on SQLite and on PostgreSQL.",
    "- Status and roll-ups as of a day (planStatus) of the 20,000-milestone plan with a year of " +
      "reports: the whole plan in < 200 ms, one unit in < 20 ms, on SQLite and on PostgreSQL.",
    "- The web app: at most 250 KB of JavaScript (gzip) before the login page shows, 450 KB " +
      "up to the plan screen; a 2,000-milestone plan shown in Chromium in < 3 s.",
    "- The command line (issue 15): `duban --version` and `duban parse` of the reference " +
      ".docx start and finish in < 300 ms, cold, in a new process.",
    "",
    `${passed} of ${total} targets met.`,
    "",
    ...sections,
  ].join("\n");
};

export const writeReport = (path: string, markdown: string): Promise<void> =>
  writeFile(path, markdown, "utf8");
