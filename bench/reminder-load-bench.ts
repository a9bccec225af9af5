import { openDatabase } from "../src/db/database.js";
import type { DatabaseConfig } from "../src/db/config.js";
import { postgresUnavailable, withFreshConfig, type BenchDialect } from "./bench-database.js";
import type { BenchGroup, BenchRow } from "./bench-group.js";
import {
  checkBuild,
  chooseScenario,
  latencyText,
  load,
  prepareDatabase,
  ratioText,
  startDuban,
  type Load,
} from "./http-bench.js";
import { MASTER_SIZES, type MasterSize } from "./master-files.js";
import { DIALECT_NAMES, masterBytes } from "./store-bench.js";

/**
 * The unit's list under load while the server's reminder job runs: the
 * same list as the HTTP group's, loaded once on a server with the job off
 * and once on one whose job runs every second from its start (a run rates
 * every milestone of every plan; the first also records every reminder and
 * escalation), in its worker thread. The plan's size is
 * DUBAN_BENCH_REMINDER_MASTER (a master size: city by default).
 */

const DIALECTS: readonly BenchDialect[] = ["sqlite", "postgres"];
/** The limit: the list's p99 during the run within 1.5 × its p99 without it. */
const MAX_SLOWDOWN = 1.5;

const masterSize = (): MasterSize => {
  const asked = process.env.DUBAN_BENCH_REMINDER_MASTER ?? "city";
  if (!Object.hasOwn(MASTER_SIZES, asked)) {
    throw new Error(
      `DUBAN_BENCH_REMINDER_MASTER must be one of ${Object.keys(MASTER_SIZES).join(", ")}, not "${asked}"`,
    );
  }
  return asked as MasterSize;
};

/** The job at every second, whatever the hour; the server's clock is today's, past every deadline. */
const JOB_ON = {
  DUBAN_REMINDERS: "on",
  DUBAN_REMINDER_INTERVAL_SECONDS: "1",
  DUBAN_REMINDER_HOUR: "0",
};
const JOB_OFF = { DUBAN_REMINDERS: "off" };

const listLoad = async (
  config: DatabaseConfig,
  planId: number,
  plan: Parameters<typeof chooseScenario>[2],
  env: NodeJS.ProcessEnv,
): Promise<Load> => {
  const duban = await startDuban(config, env);
  try {
    const scenario = await chooseScenario(duban.url, planId, plan);
    return await load(duban, scenario.listPath, scenario.headers);
  } finally {
    await duban.stop();
  }
};

/** How many reminders the job recorded: none would mean it never ran during the load. */
const recordedReminders = async (config: DatabaseConfig): Promise<number> => {
  const db = openDatabase(config);
  try {
    const row = await db.kysely
      .selectFrom("reminder_items")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  } finally {
    await db.close();
  }
};

const runDialect = (dialect: BenchDialect, size: MasterSize): Promise<BenchRow> =>
  withFreshConfig(dialect, async (config) => {
    const name = DIALECT_NAMES[dialect];
    console.error(`reminder-load: import the ${size} master into ${name}`);
    const { planId, plan } = await prepareDatabase(config, await masterBytes(size), size);
    console.error(`reminder-load: ${name}: the list without the job, then with it`);
    const without = await listLoad(config, planId, plan, JOB_OFF);
    const during = await listLoad(config, planId, plan, JOB_ON);
    const reminders = await recordedReminders(config);
    if (reminders === 0) throw new Error("reminder-load: the job recorded no reminder");
    const slowdown = during.p99 / Math.max(1, without.p99);
    return {
      cells: [
        name,
        MASTER_SIZES[size].milestones.toLocaleString("en-US"),
        String(reminders),
        latencyText(without.p99),
        latencyText(during.p99),
        ratioText(slowdown),
        without.rps.toFixed(0),
        during.rps.toFixed(0),
      ],
      verdict: { target: `≤ ${MAX_SLOWDOWN} × p99`, pass: slowdown <= MAX_SLOWDOWN },
    };
  });

export const reminderLoadGroup = async (): Promise<BenchGroup> => {
  await checkBuild();
  const size = masterSize();
  const pgReason = await postgresUnavailable();
  const rows: BenchRow[] = [];
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && pgReason !== null) {
      console.error(`reminder-load: PostgreSQL not run: ${pgReason}`);
      continue;
    }
    rows.push(await runDialect(dialect, size));
  }
  return {
    title: "List load during the reminder run (duban serve)",
    method:
      `The ${size} master imported as in the HTTP group; the same unit's list (one status, page ` +
      "of 50, 30 June) loaded the same way (autocannon in this process, 10 connections, warm-up, " +
      "then measured) against `duban serve` twice: with the reminder job off, then with the job " +
      "running every second from the start (DUBAN_REMINDER_INTERVAL_SECONDS=1, " +
      "DUBAN_REMINDER_HOUR=0) in its worker thread, so that runs overlap the whole load. " +
      "reminders: the items the job recorded (it ran). × is p99 during over p99 without " +
      "(1 ms resolution; a p99 under 1 ms counts as 1 ms). DUBAN_BENCH_REMINDER_MASTER sets " +
      "the plan's size.",
    columns: [
      "database",
      "milestones",
      "reminders",
      "p99 without",
      "p99 during",
      "×",
      "req/s without",
      "req/s during",
    ],
    rows,
  };
};
