import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { withFreshConfig } from "../../bench/bench-database.js";
import { seededRandom } from "../../bench/prng.js";
import { mixedTraffic } from "../../bench/soak/mixed-traffic.js";
import { describeEachDatabase } from "../support/databases.js";

/**
 * The short version of `npm run soak`'s mixed traffic: every answer as
 * expected. Memory growth is judged only by the long run (MEMORY_VERDICT_MIN_SECONDS).
 */
const SECONDS = 10;

beforeAll(() => {
  const built = fileURLToPath(new URL("../../dist/cli/entry.js", import.meta.url));
  expect(existsSync(built), "run `npm run build` before this test").toBe(true);
  if (process.env.DUBAN_TEST_PG !== undefined)
    process.env.DUBAN_BENCH_PG = process.env.DUBAN_TEST_PG;
});

describeEachDatabase("mixed traffic against the built server", ({ dialect }) => {
  it(`answers ${SECONDS} s of it without a 5xx or an unexpected answer`, async () => {
    const summary = await withFreshConfig(dialect, (config) =>
      mixedTraffic({
        dialect,
        config,
        seconds: SECONDS,
        random: seededRandom(3),
        log: () => undefined,
        milestones: 200,
      }),
    );
    expect(summary.examples).toEqual([]);
    expect(summary.failures).toEqual([]);
    expect(summary.requests).toBeGreaterThan(SECONDS);
  }, 120_000);
});
