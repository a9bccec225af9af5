import { cpus, totalmem } from "node:os";
import { postgresUnavailable, withFreshConfig, type BenchDialect } from "../bench-database.js";
import { seededRandom } from "../prng.js";
import { killDuringImports } from "./kill-imports.js";
import { killDuringReminders } from "./kill-reminders.js";
import { killDuringReports } from "./kill-reports.js";
import type { KillOptions, KillSummary } from "./kill-run.js";
import { mixedTraffic, RSS_GROWTH_LIMIT_BYTES, type SoakSummary } from "./mixed-traffic.js";

/**
 * `npm run soak`: on each database, kill -9 the server KILL_RUNS times in the
 * middle of imports, of progress reports and of reminder sending, checking
 * after each restart that nothing is torn, lost or sent twice; then
 * SOAK_SECONDS of mixed traffic from several clients, with no 5xx and flat
 * memory. Prints the figures; exits 1 if anything failed.
 *
 *   KILL_RUNS (50)  SOAK_SECONDS (600)  SOAK_DATABASES (sqlite,postgres)
 *   SOAK_KINDS (import,report,reminder)
 *   SOAK_SEED (1)   DUBAN_BENCH_PG (postgres://postgres@127.0.0.1:5432/test)
 */

const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
};

const killRuns = number("KILL_RUNS", 50);
const soakSeconds = number("SOAK_SECONDS", 600);
const seed = number("SOAK_SEED", 1);
const dialects = (process.env.SOAK_DATABASES ?? "sqlite,postgres")
  .split(",")
  .map((d) => d.trim())
  .filter((d): d is BenchDialect => d === "sqlite" || d === "postgres");

const log = (line: string): void => {
  console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
};
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const ALL_KILLS: Readonly<Record<string, (options: KillOptions) => Promise<KillSummary>>> = {
  import: killDuringImports,
  report: killDuringReports,
  reminder: killDuringReminders,
};
const KILLS = (process.env.SOAK_KINDS ?? "import,report,reminder").split(",").map((kind) => {
  const kill = ALL_KILLS[kind.trim()];
  if (kill === undefined)
    throw new Error(`SOAK_KINDS: no kind "${kind}" (import, report, reminder)`);
  return kill;
});

const started = new Date();
const kills: KillSummary[] = [];
const soaks: SoakSummary[] = [];
for (const dialect of dialects) {
  if (dialect === "postgres") {
    const why = await postgresUnavailable();
    if (why !== null)
      throw new Error(`PostgreSQL: ${why} (set DUBAN_BENCH_PG, or SOAK_DATABASES=sqlite)`);
  }
  const random = seededRandom(seed);
  for (const kill of KILLS) {
    if (killRuns === 0) break;
    const summary = await withFreshConfig(dialect, (config) =>
      kill({ dialect, config, runs: killRuns, log, random: () => random.next() }),
    );
    kills.push(summary);
    log(
      `${summary.kind} [${dialect}]: ${summary.runs} runs, ${summary.midWrite} killed mid-write, ` +
        `${summary.accepted} accepted, ${summary.failures.length} failures, ${Math.round(summary.ms / 1000)} s`,
    );
  }
  if (soakSeconds > 0) {
    soaks.push(
      await withFreshConfig(dialect, (config) =>
        mixedTraffic({ dialect, config, seconds: soakSeconds, random, log }),
      ),
    );
  }
}

const lines = [
  `Soak of ${started.toISOString()} – ${new Date().toISOString()}, seed ${seed}`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${mib(totalmem())}, Node ${process.version}`,
  "",
  "kind      database  runs  kill mid-write  accepted  failures  time",
  ...kills.map(
    (k) =>
      `${k.kind.padEnd(9)} ${k.dialect.padEnd(9)} ${String(k.runs).padStart(4)}  ${String(k.midWrite).padStart(14)}  ${String(k.accepted).padStart(8)}  ${String(k.failures.length).padStart(8)}  ${(k.ms / 1000).toFixed(0)} s`,
  ),
  ...kills.flatMap((k) => k.failures.slice(0, 20).map((f) => `  ${k.kind} [${k.dialect}] ${f}`)),
  "",
  ...soaks.flatMap((s) => [
    `soak [${s.dialect}]: ${s.seconds} s, ${s.clients} clients, ${s.requests} requests (${Object.entries(
      s.actions,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")})`,
    `  5xx ${s.serverErrors}, unexpected ${s.unexpected}; RSS start ${mib(s.rss.startBytes)}, end ${mib(s.rss.endBytes)}, peak ${mib(s.rss.peakBytes)}, after ${s.warmupSeconds} s warm-up: slope ${mib(s.rss.slopePerMinute)}/min, growth ${mib(s.rss.growthBytes)} (limit ${mib(RSS_GROWTH_LIMIT_BYTES)})`,
    ...s.examples.map((e) => `  ${e}`),
    ...s.failures.map((f) => `  FAILED: ${f}`),
  ]),
];
console.log(lines.join("\n"));
const failed = kills.some((k) => k.failures.length > 0) || soaks.some((s) => s.failures.length > 0);
process.exitCode = failed ? 1 : 0;
