import { describe, expect, it } from "vitest";
import { settingProblems } from "../../src/config/setting-problems.js";
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
    expect(settingsFromEnv({ DUBAN_LOG_LEVEL: "debug" }).logLevel).toBe("debug");
  });

  it("refuses a short token, saying how long it is but never what it is", () => {
    const short = "hunter2-hunter2";
    expect(() => settingsFromEnv({ DUBAN_METRICS_TOKEN: short })).toThrow(
      "DUBAN_METRICS_TOKEN: DUBAN_METRICS_TOKEN cannot be used: it needs at least 32 characters",
    );
    let said = "";
    try {
      settingsFromEnv({ DUBAN_METRICS_TOKEN: short });
    } catch (error) {
      said = String(error);
    }
    expect(said).not.toContain(short);
    expect(() => settingsFromEnv({ DUBAN_METRICS_TOKEN: `${TOKEN} ${TOKEN}` })).toThrow(
      /may not contain spaces/,
    );
  });

  it("keeps the default for a word it does not know, and config check names the variable", () => {
    const env = { DUBAN_METRICS: "maybe", DUBAN_LOG_LEVEL: "loud" };
    const settings = settingsFromEnv(env);
    expect([settings.metrics.enabled, settings.logLevel]).toEqual([true, "info"]);
    expect(settingProblems(env).map((p) => [p.kind, p.severity, p.subject])).toEqual([
      ["invalid_value", "warning", "DUBAN_METRICS"],
      ["invalid_value", "warning", "DUBAN_LOG_LEVEL"],
    ]);
  });
});
