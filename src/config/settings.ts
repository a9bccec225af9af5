import { availableParallelism } from "node:os";
import { brokenPasswordRule } from "../domain/password-rules.js";
import { databaseUrl, hostList, issuerUrl, publicUrl, smtpUrl } from "./address-settings.js";
import { LANGUAGE_SETTING } from "./language-setting.js";
import { attributeName, directoryPassword, ldapUrl, ldapUserFilter } from "./ldap-settings.js";
import { LOG_LEVELS, DEFAULT_LOG_LEVEL } from "./log-level.js";
import { metricsTokenRule } from "./metrics-token.js";
import { secret } from "./secret-setting.js";
import { choice, number, text, timeZone } from "./setting.js";

const ON_OFF = { "1": true, true: true, on: true, "0": false, false: false, off: false };

/**
 * Every setting Duban reads, defined once: the server and the commands read
 * them through here (read-settings.ts), `duban config check` validates them,
 * and README "Configuration" is this table (test/config/settings-table.test.ts
 * fails when they differ). A new setting is one entry here.
 */
export const SETTINGS = {
  DATABASE_URL: databaseUrl({
    defaultText: "–",
    meaning: "`postgres://user@host:5432/db[?schema=name]`; without it, SQLite",
  }),
  DUBAN_DATA: text({
    defaultText: "`./data`",
    meaning: "directory of the SQLite file `duban.sqlite`",
    option: "--data",
  }),
  DUBAN_ENV_FILE: text({
    defaultText: "`./duban.env` if present",
    meaning: "a file of `KEY=VALUE` lines read at start; the environment wins over it",
    option: "--env-file",
  }),
  DUBAN_ADMIN_PASSWORD: secret({
    defaultText: "generated",
    meaning: "the first administrator's password (first start only); must pass the password rules",
    rule: (value) => brokenPasswordRule(value, "admin"),
  }),
  DUBAN_SESSION_IDLE_MINUTES: number({
    defaultText: "120",
    meaning: "a session unused this long ends",
    fallback: 120,
    min: 0,
  }),
  DUBAN_SESSION_MAX_HOURS: number({
    defaultText: "12",
    meaning: "a session ends this long after login, however active",
    fallback: 12,
    min: 0,
  }),
  DUBAN_SIGN_IN_RECHECK_MINUTES: number({
    defaultText: "5",
    meaning:
      "a session opened through an identity provider asks it this often whether the person still stands; a no ends the session",
    fallback: 5,
    min: 1,
  }),
  DUBAN_AUTH_LOG_RETENTION_DAYS: number({
    defaultText: "365",
    meaning: "sign-in entries (`auth.*`) of the audit log are deleted after this; 0 keeps them",
    fallback: 365,
    min: 0,
  }),
  DUBAN_RATE_LIMIT_PER_MINUTE: number({
    defaultText: "1200",
    meaning: "requests per minute per client address, per instance; `0` turns it off",
    fallback: 1200,
    min: 0,
  }),
  DUBAN_LINK_RATE_LIMIT_PER_MINUTE: number({
    defaultText: "30",
    meaning: "requests per minute through one link (填报链接), per instance; `0` turns it off",
    fallback: 30,
    min: 0,
  }),
  DUBAN_LINK_ADDRESS_RATE_LIMIT_PER_MINUTE: number({
    defaultText: "60",
    meaning:
      "requests per minute from one address to the link routes (`/api/link/…`), per instance; `0` turns it off",
    fallback: 60,
    min: 0,
  }),
  DUBAN_TRUST_PROXY: choice({
    defaultText: "off",
    meaning: "`1` behind a reverse proxy: client address and TLS from `X-Forwarded-*`",
    words: { "1": true, true: true, "0": false, false: false },
    fallback: false,
  }),
  DUBAN_TIMEZONE: timeZone({
    defaultText: "`Asia/Shanghai`",
    meaning:
      'where "today" is for statuses when a request names no `asOf`, and the day a step counts for; the `duban` command reads it too',
    fallback: "Asia/Shanghai",
  }),
  DUBAN_WEBHOOK_ALLOW_HOSTS: hostList({
    defaultText: "none",
    meaning: "comma-separated hosts, IPs, CIDRs robots may reach inside the network",
  }),
  DUBAN_PUBLIC_URL: publicUrl({
    defaultText: "none",
    meaning:
      "the web app's address (`https://duban.example.gov.cn`), for links in messages (none without it) and calendar feeds (else the request's address); `http://` is warned about",
  }),
  DUBAN_OIDC_ISSUER: issuerUrl({
    defaultText: "none",
    meaning:
      "the OpenID Connect provider (统一身份认证) to sign in with: its issuer URL, `https://` (plain `http://` only on this machine, for tests); needs `DUBAN_OIDC_CLIENT_ID` and `DUBAN_PUBLIC_URL`",
  }),
  DUBAN_OIDC_CLIENT_ID: text({
    defaultText: "none",
    meaning: "the client id Duban was registered under at the OpenID provider",
  }),
  DUBAN_OIDC_CLIENT_SECRET: text({
    defaultText: "none",
    meaning: "the client secret the OpenID provider gave Duban; none: a public client (PKCE only)",
    secret: true,
  }),
  DUBAN_OIDC_NAME: text({
    defaultText: "统一身份认证",
    meaning: "the OpenID provider's button on the login page (Chinese and English alike)",
  }),
  DUBAN_OIDC_USERNAME_CLAIM: text({
    defaultText: "`preferred_username`",
    meaning: "the claim whose value the administrator's mapping table matches to a Duban user",
  }),
  DUBAN_OIDC_UNIT_CLAIM: text({
    defaultText: "`unit`",
    meaning:
      "the claim naming the person's unit (a Duban unit's name or alias, or a value in the mapping table), for users created at first login",
  }),
  DUBAN_OIDC_ROLE_CLAIM: text({
    defaultText: "`duban_role`",
    meaning:
      "the claim naming the role (`unit_staff`, `unit_leader`, …) of a user created at first login, up to the highest role the unit's rule allows",
  }),
  DUBAN_SMTP_URL: smtpUrl({
    defaultText: "none",
    meaning:
      "where e-mail goes out: `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465`; with `DUBAN_SMTP_FROM`",
  }),
  DUBAN_SMTP_FROM: text({
    defaultText: "none",
    meaning: "the From of Duban's e-mail: `督办 <duban@example.gov.cn>`; with `DUBAN_SMTP_URL`",
  }),
  DUBAN_REMINDERS: choice({
    defaultText: "on",
    meaning: "`off`: this instance sends no reminders (another one does)",
    words: ON_OFF,
    fallback: true,
  }),
  DUBAN_REMINDER_HOUR: number({
    defaultText: "9",
    meaning: "the office's hour (0–23) from which a day's reminders go out",
    fallback: 9,
    min: 0,
    max: 23,
  }),
  DUBAN_REMINDER_INTERVAL_SECONDS: number({
    defaultText: "300",
    meaning: "how often the reminder scheduler looks for work, in seconds",
    fallback: 300,
    min: 1,
  }),
  DUBAN_EVIDENCE_QUOTA_MB: number({
    defaultText: "2048",
    meaning: "evidence each unit may store, in MiB; `0` turns the quota off",
    fallback: 2048,
    min: 0,
  }),
  DUBAN_EVIDENCE_MB_PER_HOUR: number({
    defaultText: "300",
    meaning: "evidence each account may upload per hour, in MiB; `0` turns it off",
    fallback: 300,
    min: 0,
  }),
  DUBAN_IMPORT_WORKERS: number({
    defaultText: "cores − 1 (1–4)",
    meaning: "imports parsed at once, each in its own worker thread",
    // One core stays with the server's requests.
    fallback: Math.min(4, Math.max(1, availableParallelism() - 1)),
    min: 1,
    whole: true,
  }),
  DUBAN_IMPORT_QUEUE: number({
    defaultText: "8",
    meaning: "imports that may wait for a worker; one more is answered 503",
    fallback: 8,
    min: 0,
    whole: true,
  }),
  DUBAN_IMPORT_MEMORY_MB: number({
    defaultText: "1024",
    meaning: "heap of one import worker; a file that needs more is refused",
    fallback: 1024,
    min: 64,
    whole: true,
  }),
  DUBAN_PG_BIN: text({
    defaultText: "`PATH`",
    meaning:
      "directory of `pg_dump` and `pg_restore` (e.g. `/usr/lib/postgresql/16/bin`): PostgreSQL backups, restores and their verification",
  }),
  DUBAN_BACKUPS: choice({
    defaultText: "1",
    meaning: "`0` turns the nightly backup off (see _Backup and restore_)",
    words: ON_OFF,
    fallback: true,
  }),
  DUBAN_BACKUP_HOUR: number({
    defaultText: "2",
    meaning: "office hour (0–23, `DUBAN_TIMEZONE`) from which the day's backup is taken",
    fallback: 2,
    min: 0,
    max: 23,
    whole: true,
  }),
  DUBAN_BACKUP_KEEP_DAYS: number({
    defaultText: "14",
    meaning: "days of nightly backups kept, today's included; `0` keeps them all",
    fallback: 14,
    min: 0,
    max: 36_500,
    whole: true,
  }),
  DUBAN_BACKUP_DIR: text({
    defaultText: "see meaning",
    meaning:
      "where nightly backups go; SQLite: `backups/` beside `duban.sqlite`; PostgreSQL: none, and without it no nightly backup",
  }),
  DUBAN_METRICS: choice({
    defaultText: "1",
    meaning: "`0` turns `/metrics` off (404); see _Metrics and logs_",
    words: ON_OFF,
    fallback: true,
  }),
  DUBAN_METRICS_TOKEN: secret({
    defaultText: "none",
    meaning:
      "a bearer token (32+ characters, no spaces) that lets `/metrics` answer from any address; without it, this machine only",
    rule: metricsTokenRule,
  }),
  DUBAN_LOG_LEVEL: choice({
    defaultText: "`info`",
    meaning:
      "the least level logged: `trace`, `debug`, `info`, `warn`, `error`, `fatal` or `silent`",
    words: Object.fromEntries(LOG_LEVELS.map((level) => [level, level])),
    fallback: DEFAULT_LOG_LEVEL,
  }),
  DUBAN_LANG: LANGUAGE_SETTING,
  DUBAN_LDAP_URL: ldapUrl({
    defaultText: "none",
    meaning:
      "the LDAP directory people sign in with (`ldaps://ldap.example.gov.cn:636`); set, it wins over the admin screen's directory settings",
  }),
  DUBAN_LDAP_BIND_DN: text({
    defaultText: "none",
    meaning: "the service account Duban searches the directory with (`cn=duban,ou=services,dc=…`)",
  }),
  DUBAN_LDAP_BIND_PASSWORD: directoryPassword({
    defaultText: "none",
    meaning: "that service account's password",
  }),
  DUBAN_LDAP_BASE_DN: text({
    defaultText: "none",
    meaning: "where people and bureaus (OUs) are searched (`dc=example,dc=gov,dc=cn`)",
  }),
  DUBAN_LDAP_USER_FILTER: ldapUserFilter({
    defaultText: "`(uid={username})`",
    meaning:
      "finds a person by the typed username (escaped); Active Directory: `(sAMAccountName={username})`",
    fallback: "(uid={username})",
  }),
  DUBAN_LDAP_USERNAME_ATTRIBUTE: attributeName({
    defaultText: "`uid`",
    fallback: "uid",
    meaning:
      "the attribute the sync takes Duban usernames from; Active Directory: `sAMAccountName`",
  }),
  DUBAN_LDAP_NAME_ATTRIBUTE: attributeName({
    defaultText: "`cn`",
    fallback: "cn",
    meaning: "the attribute the sync takes display names from; Active Directory: `displayName`",
  }),
};

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<N extends SettingName> = ReturnType<(typeof SETTINGS)[N]["read"]>["value"];

/** Variables that must be set together, or not at all. */
export const SETTING_PAIRS: readonly (readonly [SettingName, SettingName])[] = [
  ["DUBAN_SMTP_URL", "DUBAN_SMTP_FROM"],
  ["DUBAN_OIDC_ISSUER", "DUBAN_OIDC_CLIENT_ID"],
];

/**
 * DUBAN_ variables that are not settings of a running Duban but the test
 * suite's, the benchmarks' and the scripts': `config check` calls them no typo.
 */
export const DEVELOPMENT_VARIABLES = /^DUBAN_(TEST_|BENCH_|NODE_CACHE$|LOADED_MODULES$)/;
