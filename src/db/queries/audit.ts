import type { Kysely } from "kysely";
import type { LedgerEntry } from "../../domain/milestone-ledger.js";
import type { PlanSettings } from "../../domain/plan-settings.js";
import { isSignInMethod, type SignInMethod } from "../../domain/sign-in.js";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";
import { recordsVisibleTo, type RecordScope } from "./access.js";
import { tokenCredits, type RevokedReason, type TokenCredit } from "./api-tokens.js";

/**
 * What the audit log records, typed by action. Written by the service in the
 * same transaction as the change it records, never from hooks.
 */
export type AuditEvent =
  | {
      readonly action: "unit.contact_added";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly after: { readonly label: string; readonly contact: unknown };
    }
  | {
      readonly action: "unit.contact_removed";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly after: { readonly contactId: number };
    }
  | {
      readonly action: MilestoneAuditAction;
      readonly objectType: "milestone";
      readonly objectId: number;
      readonly after: LedgerEntry;
    }
  | {
      readonly action: "plan.settings_changed";
      readonly objectType: "plan";
      readonly objectId: number;
      readonly before: PlanSettings;
      readonly after: PlanSettings;
    }
  | {
      readonly action: "plan.imported" | "plan.revised";
      readonly objectType: "plan";
      readonly objectId: number;
      readonly after: {
        readonly revision: number;
        readonly title: string;
        readonly file: string;
        readonly sha256: string;
        readonly counts: { added: number; removed: number; changed: number; unchanged: number };
        /** Removed milestones that had history, evidence or open requests; the requests withdrawn. */
        readonly removedWithRecords?: readonly unknown[];
        readonly withdrawn?: readonly number[];
        /** Targets proposed from new words, and untouched proposals whose words went. */
        readonly targets?: { readonly proposed: number; readonly dropped: number };
      };
    }
  | {
      readonly action: "plan.classified";
      readonly objectType: "plan";
      readonly objectId: number;
      readonly before: { readonly year: number; readonly category: string };
      readonly after: { readonly year: number; readonly category: string };
    }
  | {
      readonly action: "plan.carried_over";
      readonly objectType: "plan";
      readonly objectId: number;
      readonly after: {
        readonly fromPlanId: number;
        readonly year: number;
        /** Each carried milestone: its id in the new plan and the one it came from. */
        readonly milestones: readonly { readonly id: number; readonly from: number }[];
      };
    }
  | {
      readonly action: "plan.archived" | "plan.unarchived" | "plan.deleted";
      readonly objectType: "plan";
      readonly objectId: number;
      readonly after: { readonly title: string; readonly year: number };
    }
  | {
      readonly action: "plan.distributed";
      readonly objectType: "plan";
      readonly objectId: number;
      readonly after: {
        readonly distributionId: number;
        readonly revision: number;
        readonly units: readonly string[];
      };
    }
  | {
      readonly action: "distribution.signed";
      readonly objectType: "distribution";
      readonly objectId: number;
      readonly after: { readonly unit: string; readonly acknowledged: number };
    }
  | {
      readonly action: "unit.created";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly after: { readonly name: string; readonly reason: string };
    }
  | {
      readonly action: "units.merged";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly before: {
        readonly kept: string;
        readonly removed: string;
        readonly removedAliases: readonly string[];
      };
      readonly after: { readonly name: string; readonly aliases: readonly string[] };
    }
  | {
      readonly action: "unit.parent_set";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly before: { readonly parentUnitId: number | null };
      readonly after: { readonly parentUnitId: number | null; readonly parent: string | null };
    }
  | {
      readonly action: "unit.alias_added" | "unit.alias_removed";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly after: { readonly alias: string };
    }
  | {
      readonly action: "oidc.mapping_set" | "oidc.mapping_removed";
      readonly objectType: "oidc_mapping";
      /** "user:<username claim value>" or "unit:<unit id>". */
      readonly objectId: string;
      readonly after: Readonly<Record<string, string | number | null>>;
    }
  | {
      readonly action: "user.created";
      readonly objectType: "user";
      readonly objectId: number;
      readonly after: UserAuditView;
    }
  | {
      readonly action: "user.updated";
      readonly objectType: "user";
      readonly objectId: number;
      readonly before: Partial<UserAuditView>;
      readonly after: Partial<UserAuditView> & { readonly passwordReset?: true };
    }
  | {
      readonly action: "user.password_changed";
      readonly objectType: "user";
      readonly objectId: number;
      readonly after: { readonly username: string };
    }
  | {
      readonly action: "token.created" | "token.revoked";
      readonly objectType: "token";
      readonly objectId: number;
      readonly after: {
        readonly name: string;
        readonly unit: string;
        readonly role: string;
        readonly expiresAt: string | null;
        readonly reason?: RevokedReason;
      };
    }
  | {
      readonly action: "calendar_feed.created" | "calendar_feed.revoked";
      readonly objectType: "calendar_feed";
      readonly objectId: number;
      readonly after: {
        readonly kind: "plan" | "unit";
        readonly planId: number | null;
        readonly unit: string | null;
        readonly createdBy: string;
      };
    }
  | {
      readonly action: "link.issued" | "link.revoked";
      readonly objectType: "link";
      readonly objectId: number;
      readonly after: {
        readonly unit: string;
        readonly contact: string | null;
        readonly milestoneIds: readonly number[];
        readonly expiresAt: string;
      };
    }
  | {
      readonly action: "instruction.issued" | "instruction.closed";
      readonly objectType: "instruction";
      readonly objectId: number;
      readonly after: InstructionAuditView;
    }
  | {
      readonly action: "instruction.responded";
      readonly objectType: "instruction";
      readonly objectId: number;
      readonly after: {
        readonly responseId: number;
        readonly unitId: number;
        readonly text: string;
      };
    }
  | {
      readonly action: "target.added" | "target.changed";
      readonly objectType: "target";
      readonly objectId: number;
      readonly before?: TargetAuditView;
      readonly after: TargetAuditView;
    }
  | {
      readonly action: "target.actual_reported";
      readonly objectType: "target";
      readonly objectId: number;
      readonly after: {
        readonly actualId: number;
        readonly value: number;
        readonly asOf: string;
        readonly source: string;
        readonly unitId: number | null;
      };
    }
  | {
      readonly action: "focus.set" | "focus.cleared";
      readonly objectType: "task";
      readonly objectId: number;
      readonly after: { readonly focus: boolean };
    }
  | {
      readonly action:
        | "auth.logged_in"
        | "auth.logged_out"
        | "auth.password_change_failed"
        | "auth.ended_by_provider";
      readonly objectType: "user";
      readonly objectId: number;
      readonly after: SignInAuditView;
    }
  | {
      readonly action: SecondFactorAuditAction;
      readonly objectType: "user";
      readonly objectId: number;
      readonly after: SecondFactorAuditView;
    }
  | {
      readonly action: "second_factor.policy_changed";
      readonly objectType: "settings";
      /** "second_factor". */
      readonly objectId: string;
      readonly before: { readonly roles: readonly string[] };
      readonly after: { readonly roles: readonly string[] };
    }
  | {
      readonly action: "auth.login_failed";
      readonly objectType: "login";
      /** The username tried, as typed (cut to 100 characters). */
      readonly objectId: string;
      readonly after: SignInAuditView & {
        /** invalid, locked: a password; the rest: a person a provider vouched for, not let in. */
        readonly reason:
          "invalid" | "locked" | "unknown_person" | "disabled" | "username_taken" | "not_linked";
      };
    }
  | {
      readonly action: "auth.locked";
      readonly objectType: "login";
      /** The counter that locked: "user:alice" or "ip:10.0.0.7". */
      readonly objectId: string;
      readonly after: SignInAuditView;
    }
  | {
      readonly action: "directory.proposal_accepted" | "directory.proposal_rejected";
      readonly objectType: "directory_proposal";
      readonly objectId: number;
      /** The proposal as it was decided: its kind, the entry, what accepting it wrote. */
      readonly after: {
        readonly kind: string;
        readonly subject: string;
        readonly details: unknown;
      };
    }
  | {
      readonly action: "directory.settings_saved" | "directory.settings_removed";
      readonly objectType: "directory";
      readonly objectId: number;
      /** The settings without the service account's password. */
      readonly after: {
        readonly url: string | null;
        readonly bindDn?: string;
        readonly baseDn?: string;
        readonly userFilter?: string;
      };
    }
  | {
      readonly action: "auth.refused";
      readonly objectType: "request";
      /** "PUT /api/milestones/7/progress". */
      readonly objectId: string;
      readonly after: {
        /** The permission refused ("milestone.report") and the status answered. */
        readonly refused: string;
        readonly status: number;
        readonly clientIp: string | null;
      };
    }
  | {
      readonly action: "calendar.day_set" | "calendar.day_removed";
      readonly objectType: "calendar_day";
      /** The day, YYYY-MM-DD. */
      readonly objectId: string;
      readonly before: CalendarDayAuditView;
      readonly after: CalendarDayAuditView;
    };

/** Who signed in or tried to, and from where. */
export interface SignInAuditView {
  readonly username: string;
  readonly clientIp: string | null;
  readonly userAgent?: string | null;
  /** How they signed in (logins): the method, and for a provider its URL and the subject it named. */
  readonly method?: SignInMethod;
  readonly provider?: string;
  readonly subject?: string;
  /** Set when the session opened waits for the second factor. */
  readonly secondFactor?: "pending";
}

export type SecondFactorAuditAction =
  | "auth.second_factor_passed"
  | "auth.second_factor_failed"
  | "second_factor.enrolled"
  | "second_factor.recovery_codes_renewed"
  | "second_factor.turned_off"
  | "second_factor.reset";

/** A second factor's event: whose, from where, and which kind of code passed. */
export interface SecondFactorAuditView {
  readonly username: string;
  readonly clientIp?: string | null;
  readonly code?: "totp" | "recovery_code";
  /** A wrong code that came while the lockout held. */
  readonly locked?: true;
}

/** A day of the working-day calendar as the log keeps it: what it was, and where that came from. */
export interface CalendarDayAuditView {
  readonly kind: "holiday" | "workday" | "normal";
  readonly name: string;
  readonly source: "shipped" | "override" | "rule";
}

/** A quantitative target as the log keeps it. */
export interface TargetAuditView {
  readonly planId: number;
  readonly taskId: number;
  readonly milestoneId: number | null;
  readonly subject: string;
  readonly measure: unknown;
  readonly unitOfMeasure: string;
  readonly state: string;
  readonly baseline: number | null;
}

/** A leader's instruction as the log keeps it. */
export interface InstructionAuditView {
  readonly planId: number;
  readonly targetType: "task" | "milestone";
  readonly targetId: number;
  readonly text: string;
  readonly issuedBy: string;
  readonly responseDue: string | null;
  readonly closedAt: string | null;
}

/** Workflow steps on a milestone: the ledger entry itself is the record. */
export type MilestoneAuditAction =
  | "milestone.acknowledged"
  | "milestone.reported"
  | "milestone.input_reported"
  | "milestone.completion_declared"
  | "milestone.completion_approved"
  | "milestone.completion_returned"
  | "milestone.extension_requested"
  | "milestone.extension_approved"
  | "milestone.extension_rejected"
  | "milestone.notice_issued"
  | "milestone.draft_submitted"
  | "milestone.draft_returned"
  | "milestone.draft_withdrawn"
  | "focus.set"
  | "focus.cleared";

/** What the log keeps of a user: never the password or its hash. */
export interface UserAuditView {
  readonly username: string;
  readonly displayName: string;
  readonly unit: string;
  readonly role: string;
  readonly disabled: boolean;
  /** A user created at their first login through an identity provider: which, and its subject. */
  readonly provider?: string;
  readonly subject?: string;
}

/** Who acted, as the log records it. */
export interface AuditActor {
  /** "cli:alice", "user:alice", "token:3:报表同步". */
  readonly name: string;
  /** The user who acted: never set for a token, which is its own actor. */
  readonly userId: number | null;
  readonly tokenId: number | null;
  readonly unitId: number | null;
  /** How the acting user's session began; null for tokens, links, the shell. */
  readonly signIn: SignInMethod | null;
}

export const appendAudit = (
  db: Kysely<Schema>,
  actor: AuditActor,
  event: AuditEvent,
  now: string,
): Promise<void> => appendAuditEvents(db, actor, [event], now);

export const appendAuditEvents = async (
  db: Kysely<Schema>,
  actor: AuditActor,
  events: readonly AuditEvent[],
  now: string,
): Promise<void> => {
  const rows = events.map((event) => ({
    at: now,
    actor: actor.name,
    user_id: actor.userId,
    token_id: actor.tokenId,
    unit_id: actor.unitId,
    sign_in: actor.signIn,
    action: event.action,
    object_type: event.objectType,
    object_id: String(event.objectId),
    before_json: "before" in event ? JSON.stringify(event.before) : null,
    after_json: JSON.stringify(event.after),
  }));
  for (const chunk of chunksFor(rows, 9)) await db.insertInto("audit_log").values(chunk).execute();
};

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly userId: number | null;
  /** The person's display name (姓名); null for the shell and tokens. */
  readonly userName: string | null;
  /** The API token that acted, named with its issuer; null for people and the shell. */
  readonly token: TokenCredit | null;
  readonly unitId: number | null;
  readonly unitName: string | null;
  /** How the acting user's session began; null when no session acted. */
  readonly signIn: SignInMethod | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditFilter {
  readonly userId?: number;
  readonly tokenId?: number;
  readonly unitId?: number;
  readonly objectType?: string;
  readonly objectId?: string;
  readonly action?: string;
  /** ISO times, inclusive from, exclusive to. */
  readonly from?: string;
  readonly to?: string;
  /** Whose entries the reader may see (access module); all where left out. */
  readonly visibleTo?: RecordScope;
}

const filtered = (db: Kysely<Schema>, filter: AuditFilter) =>
  db
    .selectFrom("audit_log")
    .where(recordsVisibleTo("audit_log", filter.visibleTo ?? { all: true }))
    .$if(filter.userId !== undefined, (q) => q.where("user_id", "=", filter.userId ?? -1))
    .$if(filter.tokenId !== undefined, (q) => q.where("token_id", "=", filter.tokenId ?? -1))
    .$if(filter.unitId !== undefined, (q) => q.where("unit_id", "=", filter.unitId ?? -1))
    .$if(filter.objectType !== undefined, (q) =>
      q.where("object_type", "=", filter.objectType ?? ""),
    )
    .$if(filter.objectId !== undefined, (q) => q.where("object_id", "=", filter.objectId ?? ""))
    .$if(filter.action !== undefined, (q) => q.where("action", "=", filter.action ?? ""))
    .$if(filter.from !== undefined, (q) => q.where("at", ">=", filter.from ?? ""))
    .$if(filter.to !== undefined, (q) => q.where("at", "<", filter.to ?? ""));

/**
 * Deletes sign-in entries (auth.*) written before `before`: logins and
 * refusals pile up fast and matter for months, not forever; the record of
 * changes to the data is kept whatever their age.
 */
export const deleteSignInEntriesBefore = async (
  db: Kysely<Schema>,
  before: string,
): Promise<number> => {
  const result = await db
    .deleteFrom("audit_log")
    .where("action", "like", "auth.%")
    .where("at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
};

/** The display names of the people and units some entries name: two queries for a page. */
const namesOf = async (
  db: Kysely<Schema>,
  rows: readonly { readonly user_id: number | null; readonly unit_id: number | null }[],
): Promise<{ users: Map<number, string>; units: Map<number, string> }> => {
  const ids = (key: "user_id" | "unit_id") => [
    ...new Set(rows.flatMap((row) => (row[key] === null ? [] : [row[key]]))),
  ];
  const userIds = ids("user_id");
  const unitIds = ids("unit_id");
  const users =
    userIds.length === 0
      ? []
      : await db
          .selectFrom("users")
          .select(["id", "display_name as name"])
          .where("id", "in", userIds)
          .execute();
  const units =
    unitIds.length === 0
      ? []
      : await db.selectFrom("units").select(["id", "name"]).where("id", "in", unitIds).execute();
  return {
    users: new Map(users.map((user) => [user.id, user.name])),
    units: new Map(units.map((unit) => [unit.id, unit.name])),
  };
};

/** The people who appear in the entries matching the filter, by display name: the audit screen's choices. */
export const auditPeople = async (
  db: Kysely<Schema>,
  filter: AuditFilter,
): Promise<{ id: number; name: string; unit: string }[]> =>
  db
    .selectFrom("users")
    .innerJoin("units", "units.id", "users.unit_id")
    .select(["users.id", "users.display_name as name", "units.name as unit"])
    .where("users.id", "in", filtered(db, filter).select("audit_log.user_id").distinct())
    .orderBy("users.display_name")
    .execute();

/** Entries matching the filter, newest first, one page, with the total. */
export const listAudit = async (
  db: Kysely<Schema>,
  filter: AuditFilter = {},
  page: { readonly offset: number; readonly limit: number } = { offset: 0, limit: 10_000 },
): Promise<{ entries: AuditEntry[]; total: number }> => {
  const rows = await filtered(db, filter)
    .selectAll()
    .orderBy("id", "desc")
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const { n } = await filtered(db, filter)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  const tokens = await tokenCredits(
    db,
    rows.map((r) => r.token_id),
  );
  const names = await namesOf(db, rows);
  return {
    total: Number(n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      userId: r.user_id,
      userName: r.user_id === null ? null : (names.users.get(r.user_id) ?? null),
      token: r.token_id === null ? null : (tokens.get(r.token_id) ?? null),
      unitId: r.unit_id,
      unitName: r.unit_id === null ? null : (names.units.get(r.unit_id) ?? null),
      signIn: r.sign_in !== null && isSignInMethod(r.sign_in) ? r.sign_in : null,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
    })),
  };
};
