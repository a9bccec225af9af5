/**
 * What every benchmark group hands back, so `run.ts` can print and report
 * groups it knows nothing about (parse today; database import, HTTP load later).
 */

/** A target a row is held to, and whether the measurement met it. */
export interface Verdict {
  /** As the report shows it, e.g. "< 300 ms, < 300 MB". */
  readonly target: string;
  readonly pass: boolean;
}

export interface BenchRow {
  /** One text per column of the group, already formatted. */
  readonly cells: readonly string[];
  /** Null when the row has no target, only a figure to watch. */
  readonly verdict: Verdict | null;
}

export interface BenchGroup {
  readonly title: string;
  /** How the figures were taken, in a sentence or two for the report. */
  readonly method: string;
  readonly columns: readonly string[];
  readonly rows: readonly BenchRow[];
}

export const formatMs = (ms: number): string =>
  ms < 10
    ? `${ms.toFixed(2)} ms`
    : ms < 1000
      ? `${ms.toFixed(1)} ms`
      : `${(ms / 1000).toFixed(2)} s`;

export const formatMB = (mb: number): string => `${Math.round(mb)} MB`;

export const formatBytes = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The middle sample; with an even count, the mean of the two middle ones. */
export const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
