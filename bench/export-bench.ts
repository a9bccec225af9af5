import { milestoneCount } from "../src/domain/plan.js";
import { formatBytes, formatMB, formatMs, type BenchGroup, type BenchRow } from "./bench-group.js";
import {
  EXPORTERS,
  MASTER_SIZES,
  masterPlan,
  writeMasterFile,
  type MasterSize,
  type OfficeFormat,
} from "./master-files.js";
import { measureInChild, timeWarm, type ProbeSetup } from "./measure.js";

/**
 * Exporting the generated masters with planToDocx / planToXlsx. It also
 * writes them to bench/out/, where the parse group reads them.
 */

/** Fewer runs for the big table: the docx library takes many seconds on it. */
const RUNS: Readonly<Record<MasterSize, { warmup: number; runs: number }>> = {
  city: { warmup: 2, runs: 5 },
  stress: { warmup: 0, runs: 2 },
};

/** For `measureInChild`: export one master in a fresh process. Args: size, format. */
export const probeExport: ProbeSetup = ([size, format]) => {
  if (size !== "city" && size !== "stress") throw new Error(`unknown size ${String(size)}`);
  if (format !== "docx" && format !== "xlsx") throw new Error(`unknown format ${String(format)}`);
  const plan = masterPlan(size);
  return Promise.resolve(() => EXPORTERS[format](plan));
};

const exportRow = async (size: MasterSize, format: OfficeFormat): Promise<BenchRow> => {
  const plan = masterPlan(size);
  let bytes: Uint8Array = new Uint8Array();
  const timing = await timeWarm(async () => {
    bytes = await EXPORTERS[format](plan);
  }, RUNS[size]);
  await writeMasterFile(size, format, bytes);
  const memory = await measureInChild(import.meta.url, "probeExport", [size, format]);
  return {
    cells: [
      `${size} .${format}`,
      String(milestoneCount(plan)),
      formatBytes(bytes.length),
      String(timing.runs),
      formatMs(timing.median),
      formatMs(timing.p95),
      formatMB(memory.maxRssMB),
      formatMB(memory.heapPeakMB),
    ],
    verdict: null,
  };
};

export const exportGroup = async (): Promise<BenchGroup> => {
  const rows: BenchRow[] = [];
  for (const size of Object.keys(MASTER_SIZES) as MasterSize[]) {
    for (const format of Object.keys(EXPORTERS) as OfficeFormat[]) {
      console.error(`export: ${size} .${format}`);
      rows.push(await exportRow(size, format));
    }
  }
  return {
    title: "Export (planToDocx, planToXlsx)",
    method:
      "Generated masters (bench/generate-master.ts, seed 2022, reference included). Time: warm " +
      "process, median and p95 of the runs after warm-up (city 2 + 5, stress 0 + 2). Memory: one " +
      "export in a fresh child process; the plan is generated before the measurement starts.",
    columns: ["case", "milestones", "file size", "runs", "median", "p95", "peak RSS", "peak heap"],
    rows,
  };
};
