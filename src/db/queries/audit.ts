import type { Kysely } from "kysely";
import type { LedgerEntry } from "../../domain/milestone-ledger.js";
import type { PlanSettings } from "../../domain/plan-settings.js";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";

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
      };
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
      readonly action: "unit.alias_added" | "unit.alias_removed";
      readonly objectType: "unit";
      readonly objectId: number;
      readonly after: { readonly alias: string };
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
      readonly action: "focus.set" | "focus.cleared";
      readonly objectType: "task";
      readonly objectId: number;
      readonly after: { readonly focus: boolean };
    }
  | {
      readonly action: "calendar.day_set" | "calendar.day_removed";
      readonly objectType: "calendar_day";
      /** The day, YYYY-MM-DD. */
      readonly objectId: string;
      readonly before: CalendarDayAuditView;
      readonly after: CalendarDayAuditView;
    };

/** A day of the working-day calendar as the log keeps it: what it was, and where that came from. */
export interface CalendarDayAuditView {
  readonly kind: "holiday" | "workday" | "normal";
  readonly name: string;
  readonly source: "shipped" | "override" | "rule";
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
  | "focus.set"
  | "focus.cleared";

/** What the log keeps of a user: never the password or its hash. */
export interface UserAuditView {
  readonly username: string;
  readonly displayName: string;
  readonly unit: string;
  readonly role: string;
  readonly disabled: boolean;
}

/** Who acted, as the log records it. */
export interface AuditActor {
  /** "cli:alice", "user:alice", "token:3:报表同步". */
  readonly name: string;
  readonly userId: number | null;
  readonly unitId: number | null;
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
    unit_id: actor.unitId,
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
  readonly unitId: number | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditFilter {
  readonly userId?: number;
  readonly unitId?: number;
  readonly objectType?: string;
  readonly objectId?: string;
  readonly action?: string;
  /** ISO times, inclusive from, exclusive to. */
  readonly from?: string;
  readonly to?: string;
}

const filtered = (db: Kysely<Schema>, filter: AuditFilter) =>
  db
    .selectFrom("audit_log")
    .$if(filter.userId !== undefined, (q) => q.where("user_id", "=", filter.userId ?? -1))
    .$if(filter.unitId !== undefined, (q) => q.where("unit_id", "=", filter.unitId ?? -1))
    .$if(filter.objectType !== undefined, (q) =>
      q.where("object_type", "=", filter.objectType ?? ""),
    )
    .$if(filter.objectId !== undefined, (q) => q.where("object_id", "=", filter.objectId ?? ""))
    .$if(filter.action !== undefined, (q) => q.where("action", "=", filter.action ?? ""))
    .$if(filter.from !== undefined, (q) => q.where("at", ">=", filter.from ?? ""))
    .$if(filter.to !== undefined, (q) => q.where("at", "<", filter.to ?? ""));

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
  return {
    total: Number(n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      userId: r.user_id,
      unitId: r.unit_id,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
    })),
  };
};
