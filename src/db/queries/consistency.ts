import { sql, type Kysely } from "kysely";
import type { Schema } from "../schema.js";

/*
 * Queries that find states the services never leave behind; `duban check`
 * runs them after a crash, a restore or a hand edit. Each returns the rows at
 * fault, none when the database is consistent.
 */

/** Plans whose revision in force has no revision row. */
export const plansMissingCurrentRevision = (
  db: Kysely<Schema>,
): Promise<{ id: number; currentRevision: number }[]> =>
  db
    .selectFrom("plans")
    .leftJoin("revisions", (join) =>
      join
        .onRef("revisions.plan_id", "=", "plans.id")
        .onRef("revisions.number", "=", "plans.current_revision"),
    )
    .select(["plans.id", "plans.current_revision as currentRevision"])
    .where("plans.current_revision", ">", 0)
    .where("revisions.id", "is", null)
    .orderBy("plans.id")
    .execute();

/** Plans still at revision 0: an import that created the row and never finished. */
export const halfWrittenPlans = (db: Kysely<Schema>): Promise<{ id: number; title: string }[]> =>
  db
    .selectFrom("plans")
    .select(["id", "title"])
    .where("current_revision", "=", 0)
    .orderBy("id")
    .execute();

/** What raw SQL gives back for an integer: PostgreSQL returns count() and sum() as bigint text. */
type Integer = number | string;

export type VersionedItem = "task" | "milestone";

const TABLES = {
  task: { items: "tasks", versions: "task_versions", key: "task_id" },
  milestone: { items: "milestones", versions: "milestone_versions", key: "milestone_id" },
} as const;

/**
 * Tasks or milestones with no version at all, or with more than one version
 * in force (valid_to null). None in force is a removed item, which is fine.
 */
export const itemsWithoutOneVersion = async (
  db: Kysely<Schema>,
  item: VersionedItem,
): Promise<{ id: number; planId: number; versions: number; inForce: number }[]> => {
  const t = TABLES[item];
  const inForce = sql`sum(case when v.id is not null and v.valid_to is null then 1 else 0 end)`;
  const { rows } = await sql<Record<"id" | "plan_id" | "versions" | "in_force", Integer>>`
    select i.id, i.plan_id, count(v.id) as versions, ${inForce} as in_force
    from ${sql.table(t.items)} i
    left join ${sql.table(t.versions)} v on v.${sql.ref(t.key)} = i.id
    group by i.id, i.plan_id
    having count(v.id) = 0 or ${inForce} > 1
    order by i.id
  `.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    planId: Number(r.plan_id),
    versions: Number(r.versions),
    inForce: Number(r.in_force),
  }));
};

/** Versions that hold for no revision: closed at or before the one they start at. */
export const emptyVersionRanges = async (
  db: Kysely<Schema>,
  item: VersionedItem,
): Promise<{ id: number; itemId: number; validFrom: number; validTo: number }[]> => {
  const t = TABLES[item];
  const { rows } = await sql<Record<"id" | "item_id" | "valid_from" | "valid_to", Integer>>`
    select id, ${sql.ref(t.key)} as item_id, valid_from, valid_to
    from ${sql.table(t.versions)}
    where valid_to is not null and valid_to <= valid_from
    order by id
  `.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    itemId: Number(r.item_id),
    validFrom: Number(r.valid_from),
    validTo: Number(r.valid_to),
  }));
};

/**
 * Targets filed under another plan than their task's or milestone's, and
 * actuals under another plan than their target's: a plan's deletion and
 * its unit's views go by plan_id, so such a row would outlive its plan or
 * show in the wrong one.
 */
export const targetsAcrossPlans = async (
  db: Kysely<Schema>,
): Promise<{ kind: "target" | "actual"; id: number; planId: number }[]> => {
  const { rows } = await sql<Record<"kind" | "id" | "plan_id", Integer>>`
    select 'target' as kind, g.id, g.plan_id
    from targets g
    join tasks t on t.id = g.task_id
    left join milestones m on m.id = g.milestone_id
    where t.plan_id <> g.plan_id or m.plan_id <> g.plan_id
    union all
    select 'actual' as kind, a.id, a.plan_id
    from target_actuals a
    join targets g on g.id = a.target_id
    where g.plan_id <> a.plan_id
    order by 1, 2
  `.execute(db);
  return rows.map((r) => ({
    kind: r.kind === "actual" ? "actual" : "target",
    id: Number(r.id),
    planId: Number(r.plan_id),
  }));
};
