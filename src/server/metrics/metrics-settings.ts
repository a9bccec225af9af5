/** Who may read /metrics, and whether it is served at all (README "Metrics and logs"). */
export interface MetricsSettings {
  /** DUBAN_METRICS: off answers /metrics 404, as any unknown path. */
  readonly enabled: boolean;
  /** DUBAN_METRICS_TOKEN: with it, /metrics answers from anywhere to `Authorization: Bearer <token>`. */
  readonly token: string | undefined;
}

/**
 * A token a scraper sends in every request, possibly across a network: long enough that
 * guessing it is hopeless (`openssl rand -hex 32` gives 64 characters).
 */
export const MIN_METRICS_TOKEN_LENGTH = 32;

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = { enabled: true, token: undefined };

const SWITCH: Readonly<Record<string, boolean>> = {
  "1": true,
  on: true,
  true: true,
  "0": false,
  off: false,
  false: false,
};

/** DUBAN_METRICS and DUBAN_METRICS_TOKEN, each refused with how to fix it. */
export const metricsSettingsFromEnv = (env: NodeJS.ProcessEnv): MetricsSettings => {
  const raw = env.DUBAN_METRICS?.trim().toLowerCase() ?? "";
  const enabled = raw === "" ? true : SWITCH[raw];
  if (enabled === undefined) {
    throw new Error(`DUBAN_METRICS must be 1 (on) or 0 (off), not "${env.DUBAN_METRICS ?? ""}"`);
  }
  const token = env.DUBAN_METRICS_TOKEN ?? "";
  if (token === "") return { enabled, token: undefined };
  if (token.length < MIN_METRICS_TOKEN_LENGTH || /\s/.test(token)) {
    // Its length only: the value itself is a secret and stays out of every message.
    throw new Error(
      `DUBAN_METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters without spaces ` +
        `(it has ${token.length}); make one with: openssl rand -hex 32`,
    );
  }
  return { enabled, token };
};
