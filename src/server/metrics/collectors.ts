import type { Registry } from "prom-client";
import type { RouteDeps } from "../routes/route-deps.js";
import { backupMetrics } from "./backup-metrics.js";
import { planLightMetrics } from "./plan-light-metrics.js";
import { reminderMetrics } from "./reminder-metrics.js";

/**
 * Series read at scrape time: a collector registers its gauges on the app's registry, each
 * with a collect() that reads what it reports (through a service, cached as it needs).
 */
export type MetricsCollector = (registry: Registry, deps: RouteDeps) => void;

/**
 * The registration point of /metrics: an area that has something to report (the scheduled
 * backups, say) adds its collector here, and nothing else changes.
 */
export const METRIC_COLLECTORS: readonly MetricsCollector[] = [
  planLightMetrics,
  reminderMetrics,
  backupMetrics,
];
