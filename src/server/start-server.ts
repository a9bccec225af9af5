import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import type { FastifyInstance } from "fastify";
import type { DatabaseConfig } from "../db/config.js";
import { openDatabase, type Database } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { buildApp } from "./build-app.js";
import { loggerOptions } from "./logging.js";
import { countReminderRun } from "./metrics/process-metrics.js";
import { DOCS_PREFIX } from "./security-headers.js";
import { bootstrapAdministrator } from "../services/bootstrap-administrator.js";
import type {
  RunningScheduler,
  SchedulerSettings,
} from "../services/reminders/reminder-scheduler.js";
import { startReminderThread } from "../services/reminders/reminder-thread.js";
import {
  startHousekeeping,
  type RunningHousekeeping,
} from "../services/housekeeping/housekeeping.js";
import { backupPlanOf } from "../services/backups/backup-plan.js";
import {
  startBackupScheduler,
  type RunningBackupScheduler,
} from "../services/backups/backup-scheduler.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../services/demo/demo-accounts.js";
import { claimEmptyDatabaseForDemo } from "../services/demo/demo-database.js";
import { DEMO_AS_OF } from "../services/demo/demo-script.js";
import { seedDemo } from "../services/demo/seed-demo.js";
import { officeClockOf, type OfficeClock } from "../services/office-clock.js";
import {
  DEFAULT_SERVER_SETTINGS,
  deliveryOptionsOf,
  type ServerSettings,
} from "./server-settings.js";

export interface StartServerOptions {
  readonly config: DatabaseConfig;
  readonly host: string;
  /** 0 lets the system choose; the line printed names the real port. */
  readonly port: number;
  /** Seed a database with no plan with the demo: the reference plan, its people, a played half-year. */
  readonly demo: boolean;
  readonly out?: { write(text: string): unknown };
  readonly settings?: ServerSettings;
  /** The first administrator's password (DUBAN_ADMIN_PASSWORD); generated and printed when absent. */
  readonly adminPassword?: string;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Settles once the server has stopped (a signal or `stop()`) and the database is closed. */
  readonly stopped: Promise<void>;
  stop(): Promise<void>;
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/** This instance's name in leases and records. */
const instanceName = (): string => `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

const schedulerSettings = (settings: ServerSettings, office: OfficeClock): SchedulerSettings => ({
  intervalMs: settings.reminders.intervalSeconds * 1000,
  sendHour: settings.reminders.sendHour,
  office,
  holder: instanceName(),
  delivery: deliveryOptionsOf(settings.reminders),
  publicUrl: settings.publicUrl,
});

/** How often an instance asks whether the night's backup is due, and how long its lease lasts. */
const BACKUP_TICK_MS = 60_000;
const BACKUP_LEASE_MS = 10 * 60_000;

const startBackups = (
  db: Database,
  settings: ServerSettings,
  holder: string,
  log: FastifyInstance["log"],
  out: { write(text: string): unknown },
): RunningBackupScheduler | undefined => {
  if (!settings.backups.enabled) return undefined;
  const plan = backupPlanOf(settings.backups, db.config);
  if (plan.directory === null) {
    out.write(
      "定时备份未开启：PostgreSQL 需设置 DUBAN_BACKUP_DIR。 Scheduled backups are off: set DUBAN_BACKUP_DIR (PostgreSQL)\n",
    );
    return undefined;
  }
  return startBackupScheduler(
    db,
    {
      plan: { ...plan, directory: plan.directory },
      timeZone: settings.timeZone,
      // The wall clock, not demo time: a night is a real night.
      clock: settings.clock,
      intervalMs: BACKUP_TICK_MS,
      holder,
      leaseMs: BACKUP_LEASE_MS,
      ...(settings.backups.pgBin === undefined ? {} : { binDir: settings.backups.pgBin }),
    },
    log,
  );
};

const administratorLine = (username: string, generated: string | null): string =>
  generated === null
    ? `已创建管理员 created the administrator "${username}" (password from DUBAN_ADMIN_PASSWORD)\n`
    : `已创建管理员 created the administrator "${username}" with the password ${generated}\n` +
      "  请登录后立即修改密码；此密码不会再次显示。 Change it after logging in; it is not shown again.\n";

const demoLines = (planId: number): string =>
  `已载入演示数据 loaded the demo: plan #${planId} played up to ${DEMO_AS_OF}, the server's clock runs in demo time\n` +
  `  演示账号 demo accounts, all with the password ${DEMO_PASSWORD}:\n` +
  DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(12)} ${a.unit} ${a.role}\n`).join("");

const urlOf = (app: FastifyInstance): string => {
  const { address, port } = app.server.address() as AddressInfo;
  return `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
};

/**
 * Opens and migrates the database, seeds the demo into an empty one when
 * asked (a database holding the demo runs in demo time), and listens.
 * SIGINT or SIGTERM stops it gracefully: Fastify finishes the requests in
 * flight, then the database closes, so a write is never cut off.
 */
export const startServer = async (options: StartServerOptions): Promise<RunningServer> => {
  const out = options.out ?? process.stdout;
  const db = openDatabase(options.config);
  let app: FastifyInstance;
  let scheduler: RunningScheduler | undefined;
  let housekeeping: RunningHousekeeping;
  let backups: RunningBackupScheduler | undefined;
  try {
    await migrateToLatest(db);
    const settings = options.settings ?? DEFAULT_SERVER_SETTINGS;
    const seeding = options.demo && (await claimEmptyDatabaseForDemo(db, settings.clock()));
    // A database holding the demo runs in demo time, whoever seeded it and whatever --demo says.
    const office = await officeClockOf(db, settings.timeZone, settings.clock);
    const bootstrap = await bootstrapAdministrator(db, options.adminPassword, office.now());
    if (bootstrap.created)
      out.write(administratorLine(bootstrap.username, bootstrap.generatedPassword));
    // After the administrator: bootstrapping is for a database without users.
    if (seeding) out.write(demoLines(await seedDemo(db)));
    app = await buildApp({ db, logger: loggerOptions(settings.logLevel), settings, office });
    await app.listen({ host: options.host, port: options.port });
    scheduler = settings.reminders.enabled
      ? startReminderThread(db, schedulerSettings(settings, office), app.log, countReminderRun)
      : undefined;
    housekeeping = startHousekeeping(
      db,
      { retentionDays: settings.auth.signInLogRetentionDays, clock: office.now },
      app.log,
    );
    backups = startBackups(db, settings, instanceName(), app.log, out);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
      try {
        housekeeping.stop();
        await scheduler?.stop();
        await backups?.stop();
        await app.close();
      } finally {
        await db.close();
      }
    })();
    return stopping;
  };
  // `stopped` carries a failure to close to whoever waits on it (the command).
  const onSignal = (): void => {
    stop().catch(() => undefined);
  };
  for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  const stopped = new Promise<void>((resolve, reject) => {
    // Whoever closes the server (a signal, stop(), a test's app.close()), the database follows.
    app.server.once("close", () => {
      stop().then(resolve, reject);
    });
  });

  const url = urlOf(app);
  out.write(`Duban 督办 listening on ${url}\nAPI docs: ${url}${DOCS_PREFIX}\n`);
  return { app, url, stopped, stop };
};
