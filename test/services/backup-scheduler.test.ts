import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openDatabase } from "../../src/db/database.js";
import { recentBackupRuns } from "../../src/db/queries/backup-runs.js";
import { acquireLease } from "../../src/db/queries/leases.js";
import { shellActor } from "../../src/policies/actor.js";
import {
  backupTick,
  startBackupScheduler,
  type BackupSchedulerSettings,
} from "../../src/services/backups/backup-scheduler.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "duban-nightly-"));
  dirs.push(dir);
  return dir;
};

/** 01:30 and 02:05 on 11 March 2026 in Shanghai. */
const BEFORE_HOUR = new Date("2026-03-10T17:30:00Z");
const AT_HOUR = new Date("2026-03-10T18:05:00Z");

const settingsFor = (
  directory: string,
  clock: () => Date,
  holder = "instance-a",
  extra: Partial<BackupSchedulerSettings> = {},
): BackupSchedulerSettings => ({
  plan: { enabled: true, hour: 2, keepDays: 3, directory },
  timeZone: "Asia/Shanghai",
  clock,
  intervalMs: 60_000,
  holder,
  leaseMs: 60_000,
  ...extra,
});

const withPlan = async (db: Database): Promise<Database> => {
  await importPlanFile(db, {
    bytes: readFixture("seed-2022-kjj.docx"),
    fileName: "seed-2022-kjj.docx",
    actor: shellActor("cli:test"),
  });
  return db;
};

/** A scratch PostgreSQL database is made and dropped per verification: slow on a busy server. */
const SLOW = 120_000;

describeEachDatabase("the nightly backup", ({ dialect, open }) => {
  const ext = dialect === "sqlite" ? "sqlite" : "pgdump";

  it(
    "takes the night's backup at the hour, verifies and records it, and prunes old nights",
    async () => {
      const db = await withPlan(await open());
      const dir = freshDir();
      const old = `duban-nightly-2026-03-01.${ext}`;
      const recent = `duban-nightly-2026-03-09.${ext}`;
      for (const name of [old, recent, "before-upgrade.sqlite"])
        writeFileSync(join(dir, name), "x");

      let now = BEFORE_HOUR;
      const settings = settingsFor(dir, () => now);
      expect(await backupTick(db, settings)).toEqual({ ran: false, reason: "before_hour" });
      expect(await recentBackupRuns(db.kysely, 10)).toEqual([]);

      now = AT_HOUR;
      const errors: unknown[] = [];
      const scheduler = startBackupScheduler(db, settings, {
        info: () => undefined,
        error: (details) => errors.push(details),
      });
      await scheduler.stop();
      expect(errors).toEqual([]);

      const taken = `duban-nightly-2026-03-11.${ext}`;
      expect(readdirSync(dir).sort()).toEqual(["before-upgrade.sqlite", recent, taken].sort());
      const [run, ...others] = await recentBackupRuns(db.kysely, 10);
      expect(others).toEqual([]);
      expect(run).toMatchObject({
        trigger: "scheduled",
        day: "2026-03-11",
        host: "instance-a",
        file: join(dir, taken),
        outcome: "ok",
        error: null,
        verify_outcome: "ok",
        verify_error: null,
        verify_plans: 1,
        verify_milestones: 38,
        verify_reports: 0,
      });
      expect(run?.bytes).toBeGreaterThan(0);

      // Once a day: later that day it is taken.
      now = new Date("2026-03-11T09:00:00Z");
      expect(await backupTick(db, settings)).toEqual({ ran: false, reason: "taken" });
      if (dialect === "sqlite") {
        // Recorded after the copy: the backup holds no record of itself.
        const copy = new BetterSqlite3(join(dir, taken), { readonly: true });
        expect(copy.prepare("select count(*) from backup_runs").pluck().get()).toBe(0);
        copy.close();
      }
    },
    SLOW,
  );

  it(
    "records a failed night and prunes nothing after it",
    async () => {
      const db = await open();
      const dir = freshDir();
      const old = `duban-nightly-2026-03-01.${ext}`;
      writeFileSync(join(dir, old), "x");
      // The backup cannot be written: the file's directory is a file.
      const blocked = join(dir, "not-a-directory");
      writeFileSync(blocked, "x");
      const outcome = await backupTick(
        db,
        settingsFor(blocked, () => AT_HOUR),
      );
      expect(outcome).toMatchObject({ ran: true, pruned: [] });
      expect(existsSync(join(dir, old))).toBe(true);
      const [run] = await recentBackupRuns(db.kysely, 10);
      expect(run).toMatchObject({ outcome: "failed", verify_outcome: null, bytes: null });
      expect(run?.error).toMatch(/Backup failed/);
      // A failed night counts as the night's run: it is not repeated every minute.
      expect(
        await backupTick(
          db,
          settingsFor(blocked, () => AT_HOUR),
        ),
      ).toMatchObject({
        ran: false,
        reason: "taken",
      });
    },
    SLOW,
  );

  it(
    "leaves the night to a live lease holder, and takes it when the holder died",
    async () => {
      const db = await open();
      const dir = freshDir();
      // Another instance holds the lease until 02:06: it is taking the backup.
      await acquireLease(
        db.kysely,
        "backups",
        "instance-b",
        AT_HOUR.toISOString(),
        "2026-03-10T18:06:00.000Z",
      );
      expect(
        await backupTick(
          db,
          settingsFor(dir, () => AT_HOUR),
        ),
      ).toEqual({
        ran: false,
        reason: "not_holder",
      });
      // It died: no record, and its lease ran out.
      const later = new Date("2026-03-10T18:07:00Z");
      expect(
        await backupTick(
          db,
          settingsFor(dir, () => later),
        ),
      ).toMatchObject({ ran: true });
      expect(await recentBackupRuns(db.kysely, 10)).toHaveLength(1);
    },
    SLOW,
  );

  it.runIf(dialect === "postgres")(
    "with two instances on one database, exactly one takes the night",
    async () => {
      const first = await withPlan(await open());
      const second = openDatabase(first.config);
      const dir = freshDir();
      try {
        const outcomes = await Promise.all([
          backupTick(
            first,
            settingsFor(dir, () => AT_HOUR, "instance-a"),
          ),
          backupTick(
            second,
            settingsFor(dir, () => AT_HOUR, "instance-b"),
          ),
        ]);
        expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
        expect(outcomes.filter((o) => !o.ran)).toEqual([
          { ran: false, reason: expect.stringMatching(/^(not_holder|taken)$/) as unknown },
        ]);
        // Each instance looks again a minute later: the night is taken.
        for (const [db, holder] of [
          [first, "instance-a"],
          [second, "instance-b"],
        ] as const) {
          expect(
            await backupTick(
              db,
              settingsFor(dir, () => new Date(AT_HOUR.getTime() + 60_000), holder),
            ),
          ).toEqual({ ran: false, reason: "taken" });
        }
        expect(await recentBackupRuns(first.kysely, 10)).toHaveLength(1);
        expect(readdirSync(dir)).toEqual(["duban-nightly-2026-03-11.pgdump"]);
      } finally {
        await second.close();
      }
    },
    SLOW,
  );
});
