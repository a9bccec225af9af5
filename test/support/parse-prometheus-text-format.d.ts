// The package ships no types; this is the part of its output the tests read (prom2json's shape).
declare module "parse-prometheus-text-format" {
  interface ParsedSample {
    readonly labels?: Readonly<Record<string, string>>;
    readonly value?: string;
    readonly buckets?: Readonly<Record<string, string>>;
    readonly count?: string;
    readonly sum?: string;
  }
  interface ParsedFamily {
    readonly name: string;
    readonly help: string;
    readonly type: "COUNTER" | "GAUGE" | "HISTOGRAM" | "SUMMARY" | "UNTYPED";
    readonly metrics: readonly ParsedSample[];
  }
  /** Throws on a line that is not Prometheus's text format. */
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
