import { resolve } from "node:path";
import type { DeliveryOptions } from "../channels/channel.js";
import {
  DEFAULT_DESTINATIONS,
  destinationsFromEnv,
  type DestinationPolicy,
} from "../channels/destinations.js";
import { smtpSettingsFromEnv, type SmtpSettings } from "../channels/email.js";
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from "../services/auth/auth-settings.js";
import { DEFAULT_OFFICE_TIME_ZONE, officeTimeZoneFromEnv } from "../services/office-clock.js";
import type { EvidenceLimits } from "../services/workflow/evidence.js";
import { DEFAULT_LOG_LEVEL, logLevelFromEnv, type LogLevel } from "./logging.js";
import {
  DEFAULT_METRICS_SETTINGS,
  metricsSettingsFromEnv,
  type MetricsSettings,
} from "./metrics/metrics-settings.js";

/** The reminder scheduler of this instance (only the lease holder sends). */
export interface ReminderSettings {
  readonly enabled: boolean;
  readonly intervalSeconds: number;
  /** Office hour from which a day's reminders go out. */
  readonly sendHour: number;
  /** The time one delivery may take, whatever the channel. */
  readonly timeoutMs: number;
  /** Where e-mail goes out; without it e-mail contacts fail (and say so). */
  readonly smtp: SmtpSettings | undefined;
  /** Where webhooks and robots may point: public addresses and DUBAN_WEBHOOK_ALLOW_HOSTS. */
  readonly destinations: DestinationPolicy;
}

/** How one delivery goes out under these settings, for reminders and distributions alike. */
export const deliveryOptionsOf = (reminders: ReminderSettings): Omit<DeliveryOptions, "now"> => ({
  timeoutMs: reminders.timeoutMs,
  destinations: reminders.destinations,
  ...(reminders.smtp === undefined ? {} : { smtp: reminders.smtp }),
});

/** The nightly backup (services/backups): README "Backup and restore". */
export interface BackupSettings {
  readonly enabled: boolean;
  /** Office hour (0–23) from which the day's backup is taken. */
  readonly hour: number;
  /** Days of nightly backups kept, today's included; 0 keeps all. */
  readonly keepDays: number;
  /** DUBAN_BACKUP_DIR; without it SQLite's go to `backups/` beside the data file, PostgreSQL's are off. */
  readonly directory: string | undefined;
  /** DUBAN_PG_BIN: where pg_dump and pg_restore are, when not on PATH. */
  readonly pgBin: string | undefined;
}

/** What an operator can tune; README "Configuration" lists the environment variables. */
export interface ServerSettings {
  readonly auth: AuthSettings;
  /** Requests per minute from one address, per instance; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  /**
   * Requests per minute to the public link routes (/api/link/…), per instance: through one
   * link, and from one address to any link; 0 turns either off.
   */
  readonly linkRateLimit: { readonly perLink: number; readonly perAddress: number };
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto for the client address and TLS. */
  readonly trustProxy: boolean;
  /** Where "today" is: the day a status is computed for when none is asked. */
  readonly timeZone: string;
  /** The time; tests move it to expire sessions. */
  readonly clock: () => Date;
  readonly reminders: ReminderSettings;
  readonly backups: BackupSettings;
  readonly evidence: EvidenceLimits;
  /**
   * Where people open the web app (https://duban.example.gov.cn), for the links that leave
   * the browser: messages tell people to open Duban and carry no link without it; calendar
   * feeds use the address each request came to.
   */
  readonly publicUrl: string | undefined;
  /** /metrics: served or not, and who may read it. */
  readonly metrics: MetricsSettings;
  /** The least level logged (DUBAN_LOG_LEVEL). */
  readonly logLevel: LogLevel;
}

const MiB = 1024 * 1024;

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  auth: DEFAULT_AUTH_SETTINGS,
  rateLimitPerMinute: 1200,
  linkRateLimit: { perLink: 30, perAddress: 60 },
  trustProxy: false,
  timeZone: DEFAULT_OFFICE_TIME_ZONE,
  clock: () => new Date(),
  reminders: {
    enabled: true,
    intervalSeconds: 300,
    sendHour: 9,
    timeoutMs: 15_000,
    smtp: undefined,
    destinations: DEFAULT_DESTINATIONS,
  },
  // Off for servers started from code (tests); `duban serve` turns it on (settingsFromEnv).
  backups: { enabled: false, hour: 2, keepDays: 14, directory: undefined, pgBin: undefined },
  evidence: { unitQuotaBytes: 2048 * MiB, userBytesPerHour: 300 * MiB },
  publicUrl: undefined,
  metrics: DEFAULT_METRICS_SETTINGS,
  logLevel: DEFAULT_LOG_LEVEL,
};

/** DUBAN_PUBLIC_URL: an http(s) origin with an optional path, kept without its final slash. */
export const publicUrlFromEnv = (env: NodeJS.ProcessEnv): string | undefined => {
  const raw = env.DUBAN_PUBLIC_URL?.trim() ?? "";
  if (raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DUBAN_PUBLIC_URL is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("DUBAN_PUBLIC_URL must start with http:// or https://");
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error("DUBAN_PUBLIC_URL must not carry a query, fragment, user or password");
  }
  return url.href.replace(/\/+$/, "");
};

const positiveNumber = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number of at least 0, not "${raw}"`);
  }
  return value;
};

const wholeNumber = (
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max: number,
): number => {
  const value = positiveNumber(env, name, fallback);
  if (!Number.isInteger(value) || value > max) {
    throw new Error(
      `${name} must be a whole number from 0 to ${String(max)}, not "${env[name] ?? ""}"`,
    );
  }
  return value;
};

const backupsFromEnv = (env: NodeJS.ProcessEnv): BackupSettings => {
  const defaults = DEFAULT_SERVER_SETTINGS.backups;
  const switched = env.DUBAN_BACKUPS ?? "1";
  if (!["0", "1", ""].includes(switched)) {
    throw new Error(`DUBAN_BACKUPS must be 0 (off) or 1 (on), not "${switched}"`);
  }
  const directory = env.DUBAN_BACKUP_DIR?.trim() ?? "";
  return {
    enabled: switched !== "0",
    hour: wholeNumber(env, "DUBAN_BACKUP_HOUR", defaults.hour, 23),
    keepDays: wholeNumber(env, "DUBAN_BACKUP_KEEP_DAYS", defaults.keepDays, 36_500),
    directory: directory === "" ? undefined : resolve(directory),
    pgBin: env.DUBAN_PG_BIN === "" ? undefined : env.DUBAN_PG_BIN,
  };
};

/** The settings with whatever the environment overrides. */
export const settingsFromEnv = (env: NodeJS.ProcessEnv): ServerSettings => {
  const auth = DEFAULT_SERVER_SETTINGS.auth;
  const reminders = DEFAULT_SERVER_SETTINGS.reminders;
  const evidence = DEFAULT_SERVER_SETTINGS.evidence;
  return {
    ...DEFAULT_SERVER_SETTINGS,
    auth: {
      ...auth,
      sessionIdleMinutes: positiveNumber(
        env,
        "DUBAN_SESSION_IDLE_MINUTES",
        auth.sessionIdleMinutes,
      ),
      sessionMaxHours: positiveNumber(env, "DUBAN_SESSION_MAX_HOURS", auth.sessionMaxHours),
      signInLogRetentionDays: positiveNumber(
        env,
        "DUBAN_AUTH_LOG_RETENTION_DAYS",
        auth.signInLogRetentionDays,
      ),
    },
    rateLimitPerMinute: positiveNumber(
      env,
      "DUBAN_RATE_LIMIT_PER_MINUTE",
      DEFAULT_SERVER_SETTINGS.rateLimitPerMinute,
    ),
    linkRateLimit: {
      perLink: positiveNumber(
        env,
        "DUBAN_LINK_RATE_LIMIT_PER_MINUTE",
        DEFAULT_SERVER_SETTINGS.linkRateLimit.perLink,
      ),
      perAddress: positiveNumber(
        env,
        "DUBAN_LINK_ADDRESS_RATE_LIMIT_PER_MINUTE",
        DEFAULT_SERVER_SETTINGS.linkRateLimit.perAddress,
      ),
    },
    trustProxy: env.DUBAN_TRUST_PROXY === "1" || env.DUBAN_TRUST_PROXY === "true",
    timeZone: officeTimeZoneFromEnv(env),
    reminders: {
      ...reminders,
      enabled: env.DUBAN_REMINDERS !== "off",
      intervalSeconds: Math.max(
        1,
        positiveNumber(env, "DUBAN_REMINDER_INTERVAL_SECONDS", reminders.intervalSeconds),
      ),
      sendHour: Math.min(23, positiveNumber(env, "DUBAN_REMINDER_HOUR", reminders.sendHour)),
      smtp: smtpSettingsFromEnv(env),
      destinations: destinationsFromEnv(env),
    },
    backups: backupsFromEnv(env),
    evidence: {
      unitQuotaBytes:
        positiveNumber(env, "DUBAN_EVIDENCE_QUOTA_MB", evidence.unitQuotaBytes / MiB) * MiB,
      userBytesPerHour:
        positiveNumber(env, "DUBAN_EVIDENCE_MB_PER_HOUR", evidence.userBytesPerHour / MiB) * MiB,
    },
    publicUrl: publicUrlFromEnv(env),
    metrics: metricsSettingsFromEnv(env),
    logLevel: logLevelFromEnv(env),
  };
};
