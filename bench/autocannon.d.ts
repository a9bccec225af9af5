/**
 * The part of autocannon 9 (which ships no types) that the HTTP group uses:
 * one run with a warm-up, awaited as a promise. See its README, "API" and
 * "Results".
 */
declare module "autocannon" {
  /** hdr-histogram-percentiles-obj: latency in ms, requests and bytes per 1 s sample. */
  export interface Histogram {
    readonly average: number;
    readonly mean: number;
    readonly stddev: number;
    readonly min: number;
    readonly max: number;
    /** Requests: every completed request; bytes: every byte received. */
    readonly total: number;
    readonly p2_5: number;
    readonly p50: number;
    readonly p75: number;
    readonly p90: number;
    readonly p97_5: number;
    readonly p99: number;
    readonly p99_9: number;
  }

  export interface Options {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    /** Seconds to wait for an answer. */
    readonly timeout?: number;
    readonly headers?: Readonly<Record<string, string>>;
    /** A run before the measured one, with its own connections and duration. */
    readonly warmup?: { readonly connections?: number; readonly duration?: number };
  }

  export interface Result {
    readonly latency: Histogram;
    readonly requests: Histogram;
    readonly throughput: Histogram;
    /** Seconds. */
    readonly duration: number;
    /** Connection errors, timeouts included. */
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly statusCodeStats: Readonly<Record<string, { readonly count: number }>>;
  }

  export default function autocannon(options: Options): Promise<Result>;
}
