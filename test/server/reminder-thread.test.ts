import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { expect, it, vi } from "vitest";
import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { buildApp } from "../../src/server/build-app.js";
import { officeClock } from "../../src/services/office-clock.js";
import type { SchedulerSettings } from "../../src/services/reminders/reminder-scheduler.js";
import {
  KEEP_THREAD_BELOW_MS,
  startReminderThread,
  threadRunner,
} from "../../src/services/reminders/reminder-thread.js";
import { describeEachDatabase, freshConfig } from "../support/databases.js";

const settings: SchedulerSettings = {
  intervalMs: 60_000,
  sendHour: 9,
  // 10:00 in Shanghai: past the sending hour, so a tick that holds the lease runs.
  office: officeClock("Asia/Shanghai", () => new Date("2022-06-15T02:00:00Z")),
  holder: "thread-test",
  publicUrl: undefined,
  delivery: { timeoutMs: 5_000 },
};

/** A thread loads its modules anew (from source under vitest): it takes a few seconds to start. */
const STARTING = { timeout: 20_000, interval: 50 };

const recordingLog = () => {
  const lines: { level: "info" | "error"; text: string; details: object }[] = [];
  return {
    lines,
    info: (details: object, text: string) => lines.push({ level: "info", text, details }),
    error: (details: object, text: string) => lines.push({ level: "error", text, details }),
  };
};

/**
 * Another connection holding what the run's first write (taking the lease)
 * needs: on SQLite the write lock, which blocks the waiting thread itself;
 * on PostgreSQL the leases table. `waiting` says when the run waits for it.
 */
const holdLeaseTable = async (
  db: Database,
): Promise<{ waiting: () => Promise<boolean>; release: () => Promise<void> }> => {
  if (db.dialect === "sqlite") {
    const other = new BetterSqlite3(db.config.file);
    other.exec("begin immediate");
    return {
      // SQLite shows no waiter; the assertions below hold whenever the run starts.
      waiting: () => Promise.resolve(true),
      release: () => {
        other.exec("rollback");
        other.close();
        return Promise.resolve();
      },
    };
  }
  const other = new pg.Client({
    connectionString: db.config.url,
    options: `-c search_path=${db.config.schema ?? "public"}`,
  });
  await other.connect();
  await other.query("begin");
  await other.query("lock table leases in access exclusive mode");
  return {
    waiting: async () => {
      const { rows } = await other.query<{ n: string }>(
        "select count(*) as n from pg_locks where not granted and relation = 'leases'::regclass",
      );
      return Number(rows[0]?.n) > 0;
    },
    release: async () => {
      await other.query("rollback");
      await other.end();
    },
  };
};

describeEachDatabase("the reminder run in a worker thread", ({ open }) => {
  it("leaves the server answering while a run is under way", async () => {
    const db = await open();
    const app = await buildApp({ db });
    const log = recordingLog();
    const held = await holdLeaseTable(db);
    const scheduler = startReminderThread(db, settings, log);
    try {
      await vi.waitFor(async () => {
        expect(await held.waiting()).toBe(true);
      }, STARTING);
      const health = await app.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(200);
      // Answered while the run still waits: on the server's thread, SQLite's wait for
      // the lock would have held the request until the run had failed.
      expect(log.lines).toEqual([]);
    } finally {
      await held.release();
    }
    await vi.waitFor(() => {
      expect(log.lines.map((l) => l.text)).toEqual(["reminder run"]);
    }, STARTING);
    await scheduler.stop();
    await app.close();
  });

  it("logs a failed run and stops cleanly", async () => {
    // A database without its tables: the run fails in the thread.
    const { config, dispose } = await freshConfig((await open()).dialect);
    const bare = openDatabase(config satisfies DatabaseConfig);
    const log = recordingLog();
    const scheduler = startReminderThread(bare, settings, log);
    try {
      await vi.waitFor(() => {
        expect(log.lines.map((l) => `${l.level} ${l.text}`)).toContain("error reminder run failed");
      }, STARTING);
    } finally {
      await scheduler.stop();
      await bare.close();
      await dispose();
    }
  });

  const leaseHolder = async (db: Database): Promise<string | undefined> =>
    (await db.kysely.selectFrom("leases").select("holder").executeTakeFirst())?.holder;

  it("ends the thread with its tick when ticks are minutes apart, keeping the lease till the stop", async () => {
    const db = await open();
    expect(settings.intervalMs).toBeGreaterThanOrEqual(KEEP_THREAD_BELOW_MS);
    const runner = threadRunner(db, settings);
    expect(await runner.tick()).toMatchObject({ ran: true });
    // The run's heap goes with its thread: nothing of it waits the minutes to the next tick.
    expect(runner.threadAlive()).toBe(false);
    expect(await leaseHolder(db)).toBe(settings.holder);
    expect(await runner.tick()).toMatchObject({ ran: true });
    await runner.close();
    expect(await leaseHolder(db)).toBeUndefined();
  });

  it("keeps one thread between ticks that come often", async () => {
    const db = await open();
    const runner = threadRunner(db, { ...settings, intervalMs: 1_000 });
    expect(await runner.tick()).toMatchObject({ ran: true });
    expect(runner.threadAlive()).toBe(true);
    await runner.close();
    expect(runner.threadAlive()).toBe(false);
    expect(await leaseHolder(db)).toBeUndefined();
  });
});
