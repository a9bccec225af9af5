import type { Environment } from "../../config/read-settings.js";
import { readSetting } from "../../config/read-settings.js";

/** Who may read /metrics, and whether it is served at all (README "Metrics and logs"). */
export interface MetricsSettings {
  /** DUBAN_METRICS: off answers /metrics 404, as any unknown path. */
  readonly enabled: boolean;
  /** DUBAN_METRICS_TOKEN: with it, /metrics answers from anywhere to `Authorization: Bearer <token>`. */
  readonly token: string | undefined;
}

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = { enabled: true, token: undefined };

/** DUBAN_METRICS and DUBAN_METRICS_TOKEN, through the registry (src/config/settings.ts). */
export const metricsSettingsFromEnv = (env: Environment): MetricsSettings => ({
  enabled: readSetting(env, "DUBAN_METRICS"),
  token: readSetting(env, "DUBAN_METRICS_TOKEN"),
});
