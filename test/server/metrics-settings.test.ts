import { describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/server/server-settings.js";

const TOKEN = "f3a9c2e1b7d4a6c8e0f2b4d6a8c0e2f4";

describe("metrics and log settings from the environment", () => {
  it("serves /metrics to this machine alone and logs at info unless told otherwise", () => {
    const settings = settingsFromEnv({});
    expect(settings.metrics).toEqual({ enabled: true, token: undefined });
    expect(settings.logLevel).toBe("info");
  });

  it("turns /metrics off with DUBAN_METRICS=0 (or off) and takes a long token", () => {
    expect(settingsFromEnv({ DUBAN_METRICS: "0" }).metrics.enabled).toBe(false);
    expect(settingsFromEnv({ DUBAN_METRICS: "off" }).metrics.enabled).toBe(false);
    expect(settingsFromEnv({ DUBAN_METRICS: "1" }).metrics.enabled).toBe(true);
    expect(settingsFromEnv({ DUBAN_METRICS_TOKEN: TOKEN }).metrics.token).toBe(TOKEN);
    expect(settingsFromEnv({ DUBAN_LOG_LEVEL: "Debug" }).logLevel).toBe("debug");
  });

  it("refuses a short token, saying how long it is but never what it is", () => {
    const short = "hunter2-hunter2";
    expect(() => settingsFromEnv({ DUBAN_METRICS_TOKEN: short })).toThrow(
      "DUBAN_METRICS_TOKEN must be at least 32 characters without spaces (it has 15); make one with: openssl rand -hex 32",
    );
    let said = "";
    try {
      settingsFromEnv({ DUBAN_METRICS_TOKEN: short });
    } catch (error) {
      said = String(error);
    }
    expect(said).not.toContain(short);
    expect(() => settingsFromEnv({ DUBAN_METRICS_TOKEN: `${TOKEN} ${TOKEN}` })).toThrow(
      /without spaces/,
    );
  });

  it("names the variable and what it takes for a value it does not know", () => {
    expect(() => settingsFromEnv({ DUBAN_METRICS: "maybe" })).toThrow(
      'DUBAN_METRICS must be 1 (on) or 0 (off), not "maybe"',
    );
    expect(() => settingsFromEnv({ DUBAN_LOG_LEVEL: "loud" })).toThrow(
      'DUBAN_LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, not "loud"',
    );
  });
});
