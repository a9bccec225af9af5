import type { Kysely } from "kysely";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";

/**
 * What the audit log records, typed by action. Written by the service in the
 * same transaction as the change it records, never from hooks.
 */
export type AuditEvent =
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
    };

export const appendAudit = (
  db: Kysely<Schema>,
  actor: string,
  event: AuditEvent,
  now: string,
): Promise<void> => appendAuditEvents(db, actor, [event], now);

export const appendAuditEvents = async (
  db: Kysely<Schema>,
  actor: string,
  events: readonly AuditEvent[],
  now: string,
): Promise<void> => {
  const rows = events.map((event) => ({
    at: now,
    actor,
    action: event.action,
    object_type: event.objectType,
    object_id: String(event.objectId),
    before_json: "before" in event ? JSON.stringify(event.before) : null,
    after_json: JSON.stringify(event.after),
  }));
  for (const chunk of chunksFor(rows, 7)) await db.insertInto("audit_log").values(chunk).execute();
};

export interface AuditEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export const listAudit = async (
  db: Kysely<Schema>,
  filter: { readonly objectType?: string; readonly objectId?: string } = {},
): Promise<AuditEntry[]> => {
  const rows = await db
    .selectFrom("audit_log")
    .selectAll()
    .$if(filter.objectType !== undefined, (q) =>
      q.where("object_type", "=", filter.objectType ?? ""),
    )
    .$if(filter.objectId !== undefined, (q) => q.where("object_id", "=", filter.objectId ?? ""))
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
};
