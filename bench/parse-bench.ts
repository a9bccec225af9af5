import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { milestoneCount } from "../src/domain/plan.js";
import { importPlanBytes } from "../src/importers/import-plan.js";
import { formatBytes, formatMB, formatMs, type BenchGroup, type BenchRow } from "./bench-group.js";
import { generateMasterPlan, type MasterOptions } from "./generate-master.js";
import {
  EXPORTERS,
  masterPath,
  masterPlan,
  MASTER_SIZES,
  writeMasterFile,
  type MasterSize,
} from "./master-files.js";
import { TEXT_WRITERS, type TextFormat } from "./master-text-files.js";
import { measureInChild, timeWarm, type ProbeResult, type ProbeSetup } from "./measure.js";
import { PROSE_WRITERS, type ProseFormat } from "./prose-files.js";

/**
 * Reading plans with importPlanBytes: the reference fixture, the generated
 * masters in every format (Word and Excel written by the export group, the
 * text formats here) and a 2,000-task numbered prose document.
 */

interface ParseCase {
  readonly name: string;
  readonly path: string;
  readonly milestones: number;
  readonly warmup: number;
  readonly runs: number;
  /** Median limit in ms; null for no target. */
  readonly maxMs: number | null;
  /** Peak RSS limit in MB, measured in a child process; null for no child run. */
  readonly maxRssMB: number | null;
  /** Whether to measure memory in a child process. */
  readonly child: boolean;
}

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));

const master = (size: MasterSize, format: "docx" | "xlsx"): ParseCase => ({
  name: `${size} .${format}`,
  path: masterPath(size, format),
  milestones: MASTER_SIZES[size].milestones,
  ...(size === "city"
    ? { warmup: 3, runs: 20, maxMs: 300, maxRssMB: null }
    : { warmup: 1, runs: 3, maxMs: 3000, maxRssMB: 300 }),
  child: true,
});

/** The prose document: 2,000 tasks, most of them with several steps. */
const PROSE: MasterOptions = { tasks: 2_000, milestones: 5_000, units: 80, seed: 2025 };

const outPath = (name: string): string => fileURLToPath(new URL(`./out/${name}`, import.meta.url));

const stressText = (format: TextFormat): ParseCase => ({
  name: `stress .${format}`,
  path: outPath(`master-stress.${format}`),
  milestones: MASTER_SIZES.stress.milestones,
  warmup: 1,
  runs: 3,
  maxMs: 3000,
  maxRssMB: 300,
  child: true,
});

const prose = (format: ProseFormat): ParseCase => ({
  name: `prose 2,000 tasks .${format}`,
  path: outPath(`prose-2000.${format}`),
  milestones: PROSE.milestones,
  warmup: 1,
  runs: 5,
  maxMs: null,
  maxRssMB: null,
  child: true,
});

/** Writes the text masters and the prose document the cases below read. */
const writeInputs = async (): Promise<void> => {
  const write = async (path: string, bytes: Uint8Array | string): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  };
  // The Office masters are the export group's output; a parse run on its own writes them.
  for (const size of ["city", "stress"] as const) {
    for (const format of ["docx", "xlsx"] as const) {
      if (!existsSync(masterPath(size, format))) {
        await writeMasterFile(size, format, await EXPORTERS[format](masterPlan(size)));
      }
    }
  }
  const stress = masterPlan("stress");
  for (const [format, render] of Object.entries(TEXT_WRITERS)) {
    await write(outPath(`master-stress.${format}`), render(stress));
  }
  const prosePlan = generateMasterPlan(PROSE);
  for (const [format, render] of Object.entries(PROSE_WRITERS)) {
    await write(outPath(`prose-2000.${format}`), await render(prosePlan));
  }
};

/** The targets of the brief: reference .docx < 20 ms warm, 2,000 < 300 ms, 20,000 < 3 s and < 300 MB. */
const CASES: readonly ParseCase[] = [
  {
    name: "reference .docx",
    path: fixture("seed-2022-kjj.docx"),
    milestones: 38,
    warmup: 5,
    runs: 50,
    maxMs: 20,
    maxRssMB: null,
    child: false,
  },
  {
    name: "reference .xlsx",
    path: fixture("seed-2022-kjj.xlsx"),
    milestones: 38,
    warmup: 5,
    runs: 50,
    maxMs: null,
    maxRssMB: null,
    child: false,
  },
  master("city", "docx"),
  master("city", "xlsx"),
  master("stress", "docx"),
  master("stress", "xlsx"),
  stressText("csv"),
  stressText("txt"),
  stressText("html"),
  prose("docx"),
  prose("txt"),
  prose("html"),
];

/** For `measureInChild`: read one file in a fresh process. Args: path. */
export const probeParse: ProbeSetup = async ([path]) => {
  if (path === undefined) throw new Error("probeParse needs a file path");
  const bytes = await readFile(path);
  return (sample) => importPlanBytes(bytes, basename(path), { onProgress: sample });
};

/** Imports once and checks the result, so a fast failure is never reported as a fast parse. */
const checkedImport = async (bytes: Uint8Array, parseCase: ParseCase): Promise<void> => {
  const result = await importPlanBytes(bytes, basename(parseCase.path));
  if (!result.ok) {
    const codes = result.diagnostics.map((d) => d.code).join(", ");
    throw new Error(`${parseCase.name}: the import failed (${codes})`);
  }
  const found = milestoneCount(result.plan);
  if (found !== parseCase.milestones) {
    throw new Error(
      `${parseCase.name}: ${found} milestones read, ${parseCase.milestones} expected`,
    );
  }
};

const verdictOf = (parseCase: ParseCase, median: number, memory: ProbeResult | null) => {
  const targets: string[] = [];
  let pass = true;
  if (parseCase.maxMs !== null) {
    targets.push(
      parseCase.maxMs < 1000 ? `< ${parseCase.maxMs} ms` : `< ${parseCase.maxMs / 1000} s`,
    );
    pass &&= median < parseCase.maxMs;
  }
  if (parseCase.maxRssMB !== null) {
    targets.push(`< ${parseCase.maxRssMB} MB`);
    pass &&= memory !== null && memory.maxRssMB < parseCase.maxRssMB;
  }
  return targets.length === 0 ? null : { target: targets.join(", "), pass };
};

const parseRow = async (parseCase: ParseCase): Promise<BenchRow> => {
  const bytes = await readFile(parseCase.path);
  await checkedImport(bytes, parseCase);
  const name = basename(parseCase.path);
  const timing = await timeWarm(() => importPlanBytes(bytes, name), parseCase);
  const memory = parseCase.child
    ? await measureInChild(import.meta.url, "probeParse", [parseCase.path])
    : null;
  return {
    cells: [
      parseCase.name,
      String(parseCase.milestones),
      formatBytes(bytes.length),
      String(timing.runs),
      formatMs(timing.median),
      formatMs(timing.p95),
      memory ? formatMs(memory.ms) : "—",
      memory ? formatMB(memory.maxRssMB) : "—",
      memory ? formatMB(memory.maxRssMB - memory.rssBeforeMB) : "—",
      memory ? formatMB(memory.heapPeakMB) : "—",
    ],
    verdict: verdictOf(parseCase, timing.median, memory),
  };
};

export const parseGroup = async (): Promise<BenchGroup> => {
  await writeInputs();
  const rows: BenchRow[] = [];
  for (const parseCase of CASES) {
    console.error(`parse: ${parseCase.name}`);
    rows.push(await parseRow(parseCase));
  }
  return {
    title: "Parse (importPlanBytes)",
    method:
      "importPlanBytes(bytes, fileName) on bytes already in memory. Time: warm process, median " +
      "and p95 of the runs after warm-up (reference 5 + 50, city 3 + 20, stress 1 + 3); the time " +
      "target applies to the median. Memory: one import in a fresh child process (cold, so its " +
      "time is given too); peak RSS is the kernel's maxRSS of that process, Δ RSS the part above " +
      "the RSS before the import (Node, tsx and the loaded modules), peak heap the largest heapUsed " +
      "sampled every 1 ms and at progress events (a lower bound). The stress master's text " +
      "formats (bench/master-text-files.ts: CSV with merges filled down, Word's text extraction, " +
      "a web page with rowspan) and the prose document (bench/prose-files.ts: 2,000 numbered " +
      "tasks with 5,000 steps in 一、/（一） sections) are written before the runs.",
    columns: [
      "case",
      "milestones",
      "file size",
      "runs",
      "median",
      "p95",
      "cold (child)",
      "peak RSS",
      "Δ RSS",
      "peak heap",
    ],
    rows,
  };
};
