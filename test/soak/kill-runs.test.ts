import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { withFreshConfig } from "../../bench/bench-database.js";
import { seededRandom } from "../../bench/prng.js";
import { killDuringImports } from "../../bench/soak/kill-imports.js";
import { killDuringReminders } from "../../bench/soak/kill-reminders.js";
import { killDuringReports } from "../../bench/soak/kill-reports.js";
import type { KillOptions, KillSummary } from "../../bench/soak/kill-run.js";
import { describeEachDatabase } from "../support/databases.js";

/** The short version of `npm run soak`'s kill runs: one kill of the built server per kind and database. */
const RUNS = 1;
/** A smaller table than the full runs', so that the tests take seconds. */
const MILESTONES = 200;

beforeAll(() => {
  const built = fileURLToPath(new URL("../../dist/cli/entry.js", import.meta.url));
  expect(existsSync(built), "run `npm run build` before this test").toBe(true);
  // The harness makes its PostgreSQL schemas where the tests' are.
  if (process.env.DUBAN_TEST_PG !== undefined)
    process.env.DUBAN_BENCH_PG = process.env.DUBAN_TEST_PG;
});

const KINDS: readonly [string, (options: KillOptions) => Promise<KillSummary>][] = [
  ["an import", killDuringImports],
  ["progress reports", killDuringReports],
  ["reminder sending", killDuringReminders],
];

describeEachDatabase("kill -9 of the server", ({ dialect }) => {
  for (const [what, kill] of KINDS) {
    it(`in the middle of ${what} loses, tears and repeats nothing`, async () => {
      const random = seededRandom(7);
      const summary = await withFreshConfig(dialect, (config) =>
        kill({
          dialect,
          config,
          runs: RUNS,
          log: () => undefined,
          random: () => random.next(),
          milestones: MILESTONES,
        }),
      );
      expect(summary.failures).toEqual([]);
      expect(summary.runs).toBe(RUNS);
    }, 120_000);
  }
});
