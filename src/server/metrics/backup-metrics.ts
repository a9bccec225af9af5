import { Gauge, type Registry } from "prom-client";
import { backupHealth } from "../../services/backups/backup-health.js";
import type { RouteDeps } from "../routes/route-deps.js";
import { cachedFor } from "./cached-for.js";
import { unixSeconds } from "./unix-seconds.js";

/** Backups run once a night (or by hand): a scrape a minute need not read them each time. */
const BACKUP_TTL_MS = 15_000;

/** 1 for a success, 0 for a failure, -1 before the first: an alert fires on 0. */
const outcome = (mark: { readonly ok: boolean } | null): number =>
  mark === null ? -1 : mark.ok ? 1 : 0;

/** Backups as backup_runs records them, the same for every instance and across restarts. */
export const backupMetrics = (registry: Registry, { db }: RouteDeps): void => {
  const health = cachedFor(BACKUP_TTL_MS, () => backupHealth(db));
  new Gauge({
    name: "duban_backup_last_success_timestamp_seconds",
    help: "When the newest successful backup finished (Unix time); 0 before the first",
    registers: [registry],
    async collect() {
      this.set(unixSeconds((await health()).lastOkAt));
    },
  });
  new Gauge({
    name: "duban_backup_last_run_success",
    help: "Whether the newest backup run succeeded: 1 yes, 0 no, -1 before the first",
    registers: [registry],
    async collect() {
      this.set(outcome((await health()).lastRun));
    },
  });
  new Gauge({
    name: "duban_backup_last_verified_timestamp_seconds",
    help: "When a backup was last restored into a scratch database and checked (Unix time); 0 before the first",
    registers: [registry],
    async collect() {
      this.set(unixSeconds((await health()).lastVerified?.at ?? null));
    },
  });
  new Gauge({
    name: "duban_backup_last_verification_success",
    help: "Whether the newest verification passed duban check: 1 yes, 0 no, -1 before the first",
    registers: [registry],
    async collect() {
      this.set(outcome((await health()).lastVerified));
    },
  });
};
