import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Two ways of measuring: repeated runs in this (warm) process for time, and
 * one run in a fresh child process for peak memory, since a process's peak
 * RSS only grows and would otherwise carry every earlier case.
 */

export interface Timing {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
}

/** The nearest-rank percentile of sorted samples. */
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** Runs `operation` `warmup` times unmeasured (JIT, caches), then `runs` times measured. */
export const timeWarm = async (
  operation: () => Promise<unknown>,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<Timing> => {
  for (let i = 0; i < warmup; i += 1) await operation();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await operation();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const middle = Math.floor(runs / 2);
  // An even count has two middle samples; their mean is the median.
  const median =
    runs % 2 === 1
      ? (samples[middle] ?? NaN)
      : ((samples[middle - 1] ?? NaN) + (samples[middle] ?? NaN)) / 2;
  return { runs, median, p95: percentile(samples, 95) };
};

/**
 * What a module exports for `measureInChild`: set-up work that is not
 * measured, returning the operation that is. The operation gets `sample`, to
 * call where the heap may peak (progress events), since the 1 ms timer cannot
 * fire while synchronous work holds the thread.
 */
export type ProbeSetup = (args: readonly string[]) => Promise<ProbeOperation>;
export type ProbeOperation = (sample: () => void) => Promise<unknown>;

/** What `probe.ts` reports from the child. */
export interface ProbeResult {
  /** Time of the one (cold) run. */
  readonly ms: number;
  /** Resident memory before the operation: Node, tsx and the loaded modules. */
  readonly rssBeforeMB: number;
  /** Peak resident memory of the child process, from the kernel. */
  readonly maxRssMB: number;
  /** Largest JS heap in use seen while the operation ran (sampled, so a lower bound). */
  readonly heapPeakMB: number;
}

const PROBE = fileURLToPath(new URL("./probe.ts", import.meta.url));

/**
 * Runs `exportName(args)` from `moduleUrl` once in a new Node process (see
 * probe.ts) and returns its time and memory.
 */
export const measureInChild = (
  moduleUrl: string,
  exportName: string,
  args: readonly string[],
): Promise<ProbeResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", PROBE, moduleUrl, exportName, ...args],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0)
        reject(new Error(`probe ${exportName} ${args.join(" ")} exited with ${code}`));
      else resolve(JSON.parse(last) as ProbeResult);
    });
  });
