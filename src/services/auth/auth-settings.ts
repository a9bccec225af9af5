import { defaultOf } from "../../config/read-settings.js";
import type { ThrottleRule } from "../../policies/login-throttle.js";
import type { OidcSettings } from "./oidc/oidc-settings.js";
import type { DirectoryConfig } from "../directory/directory-config.js";

/** How long sessions last and how hard logins are throttled; README "Accounts" documents them. */
export interface AuthSettings {
  /** A session unused this long ends. */
  readonly sessionIdleMinutes: number;
  /** A session ends this long after login, however active. */
  readonly sessionMaxHours: number;
  /** How often a provider is asked again whether a session's subject still stands. */
  readonly providerRecheckMinutes: number;
  /** Wrong passwords for one username: then the account is locked for a while. */
  readonly perUser: ThrottleRule;
  /** Failed logins from one address, whatever the usernames. */
  readonly perAddress: ThrottleRule;
  /** Sign-in entries of the audit log (auth.*) older than this are deleted; 0 keeps them. */
  readonly signInLogRetentionDays: number;
  /** Sign-in through an OpenID provider; undefined: not configured. */
  readonly oidc: OidcSettings | undefined;
  /** The LDAP directory the environment names (DUBAN_LDAP_*); without it, the admin screen's, if any. */
  readonly directory: DirectoryConfig | undefined;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionIdleMinutes: defaultOf("DUBAN_SESSION_IDLE_MINUTES"),
  sessionMaxHours: defaultOf("DUBAN_SESSION_MAX_HOURS"),
  providerRecheckMinutes: defaultOf("DUBAN_SIGN_IN_RECHECK_MINUTES"),
  perUser: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15, resetOnSuccess: true },
  perAddress: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15, resetOnSuccess: false },
  signInLogRetentionDays: defaultOf("DUBAN_AUTH_LOG_RETENTION_DAYS"),
  oidc: undefined,
  directory: undefined,
};
