import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/server/build-app.js";
import { takeBackupRun } from "../../src/services/backups/backup-run.js";
import { describeEachDatabase } from "../support/databases.js";
import { worldFor } from "../support/http-session.js";
import { readScrape, type Scrape } from "../support/prometheus-text.js";

/**
 * The backup series come from backup_runs: what any instance (or `duban backup`) recorded
 * is what every instance reports, a failure included.
 */
describeEachDatabase("backup series on /metrics", ({ open }) => {
  it("report the newest run, the last success and the last verification as recorded", async () => {
    const world = await worldFor(open, { accounts: [] });
    const dir = mkdtempSync(join(tmpdir(), "duban-metrics-backups-"));
    onTestFinished(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    // A fresh app per scrape: an app reads the table at most every 15 s.
    const scrape = async (): Promise<Scrape> => {
      const app = await buildApp({ db: world.db, settings: world.settings });
      try {
        const response = await app.inject({ method: "GET", url: "/metrics" });
        expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
        return readScrape(response.body);
      } finally {
        await app.close();
      }
    };
    const run = (file: string, at: string) =>
      takeBackupRun(world.db, {
        trigger: "manual",
        file,
        force: false,
        verify: true,
        day: "2026-12-06",
        host: "test:1",
        clock: () => new Date(at),
      });

    const none = await scrape();
    expect(none.value("duban_backup_last_run_success")).toBe(-1);
    expect(none.value("duban_backup_last_success_timestamp_seconds")).toBe(0);
    expect(none.value("duban_backup_last_verified_timestamp_seconds")).toBe(0);
    expect(none.value("duban_backup_last_verification_success")).toBe(-1);

    const good = await run(join(dir, "good.backup"), "2026-12-06T18:00:00Z");
    expect("bytes" in good.backup).toBe(true);
    const taken = await scrape();
    const at = new Date("2026-12-06T18:00:00Z").getTime() / 1000;
    expect(taken.value("duban_backup_last_run_success")).toBe(1);
    expect(taken.value("duban_backup_last_success_timestamp_seconds")).toBe(at);
    expect(taken.value("duban_backup_last_verified_timestamp_seconds")).toBe(at);
    expect(taken.value("duban_backup_last_verification_success")).toBe(1);

    // A file where the directory should be: the next run fails, the last success stands.
    writeFileSync(join(dir, "not-a-directory"), "");
    const bad = await run(join(dir, "not-a-directory", "bad.backup"), "2026-12-07T18:00:00Z");
    expect("error" in bad.backup).toBe(true);
    const failed = await scrape();
    expect(failed.value("duban_backup_last_run_success")).toBe(0);
    expect(failed.value("duban_backup_last_success_timestamp_seconds")).toBe(at);
    expect(failed.value("duban_backup_last_verification_success")).toBe(1);
  }, 180_000);
});
