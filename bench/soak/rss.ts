import { readFileSync } from "node:fs";

/** A process's resident memory (VmRSS in /proc/PID/status, Linux), in bytes. */
export const residentBytes = (pid: number): number => {
  const found = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (found?.[1] === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(found[1]) * 1024;
};

export interface RssSample {
  /** Seconds since the sampling started. */
  readonly s: number;
  readonly bytes: number;
}

/** Samples `pid` every `everyMs` until stopped. */
export const sampleRss = (pid: number, everyMs: number) => {
  const start = performance.now();
  const samples: RssSample[] = [];
  const take = () => {
    samples.push({ s: (performance.now() - start) / 1000, bytes: residentBytes(pid) });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop: (): RssSample[] => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
};

export interface RssFigures {
  readonly startBytes: number;
  readonly endBytes: number;
  readonly peakBytes: number;
  /** After the warm-up: the least-squares slope, bytes per minute. */
  readonly slopePerMinute: number;
  /** After the warm-up: the mean of the last tenth of samples less the mean of the first tenth. */
  readonly growthBytes: number;
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

export const rssFigures = (samples: readonly RssSample[], warmupS: number): RssFigures => {
  const after = samples.filter((x) => x.s >= warmupS);
  const steady = after.length >= 2 ? after : samples;
  const ms = mean(steady.map((x) => x.s));
  const mb = mean(steady.map((x) => x.bytes));
  let num = 0;
  let den = 0;
  for (const x of steady) {
    num += (x.s - ms) * (x.bytes - mb);
    den += (x.s - ms) ** 2;
  }
  const tenth = Math.max(1, Math.floor(steady.length / 10));
  return {
    startBytes: samples[0]?.bytes ?? 0,
    endBytes: samples.at(-1)?.bytes ?? 0,
    peakBytes: Math.max(...samples.map((x) => x.bytes)),
    slopePerMinute: den === 0 ? 0 : (num / den) * 60,
    growthBytes:
      mean(steady.slice(-tenth).map((x) => x.bytes)) -
      mean(steady.slice(0, tenth).map((x) => x.bytes)),
  };
};
