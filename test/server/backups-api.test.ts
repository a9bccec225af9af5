import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { backupTick } from "../../src/services/backups/backup-scheduler.js";
import { describeEachDatabaseWorld, errorOf } from "../support/http-session.js";

const dir = mkdtempSync(join(tmpdir(), "duban-backups-api-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describeEachDatabaseWorld(
  "GET /api/admin/backups",
  {
    accounts: ["supervisor", "leader"],
    settings: {
      backups: { enabled: true, hour: 3, keepDays: 7, directory: dir, pgBin: undefined },
    },
  },
  ({ dialect, world }) => {
    it("is the administrator's alone", async () => {
      for (const who of ["supervisor", "leader"] as const) {
        const refused = await world().client(who).call("GET", "/api/admin/backups");
        expect(refused.statusCode).toBe(403);
        expect(errorOf(refused).code).toBe("auth.forbidden");
      }
      const anonymous = await world().app.inject({ method: "GET", url: "/api/admin/backups" });
      expect(anonymous.statusCode).toBe(401);
    });

    it("shows the schedule and the runs, newest first, with their verification", async () => {
      const w = world();
      const empty = await w.admin.call("GET", "/api/admin/backups");
      expect(empty.statusCode, empty.body).toBe(200);
      expect(empty.json()).toEqual({
        schedule: {
          enabled: true,
          hour: 3,
          keepDays: 7,
          directory: dir,
          timeZone: "Asia/Shanghai",
        },
        runs: [],
      });

      const outcome = await backupTick(w.db, {
        plan: { enabled: true, hour: 3, keepDays: 7, directory: dir },
        timeZone: "Asia/Shanghai",
        clock: () => new Date("2026-03-10T20:00:00Z"),
        intervalMs: 60_000,
        holder: "test-host:1",
        leaseMs: 60_000,
      });
      expect(outcome.ran).toBe(true);
      const listed = await w.admin.call("GET", "/api/admin/backups");
      const [run] = listed.json<{ runs: unknown[] }>().runs;
      expect(run).toMatchObject({
        trigger: "scheduled",
        day: "2026-03-11",
        host: "test-host:1",
        file: join(dir, `duban-nightly-2026-03-11.${dialect === "sqlite" ? "sqlite" : "pgdump"}`),
        outcome: "ok",
        error: null,
        verification: {
          outcome: "ok",
          error: null,
          counts: { plans: 1, milestones: 38, reports: 0 },
        },
      });
      // A scratch PostgreSQL database is made and dropped to verify: slow on a busy server.
    }, 120_000);
  },
);
