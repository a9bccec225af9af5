import parsePrometheusTextFormat from "parse-prometheus-text-format";

export interface Sample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Scrape {
  /** Each family's type as declared (COUNTER, GAUGE, HISTOGRAM …) and its help. */
  readonly families: ReadonlyMap<string, { readonly type: string; readonly help: string }>;
  /** The samples of one name as written: a histogram's `…_count`, a gauge's own name. */
  readonly samples: (name: string) => readonly Sample[];
  /** The one sample of `name` whose labels include `labels`; throws unless exactly one. */
  readonly value: (name: string, labels?: Readonly<Record<string, string>>) => number;
}

const HISTOGRAM_TYPE = /^# TYPE \S+ histogram$/;

/**
 * A /metrics answer read by parse-prometheus-text-format, which throws on any line that
 * is not the text format. It groups a histogram's samples into one set of buckets and
 * drops their labels (its issue #13), so the samples are read a second time with the
 * histograms' TYPE lines left out: `…_bucket`, `…_sum` and `…_count` then come back as
 * series of their own, labels and all.
 */
export const readScrape = (text: string): Scrape => {
  const families = new Map(
    parsePrometheusTextFormat(text).map((family) => [
      family.name,
      { type: family.type, help: family.help },
    ]),
  );
  const plain = parsePrometheusTextFormat(
    text
      .split("\n")
      .filter((line) => !HISTOGRAM_TYPE.test(line))
      .join("\n"),
  );
  // A series' `…_bucket`, `…_sum` and `…_count` lines alternate: each run is a family.
  const byName = new Map<string, Sample[]>();
  for (const family of plain) {
    const own = byName.get(family.name) ?? [];
    for (const sample of family.metrics) {
      own.push({ labels: sample.labels ?? {}, value: Number(sample.value) });
    }
    byName.set(family.name, own);
  }
  const samples = (name: string): readonly Sample[] => byName.get(name) ?? [];
  return {
    families,
    samples,
    value: (name, labels = {}) => {
      const found = samples(name).filter((sample) =>
        Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted),
      );
      if (found.length !== 1) {
        throw new Error(`${String(found.length)} samples of ${name} ${JSON.stringify(labels)}`);
      }
      return found[0]?.value ?? Number.NaN;
    },
  };
};
