import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Times are ISO-8601 UTC text and days
 * YYYY-MM-DD text in both databases, so that they compare and sort alike;
 * JSON is stored as text. Content is versioned by revision number: a
 * version row holds from revision `valid_from` up to, not including,
 * `valid_to` (null: still current). docs/ARCHITECTURE.md explains how this
 * answers "what was true on date D".
 */
export interface Schema {
  units: UnitsTable;
  unit_aliases: UnitAliasesTable;
  unit_group_members: UnitGroupMembersTable;
  source_files: SourceFilesTable;
  plans: PlansTable;
  revisions: RevisionsTable;
  tasks: TasksTable;
  task_versions: TaskVersionsTable;
  task_units: TaskUnitsTable;
  milestones: MilestonesTable;
  milestone_versions: MilestoneVersionsTable;
  milestone_carry_overs: MilestoneCarryOversTable;
  milestone_units: MilestoneUnitsTable;
  imported_progress: ImportedProgressTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  external_identities: ExternalIdentitiesTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  second_factor_policy: SecondFactorPolicyTable;
  oidc_pending_logins: OidcPendingLoginsTable;
  oidc_session_tokens: OidcSessionTokensTable;
  oidc_user_mappings: OidcUserMappingsTable;
  oidc_unit_rules: OidcUnitRulesTable;
  directory_settings: DirectorySettingsTable;
  directory_proposals: DirectoryProposalsTable;
  api_tokens: ApiTokensTable;
  calendar_feeds: CalendarFeedsTable;
  milestone_links: MilestoneLinksTable;
  milestone_link_targets: MilestoneLinkTargetsTable;
  login_throttle: LoginThrottleTable;
  calendar_days: CalendarDaysTable;
  plan_settings: PlanSettingsTable;
  milestone_states: MilestoneStatesTable;
  milestone_events: MilestoneEventsTable;
  milestone_status: MilestoneStatusTable;
  milestone_requests: MilestoneRequestsTable;
  attachments: AttachmentsTable;
  instructions: InstructionsTable;
  instruction_responses: InstructionResponsesTable;
  task_focus: TaskFocusTable;
  unit_contacts: UnitContactsTable;
  reminder_items: ReminderItemsTable;
  reminder_bundles: ReminderBundlesTable;
  reminder_deliveries: ReminderDeliveriesTable;
  leases: LeasesTable;
  backup_runs: BackupRunsTable;
  demo: DemoTable;
  distributions: DistributionsTable;
  distribution_units: DistributionUnitsTable;
  distribution_deliveries: DistributionDeliveriesTable;
  notice_sequences: NoticeSequencesTable;
  notices: NoticesTable;
  request_drafts: RequestDraftsTable;
  cache_versions: CacheVersionsTable;
  targets: TargetsTable;
  target_actuals: TargetActualsTable;
  search_entries: SearchEntriesTable;
  search_index_state: SearchIndexStateTable;
}

export interface UnitsTable {
  id: Generated<number>;
  name: string;
  kind: "unit" | "group";
  created_at: string;
  /** The unit this one stands under (a bureau's section, a city's county); null: none. */
  parent_unit_id: number | null;
}

export interface UnitAliasesTable {
  alias: string;
  unit_id: number;
}

export interface UnitGroupMembersTable {
  group_id: number;
  member_id: number;
}

export interface SourceFilesTable {
  id: Generated<number>;
  sha256: string;
  name: string;
  format: string;
  size: number;
  content: Uint8Array;
  imported_at: string;
}

export interface PlansTable {
  id: Generated<number>;
  /** year|issuer|owner unit: what makes a table a revision of this plan. */
  plan_key: string;
  year: number;
  issuer: string | null;
  kind: "master" | "slice";
  /** What the office files it under: 政府工作报告, 民生实事, a special plan's name (domain/plan-grouping.ts). */
  category: Generated<string>;
  owner_unit_id: number | null;
  title: string;
  /** The number of the revision in force; 0 while the first import is being written. */
  current_revision: number;
  created_at: string;
  updated_at: string;
  /** When an administrator archived it (read-only, out of reminders and the picker); null: in use. */
  archived_at: string | null;
  /** The milestone this plan is the sub-plan (子计划) of; null for a plan of its own. */
  parent_milestone_id: number | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  source_file_id: number;
  title: string;
  subtitle: string | null;
  columns_json: string;
  header_counts_json: string | null;
  /** What changed against the revision before, as the counts and entries of the diff. */
  diff_json: string;
  /** The import preview's corrections applied to the file (JSON), null when none. */
  corrections_json: string | null;
  actor: string;
  created_at: string;
}

export interface TasksTable {
  id: Generated<number>;
  plan_id: number;
  created_revision: number;
  /** The 序号 path ("202", "一/3") in the current revision, or "title:…" for an unnumbered task. */
  task_key: string;
  /** Order in the current revision; presentation only, so it changes in place. */
  position: number;
}

export interface TaskVersionsTable {
  id: Generated<number>;
  task_id: number;
  plan_id: number;
  valid_from: number;
  valid_to: number | null;
  no: number | null;
  label: string;
  title: string;
  outline_json: string;
  remarks_json: string;
  /** People named for the whole task (责任领导): ResponsiblePerson[]. */
  persons_json: string;
}

export interface TaskUnitsTable {
  task_version_id: number;
  position: number;
  unit_id: number;
  role: "lead" | "cooperating" | "other";
  /** The role's name as written for role "other" (数据提供单位); null otherwise. */
  role_label: string | null;
}

export interface MilestonesTable {
  id: Generated<number>;
  plan_id: number;
  created_revision: number;
  /** Order in the current revision; presentation only, so it changes in place. */
  position: number;
}

/** A milestone carried into next year's plan (结转), and the one it came from. */
export interface MilestoneCarryOversTable {
  milestone_id: number;
  plan_id: number;
  from_milestone_id: number;
  from_plan_id: number;
  created_at: string;
}

export interface MilestoneVersionsTable {
  id: Generated<number>;
  milestone_id: number;
  plan_id: number;
  task_id: number;
  valid_from: number;
  valid_to: number | null;
  seq: number | null;
  text: string;
  deadline_kind: string;
  deadline_text: string;
  /** The fixed due day, for range queries; null for recurring, ongoing and absent deadlines. */
  due_date: string | null;
  /** A recurring deadline's period in months (1, 3, 6, 12); null for the other kinds. */
  recur_months: number | null;
  /** The day of a recurring deadline's last month it falls on, 31 for the month's end; else null. */
  recur_day: number | null;
  deadline_json: string;
  persons_json: string;
  remarks_json: string;
}

export interface MilestoneUnitsTable {
  milestone_version_id: number;
  position: number;
  unit_id: number;
  role: "lead" | "cooperating" | "other";
  role_label: string | null;
}

/** What a revision's file stated as each milestone's progress: not plan content, never versioned. */
export interface ImportedProgressTable {
  plan_id: number;
  /** The revision whose file stated it. */
  revision: number;
  milestone_id: number;
  position: number;
  /** The progress column's header (进展情况, 一季度完成情况). */
  header: string;
  text: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  object_type: string;
  object_id: string;
  before_json: string | null;
  after_json: string | null;
  /** The user who acted; null for a token or the shell. */
  user_id: number | null;
  /** The API token that acted, if one did. */
  token_id: number | null;
  /** The acting user's or token's unit at the time. */
  unit_id: number | null;
  /** How the acting user's session began ("password", "oidc", "ldap"); null when no session acted. */
  sign_in: string | null;
}

export type RoleColumn = "admin" | "supervisor" | "unit_leader" | "unit_staff";

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  unit_id: number;
  role: RoleColumn;
  /** "scrypt$N$r$p$salt$hash", base64url parts; see services/auth/password.ts. */
  password_hash: string;
  /** 0 or 1: a disabled user cannot log in and their sessions and tokens stop working. */
  disabled: number;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token, base64url. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end, however active the session is. */
  expires_at: string;
  revoked_at: string | null;
  client_ip: string | null;
  user_agent: string | null;
  /** How it began: "password", "oidc" or "ldap" (domain/sign-in.ts). */
  sign_in_method: Generated<string>;
  /** The OpenID issuer or the directory's URL; null for a password. */
  sign_in_provider: string | null;
  /** Who the provider said it was (sub, or the entry's DN); null for a password. */
  sign_in_subject: string | null;
  /** When the provider last said the subject still stands; null: not yet asked. */
  provider_checked_at: string | null;
  /** "pending" until the user passes the second factor, then "passed"; "none" when not asked. */
  second_factor: Generated<string>;
}

/** A user's authenticator (TOTP, RFC 6238): enrolled once a code was typed. */
export interface SecondFactorsTable {
  user_id: number;
  /** The shared secret, base32: the server needs it to check codes (README: Second factor). */
  secret: string;
  created_at: string;
  /** Null while enrolment waits for the first code. */
  enrolled_at: string | null;
  /** The last 30-second step whose code was accepted: a code is taken once. */
  last_step: number | null;
}

/** Single-use codes for when the authenticator is lost; only their SHA-256 is kept. */
export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** The one row (id 1) naming the roles that must use a second factor; no row: none must. */
export interface SecondFactorPolicyTable {
  id: number;
  /** JSON array of roles. */
  roles: string;
  updated_at: string;
  updated_by: string;
}

/** A provider's subject that signs in as one Duban user. */
export interface ExternalIdentitiesTable {
  id: Generated<number>;
  user_id: number;
  /** "oidc" or "ldap". */
  method: string;
  provider: string;
  subject: string;
  created_at: string;
  last_used_at: string | null;
}

/** An OpenID login under way: what its callback must match; single use, minutes long. */
export interface OidcPendingLoginsTable {
  /** SHA-256 of the browser's login cookie, base64url. */
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  expires_at: string;
}

/** The provider's tokens of a session it opened: for the recheck and the provider's logout. */
export interface OidcSessionTokensTable {
  session_id: string;
  provider: string;
  subject: string;
  id_token: string | null;
  access_token: string | null;
  refresh_token: string | null;
  created_at: string;
  /** When the access token expires (its `expires_in`); null: the provider did not say. */
  access_expires_at: string | null;
}

/** The administrator's mapping: a provider's username (claim value) signs in as this user. */
export interface OidcUserMappingsTable {
  id: Generated<number>;
  claim_value: string;
  user_id: number;
  created_at: string;
}

/** A unit where a person unknown to Duban is created at first OpenID login. */
export interface OidcUnitRulesTable {
  unit_id: number;
  /** The unit claim's value that names this unit; null: its name or an alias. */
  claim_value: string | null;
  /** The highest role a role claim may give a user created here. */
  max_role: Generated<RoleColumn>;
  created_at: string;
}

/** The LDAP directory as the admin screen configured it (one row, id 1). */
export interface DirectorySettingsTable {
  id: number;
  url: string;
  bind_dn: string;
  /** The service account's password: written by the admin screen, never sent back. */
  bind_password: string;
  base_dn: string;
  user_filter: string;
  username_attribute: string;
  name_attribute: string;
  updated_at: string;
}

/** What a directory sync proposes, until an administrator decides. */
export interface DirectoryProposalsTable {
  id: Generated<number>;
  /** The directory's URL. */
  provider: string;
  /** "unit", "user", "link", "move" or "disable". */
  kind: string;
  /** The entry's DN (a unit's OU, a person). */
  subject: string;
  /** JSON: what accepting writes (names, the unit, the user). */
  details: string;
  /** "open", "accepted" or "rejected". */
  status: Generated<string>;
  proposed_at: string;
  decided_at: string | null;
  decided_by: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  /** SHA-256 of the token, base64url: the token itself is shown once and never stored. */
  token_hash: string;
  name: string;
  unit_id: number;
  role: RoleColumn;
  created_by: number | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Why it stopped: "revoked", "creator_disabled", "creator_demoted". */
  revoked_reason: string | null;
}

/** A calendar subscription: a plan's or a unit's milestones at a secret URL. */
export interface CalendarFeedsTable {
  id: Generated<number>;
  /** SHA-256 of the URL's secret, base64url: the secret is shown once and never stored. */
  token_hash: string;
  kind: "plan" | "unit";
  plan_id: number | null;
  unit_id: number | null;
  created_by: number;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** A milestone link (填报链接): a unit without an account reads named milestones and sends input. */
export interface MilestoneLinksTable {
  id: Generated<number>;
  /** SHA-256 of the link's secret, base64url: the secret is shown once and never stored. */
  token_hash: string;
  /** The unit the link speaks for. */
  unit_id: number;
  /** The person it was sent to, as the issuer wrote it (optional). */
  contact: string | null;
  /** The issuer as the audit log names actors ("user:kjj.staff", "cli:alice"). */
  created_by: string;
  /** The issuer's unit (null for the shell): whose links a unit lists and revokes. */
  issuer_unit_id: number | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  last_used_at: string | null;
  read_count: Generated<number>;
  submission_count: Generated<number>;
}

/** The milestones a link names, in the issuer's order. */
export interface MilestoneLinkTargetsTable {
  link_id: number;
  milestone_id: number;
  position: number;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

/**
 * An administrator's change to the shipped working-day calendar
 * (domain/china-holidays.ts), one row a day: `holiday` or `workday`
 * replaces the shipped entry of the day, `normal` removes it so that the
 * day follows the weekday rule.
 */
export interface CalendarDaysTable {
  /** YYYY-MM-DD. */
  day: string;
  kind: "holiday" | "workday" | "normal";
  name: string;
  updated_at: string;
}

export interface PlanSettingsTable {
  plan_id: number;
  /** domain/plan-settings.ts PlanSettings, as JSON. */
  settings_json: string;
  version: number;
  updated_at: string;
}

export type MilestonePhase = "open" | "completion_pending" | "done";

export interface MilestoneStatesTable {
  milestone_id: number;
  plan_id: number;
  /** Counts writes: a write names the version it read and fails if another came first. */
  version: number;
  phase: MilestonePhase;
  acknowledged_on: string | null;
  focus: number;
  updated_at: string;
}

export interface MilestoneEventsTable {
  id: Generated<number>;
  milestone_id: number;
  plan_id: number;
  /** domain/milestone-ledger.ts LedgerEntry kind. */
  kind: string;
  /** The day it took effect, YYYY-MM-DD: what "as of D" compares. */
  effective_on: string;
  at: string;
  actor: string;
  user_id: number | null;
  token_id: number | null;
  unit_id: number | null;
  /** The entry without kind and day, as JSON. */
  payload_json: string;
}

/**
 * What status folds of a milestone's ledger (migration 0019), rewritten in
 * the transaction of every ledger write: a milestone without a row has no
 * report, acknowledgement, accepted completion or approved extension.
 */
export interface MilestoneStatusTable {
  milestone_id: number;
  plan_id: number;
  last_reported_on: string | null;
  acknowledged_on: string | null;
  completed_on: string | null;
  extended_due: string | null;
  /** The latest day of the entries folded: the row answers for this day and every later one. */
  last_effective_on: string;
}

export interface MilestoneRequestsTable {
  id: Generated<number>;
  milestone_id: number;
  plan_id: number;
  kind: "completion" | "extension";
  state: "pending" | "approved" | "rejected" | "withdrawn";
  requested_at: string;
  requested_by: string;
  unit_id: number | null;
  payload_json: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_comment: string | null;
}

/** A staff member's draft of a request only the unit's leader submits (migration 0018). */
export interface RequestDraftsTable {
  id: Generated<number>;
  milestone_id: number;
  plan_id: number;
  unit_id: number;
  kind: "completion" | "extension";
  state: "drafted" | "returned" | "confirmed" | "withdrawn";
  version: number;
  payload_json: string;
  drafted_by: string;
  drafted_at: string;
  updated_at: string;
  /** Who returned, confirmed or withdrew it, and when; null while drafted. */
  acted_by: string | null;
  acted_at: string | null;
  return_note: string | null;
  request_id: number | null;
}

export interface AttachmentsTable {
  id: Generated<number>;
  milestone_id: number;
  sha256: string;
  name: string;
  media_type: string;
  size: number;
  content: Uint8Array;
  uploaded_at: string;
  actor: string;
  unit_id: number | null;
  user_id: number | null;
  /** 1 once a report or completion cites the file; 0 while it waits, uploaded. */
  claimed: Generated<number>;
}

/** A leader's instruction (领导批示) on a task or milestone, entered by the supervision office. */
export interface InstructionsTable {
  id: Generated<number>;
  plan_id: number;
  target_type: "task" | "milestone";
  /** A task id or a milestone id, by `target_type`. */
  target_id: number;
  text: string;
  /** The leader as written, e.g. "市长 张三". */
  issued_by: string;
  /** Who entered it (an actor name, "user:dcs"), and that user. */
  entered_by: string;
  entered_by_user_id: number | null;
  created_at: string;
  /** YYYY-MM-DD: by when the responsible units are to answer; null: no date. */
  response_due: string | null;
  closed_at: string | null;
  closed_by: string | null;
  /** Counts changes (responses, closing): a close may name the version it read. */
  version: number;
}

/** One unit's answer to an instruction; a unit may answer more than once. */
export interface InstructionResponsesTable {
  id: Generated<number>;
  instruction_id: number;
  unit_id: number;
  actor: string;
  user_id: number | null;
  text: string;
  created_at: string;
}

/** Focus (重点关注) on a task: a row while it is marked. A milestone's is in milestone_states. */
export interface TaskFocusTable {
  task_id: number;
  set_at: string;
  set_by: string;
}

export interface UnitContactsTable {
  id: Generated<number>;
  unit_id: number;
  label: string;
  /** channels/channel.ts Contact, as JSON. */
  contact_json: string;
  created_at: string;
}

export interface ReminderItemsTable {
  id: Generated<number>;
  dedupe_key: string;
  plan_id: number;
  milestone_id: number;
  kind: string;
  fired_on: string;
  /** domain/reminders-due.ts ReminderItem, with the unit ids it went to. */
  item_json: string;
  created_at: string;
}

export interface ReminderBundlesTable {
  id: Generated<number>;
  unit_id: number;
  day: string;
  item_ids_json: string;
  created_at: string;
}

export type DeliveryState = "pending" | "sent" | "retrying" | "failed";

export interface ReminderDeliveriesTable {
  id: Generated<number>;
  bundle_id: number;
  dedupe_key: string;
  contact_json: string;
  message_json: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: string | null;
  last_result: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A backup taken by the scheduler or `duban backup`, written once finished (migration 0028). */
export interface BackupRunsTable {
  id: Generated<number>;
  trigger: "scheduled" | "manual";
  /** The office's day it counts for, YYYY-MM-DD: the scheduler takes one a day. */
  day: string;
  /** The instance (host:pid) that took it: the file is on that machine unless the directory is shared. */
  host: string;
  started_at: string;
  finished_at: string;
  file: string;
  /** PostgreSQL's bigint comes back as a string. */
  bytes: number | string | null;
  outcome: "ok" | "failed";
  error: string | null;
  verify_outcome: "ok" | "failed" | null;
  verify_error: string | null;
  verified_at: string | null;
  verify_plans: number | null;
  verify_milestones: number | null;
  verify_reports: number | null;
}

/** The demo, when this database holds it (one row): migrations/0007-demo.ts. */
export interface DemoTable {
  id: number;
  as_of: string;
  seeded_at: string;
  seeded_demo_time: string;
  accounts_json: string;
}

/** 下发: a plan's revision sent to its units in one action (migrations/0015-distributions.ts). */
export interface DistributionsTable {
  id: Generated<number>;
  plan_id: number;
  revision: number;
  /** The audit log's name of the actor who sent it. */
  issued_by: string;
  /** Who the units read it came from: the sender's unit (督查室). */
  issuer: string;
  created_at: string;
}

export interface DistributionUnitsTable {
  distribution_id: number;
  unit_id: number;
  /** The name of the .docx the unit was sent. */
  file_name: string;
  signed_at: string | null;
  signed_by: string | null;
}

export type DistributionDeliveryStatus = "pending" | "sent" | "failed";

export interface DistributionDeliveriesTable {
  id: Generated<number>;
  distribution_id: number;
  unit_id: number;
  /** domain/contact.ts ContactKind. */
  channel: string;
  /** The contact as shown to people: an address, or a robot URL with its key masked. */
  destination: string;
  status: DistributionDeliveryStatus;
  error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** The last notice number the office gave out in a year. */
export interface NoticeSequencesTable {
  year: number;
  last_number: number;
}

/** A supervision notice (督办通知单) as issued; `facts_json` holds what the document shows. */
export interface NoticesTable {
  id: Generated<number>;
  milestone_id: number;
  plan_id: number;
  /** The year of the office's sequence and the number in it; unique together. */
  year: number;
  number: number;
  /** The number as the template wrote it, "〔2022〕第3号". */
  number_text: string;
  office: string;
  recipient_unit_id: number | null;
  recipient_unit: string;
  /** An actor name ("user:dcs"), and that user. */
  issued_by: string;
  issued_by_user_id: number | null;
  issued_at: string;
  /** YYYY-MM-DD: the office day of issue, and the day a reply is due. */
  issued_on: string;
  reply_due: string;
  days_overdue: number;
  facts_json: string;
}

/** What an instance may keep in memory, and how often it changed (migration 0020). */
export type CachedData = "work_calendar" | "plan_settings";

export interface CacheVersionsTable {
  name: CachedData;
  version: number;
}

/**
 * A quantitative target (量化指标) of a task or milestone (migration 0022).
 * Values are decimal text, exact on both databases; a range has low and
 * high, every other comparison a value.
 */
export interface TargetsTable {
  id: Generated<number>;
  plan_id: number;
  task_id: number;
  /** Null: the task's own words (its title). */
  milestone_id: number | null;
  subject: string;
  comparison: "at_least" | "more_than" | "reach" | "at_most" | "range";
  value: string | null;
  low: string | null;
  high: string | null;
  unit_of_measure: string;
  /** Where in the task's title or milestone's text it was read; null for an added target. */
  span_start: number | null;
  span_end: number | null;
  span_text: string | null;
  origin: "extracted" | "added";
  state: "proposed" | "confirmed" | "dismissed";
  baseline: string | null;
  created_at: string;
  /** Who last confirmed, edited or dismissed it; null: an import's proposal nobody touched. */
  changed_by: string | null;
  changed_at: string | null;
}

/** A value a unit reported for a target, as of a day (migration 0022). */
export interface TargetActualsTable {
  id: Generated<number>;
  target_id: number;
  plan_id: number;
  /** Decimal text, in the target's unit of measure. */
  value: string;
  as_of: string;
  /** Where the figure comes from (统计快报, a document), as the unit wrote it. */
  source: string;
  /** The reporting unit; null from the shell. */
  unit_id: number | null;
  reported_by: string;
  user_id: number | null;
  recorded_at: string;
}

/**
 * One searchable text (migration 0023): a task's title, a milestone's text,
 * a unit's name, a report, a review comment, an instruction, an answer, an
 * evidence file's name. Kept in step by db/queries/search-index.ts.
 */
export interface SearchEntriesTable {
  id: Generated<number>;
  /** domain/search-kind.ts SearchKind. */
  kind: string;
  /** The id of the row the text comes from, in the table of its kind. */
  ref_id: number;
  plan_id: number | null;
  task_id: number | null;
  milestone_id: number | null;
  /** The unit that wrote the record, or whose request a review answered; null for content. */
  unit_id: number | null;
  /** When the record was made (ISO time); null for content and units. */
  at: string | null;
  body: string;
  /** `body` folded for matching (domain/search-text.ts searchFold). */
  norm: string;
}

/** A row while the search index waits to be rebuilt from the stored data (after migration 0023). */
export interface SearchIndexStateTable {
  id: number;
  rebuild_requested_at: string;
}
