import { resolve } from "node:path";
import type { DeliveryOptions } from "../channels/channel.js";
import {
  DEFAULT_DESTINATIONS,
  destinationsFromEnv,
  type DestinationPolicy,
} from "../channels/destinations.js";
import { smtpSettingsFromEnv, type SmtpSettings } from "../channels/email.js";
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from "../services/auth/auth-settings.js";
import { oidcSettingsFromEnv } from "../services/auth/oidc/oidc-settings.js";
import { directoryConfigFromEnv } from "../services/directory/directory-config.js";
import { DEFAULT_OFFICE_TIME_ZONE, officeTimeZoneFromEnv } from "../services/office-clock.js";
import { defaultOf, readSetting, type Environment } from "../config/read-settings.js";
import type { EvidenceLimits } from "../services/workflow/evidence.js";
import { DEFAULT_LOG_LEVEL, type LogLevel } from "../config/log-level.js";
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
  rateLimitPerMinute: defaultOf("DUBAN_RATE_LIMIT_PER_MINUTE"),
  linkRateLimit: {
    perLink: defaultOf("DUBAN_LINK_RATE_LIMIT_PER_MINUTE"),
    perAddress: defaultOf("DUBAN_LINK_ADDRESS_RATE_LIMIT_PER_MINUTE"),
  },
  trustProxy: defaultOf("DUBAN_TRUST_PROXY"),
  timeZone: DEFAULT_OFFICE_TIME_ZONE,
  clock: () => new Date(),
  reminders: {
    enabled: defaultOf("DUBAN_REMINDERS"),
    intervalSeconds: defaultOf("DUBAN_REMINDER_INTERVAL_SECONDS"),
    sendHour: defaultOf("DUBAN_REMINDER_HOUR"),
    timeoutMs: 15_000,
    smtp: undefined,
    destinations: DEFAULT_DESTINATIONS,
  },
  // Off for servers started from code (tests); `duban serve` turns it on (settingsFromEnv).
  backups: {
    enabled: false,
    hour: defaultOf("DUBAN_BACKUP_HOUR"),
    keepDays: defaultOf("DUBAN_BACKUP_KEEP_DAYS"),
    directory: undefined,
    pgBin: undefined,
  },
  evidence: {
    unitQuotaBytes: defaultOf("DUBAN_EVIDENCE_QUOTA_MB") * MiB,
    userBytesPerHour: defaultOf("DUBAN_EVIDENCE_MB_PER_HOUR") * MiB,
  },
  publicUrl: undefined,
  metrics: DEFAULT_METRICS_SETTINGS,
  logLevel: DEFAULT_LOG_LEVEL,
};

/** DUBAN_PUBLIC_URL: an http(s) origin with an optional path, kept without its final slash. */
export const publicUrlFromEnv = (env: Environment): string | undefined =>
  readSetting(env, "DUBAN_PUBLIC_URL");

/** The nightly backup's settings, each through the registry (src/config/settings.ts). */
const backupsFromEnv = (env: Environment): BackupSettings => {
  const directory = readSetting(env, "DUBAN_BACKUP_DIR");
  return {
    enabled: readSetting(env, "DUBAN_BACKUPS"),
    hour: readSetting(env, "DUBAN_BACKUP_HOUR"),
    keepDays: readSetting(env, "DUBAN_BACKUP_KEEP_DAYS"),
    directory: directory === undefined ? undefined : resolve(directory),
    pgBin: readSetting(env, "DUBAN_PG_BIN"),
  };
};

/**
 * The settings with whatever the environment overrides, each read through the
 * one registry (src/config/settings.ts); a fatal value throws a
 * ConfigurationError, which `duban serve` has already reported before this.
 */
export const settingsFromEnv = (env: Environment): ServerSettings => {
  const reminders = DEFAULT_SERVER_SETTINGS.reminders;
  return {
    ...DEFAULT_SERVER_SETTINGS,
    auth: {
      ...DEFAULT_SERVER_SETTINGS.auth,
      sessionIdleMinutes: readSetting(env, "DUBAN_SESSION_IDLE_MINUTES"),
      sessionMaxHours: readSetting(env, "DUBAN_SESSION_MAX_HOURS"),
      providerRecheckMinutes: readSetting(env, "DUBAN_SIGN_IN_RECHECK_MINUTES"),
      signInLogRetentionDays: readSetting(env, "DUBAN_AUTH_LOG_RETENTION_DAYS"),
      oidc: oidcSettingsFromEnv(env),
      directory: directoryConfigFromEnv(env),
    },
    rateLimitPerMinute: readSetting(env, "DUBAN_RATE_LIMIT_PER_MINUTE"),
    linkRateLimit: {
      perLink: readSetting(env, "DUBAN_LINK_RATE_LIMIT_PER_MINUTE"),
      perAddress: readSetting(env, "DUBAN_LINK_ADDRESS_RATE_LIMIT_PER_MINUTE"),
    },
    trustProxy: readSetting(env, "DUBAN_TRUST_PROXY"),
    timeZone: officeTimeZoneFromEnv(env),
    reminders: {
      ...reminders,
      enabled: readSetting(env, "DUBAN_REMINDERS"),
      intervalSeconds: readSetting(env, "DUBAN_REMINDER_INTERVAL_SECONDS"),
      sendHour: readSetting(env, "DUBAN_REMINDER_HOUR"),
      smtp: smtpSettingsFromEnv(env),
      destinations: destinationsFromEnv(env),
    },
    backups: backupsFromEnv(env),
    evidence: {
      unitQuotaBytes: readSetting(env, "DUBAN_EVIDENCE_QUOTA_MB") * MiB,
      userBytesPerHour: readSetting(env, "DUBAN_EVIDENCE_MB_PER_HOUR") * MiB,
    },
    publicUrl: publicUrlFromEnv(env),
    metrics: metricsSettingsFromEnv(env),
    logLevel: readSetting(env, "DUBAN_LOG_LEVEL"),
  };
};
