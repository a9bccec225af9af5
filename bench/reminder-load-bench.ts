import { openDatabase } from "../src/db/database.js";
import type { DatabaseConfig } from "../src/db/config.js";
import { postgresUnavailable, withFreshConfig, type BenchDialect } from "./bench-database.js";
import type { BenchGroup, BenchRow } from "./bench-group.js";
import {
  checkBuild,
  chooseScenario,
  latencyText,
  load,
  ratioText,
  startDuban,
  type Load,
} from "./http-bench.js";
import type { ProvinceData } from "./province.js";
import { askedSizes, DIALECTS, generateSize, type ScaleSize } from "./scale-bench.js";
import { DIALECT_NAMES } from "./store-bench.js";

/**
 * The unit's list under load while the server's reminder job runs, on the
 * generated city and province with their year of workflow (province.ts, the
 * scale group's data): the list loaded once on a server with the job off
 * and once on one whose job runs every second from its start, in its worker
 * thread. The server's day is today, past the generated year: every open
 * milestone is overdue, so the job's first run records a reminder and an
 * escalation for each (its heaviest run), and every run rates the whole plan.
 * The list is asked as of the server's day too, the everyday path; a list
 * as of a day in the generated year would fold the ledger as soon as the
 * job's first escalation, dated today, is written.
 */

/** The limit: the list's p99 during the run within 1.5 × its p99 without it. */
const MAX_SLOWDOWN = 1.5;

/** The job at every second, whatever the hour. */
const JOB_ON = {
  DUBAN_REMINDERS: "on",
  DUBAN_REMINDER_INTERVAL_SECONDS: "1",
  DUBAN_REMINDER_HOUR: "0",
};
const JOB_OFF = { DUBAN_REMINDERS: "off" };

const generate = async (config: DatabaseConfig, size: ScaleSize): Promise<ProvinceData> => {
  const db = openDatabase(config);
  try {
    return (await generateSize(db, size)).data;
  } finally {
    await db.close();
  }
};

const listLoad = async (
  config: DatabaseConfig,
  data: ProvinceData,
  env: NodeJS.ProcessEnv,
): Promise<Load> => {
  const duban = await startDuban(config, env);
  try {
    const scenario = await chooseScenario(duban.url, data.planId, data.plan, null);
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

const runDialect = (dialect: BenchDialect, size: ScaleSize): Promise<BenchRow> =>
  withFreshConfig(dialect, async (config) => {
    const name = DIALECT_NAMES[dialect];
    console.error(`reminder-load: generate the ${size} in ${name}`);
    const data = await generate(config, size);
    console.error(`reminder-load: ${size}, ${name}: the list without the job, then with it`);
    const without = await listLoad(config, data, JOB_OFF);
    const during = await listLoad(config, data, JOB_ON);
    const reminders = await recordedReminders(config);
    if (reminders === 0) throw new Error("reminder-load: the job recorded no reminder");
    const slowdown = during.p99 / Math.max(1, without.p99);
    return {
      cells: [
        name,
        size,
        data.milestones.toLocaleString("en-US"),
        reminders.toLocaleString("en-US"),
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
  const pgReason = await postgresUnavailable();
  const rows: BenchRow[] = [];
  for (const size of askedSizes()) {
    for (const dialect of DIALECTS) {
      if (dialect === "postgres" && pgReason !== null) {
        console.error(`reminder-load: PostgreSQL not run: ${pgReason}`);
        continue;
      }
      rows.push(await runDialect(dialect, size));
    }
  }
  return {
    title: "List load during the reminder run (duban serve)",
    method:
      "The city and the province as the scale group generates them (bench/province.ts, a year " +
      "of workflow); the same unit's list as in the HTTP group (one status, page of 50), asked " +
      "as of the server's day (today, past the generated year: every open milestone is " +
      "overdue), loaded the same way (autocannon in this process, 10 connections, warm-up, " +
      "then measured) against `duban serve` twice: with the reminder job off, then with the job " +
      "running every second from the start (DUBAN_REMINDER_INTERVAL_SECONDS=1, " +
      "DUBAN_REMINDER_HOUR=0) in its worker thread, so that runs overlap the whole load: the " +
      "first run records a reminder and an escalation for every overdue milestone, every run " +
      "rates the whole plan. reminders: the items the job recorded (it ran). × is p99 during " +
      "over p99 without (1 ms resolution; a p99 under 1 ms counts as 1 ms). " +
      "DUBAN_BENCH_SIZES=city (or province) runs one size. The load generator, the server's " +
      "two threads and PostgreSQL share the machine's cores.",
    columns: [
      "database",
      "size",
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
