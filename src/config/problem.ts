import type { Message } from "../domain/message.js";

/**
 * The kinds of configuration problem, named in `duban config check --json` and
 * in tests; README "Configuration" lists what each means.
 */
export type ProblemKind =
  | "env_file"
  | "invalid_value"
  | "out_of_range"
  | "incomplete"
  | "weak_secret"
  | "insecure_url"
  | "unknown_variable"
  | "database_unreachable"
  | "schema_missing"
  | "migrations_pending"
  | "migrations_unknown"
  | "smtp_unreachable"
  | "oidc_unreachable"
  | "ldap_incomplete"
  | "ldap_unreachable"
  | "pg_tools_missing"
  | "backups_off"
  | "backup_dir_unwritable";

/** A fatal problem stops the server before it listens; a warning is only said. */
export type Severity = "fatal" | "warning";

export interface ConfigProblem {
  readonly kind: ProblemKind;
  readonly severity: Severity;
  /** What it is about: a variable's name, or a file and line. */
  readonly subject: string;
  /** What is wrong. */
  readonly text: Message;
  /** How to put it right. */
  readonly fix: Message;
}

export const problem = (
  kind: ProblemKind,
  severity: Severity,
  subject: string,
  text: Message,
  fix: Message,
): ConfigProblem => ({ kind, severity, subject, text, fix });

/** Thrown where a setting is used and its value is fatally wrong: the problems say why. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((p) => `${p.subject}: ${p.text.en}`).join("; "));
    this.name = "ConfigurationError";
  }
}

export const isFatal = (p: ConfigProblem): boolean => p.severity === "fatal";
