import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import { narrowedTo, NO_REACH, visiblePlanIds, type ViewerScope } from "./access.js";

export interface PlanRow {
  readonly id: number;
  readonly year: number;
  readonly issuer: string | null;
  readonly kind: "master" | "slice";
  /** What the office files it under (domain/plan-grouping.ts). */
  readonly category: string;
  readonly ownerUnit: string | null;
  readonly title: string;
  readonly currentRevision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When an administrator archived it; null while it is in use. */
  readonly archivedAt: string | null;
  /** The milestone this plan is the sub-plan (子计划) of; null for a plan of its own. */
  readonly parentMilestoneId: number | null;
}

const planColumns = [
  "plans.id",
  "plans.year",
  "plans.issuer",
  "plans.kind",
  "plans.category",
  "units.name as ownerUnit",
  "plans.title",
  "plans.current_revision as currentRevision",
  "plans.created_at as createdAt",
  "plans.updated_at as updatedAt",
  "plans.archived_at as archivedAt",
  "plans.parent_milestone_id as parentMilestoneId",
] as const;

/**
 * Which plans a list covers: one plan (archived or not: it is named), or
 * every plan in use, archived ones left out (a list across plans).
 */
export type PlanScope = number | "in_use";

/** Ids of the plans in use (not archived): what a list across plans covers. */
export const plansInUse = (db: Kysely<Schema>) =>
  db.selectFrom("plans").select("plans.id").where("plans.archived_at", "is", null);

/** Ids of the plans a scope covers, for a list's `plan_id in (…)`. */
export const plansCovered = (db: Kysely<Schema>, scope: PlanScope) =>
  scope === "in_use"
    ? plansInUse(db)
    : db.selectFrom("plans").select("plans.id").where("plans.id", "=", scope);

/** Plans that have at least one revision, newest year first; archived ones only when asked for. */
export const listPlans = (
  db: Kysely<Schema>,
  which: "in_use" | "with_archived",
  visibleTo?: ViewerScope,
): Promise<PlanRow[]> => {
  const units = narrowedTo(visibleTo);
  return db
    .selectFrom("plans")
    .leftJoin("units", "units.id", "plans.owner_unit_id")
    .select(planColumns)
    .where("plans.current_revision", ">", 0)
    .$if(which === "in_use", (q) => q.where("plans.archived_at", "is", null))
    .$if(units !== null, (q) => q.where("plans.id", "in", visiblePlanIds(db, units ?? NO_REACH)))
    .orderBy("plans.year", "desc")
    .orderBy("plans.id")
    .execute();
};

export const findPlan = (db: Kysely<Schema>, id: number): Promise<PlanRow | undefined> =>
  db
    .selectFrom("plans")
    .leftJoin("units", "units.id", "plans.owner_unit_id")
    .select(planColumns)
    .where("plans.id", "=", id)
    .where("plans.current_revision", ">", 0)
    .executeTakeFirst();

export interface NewPlan {
  readonly planKey: string;
  readonly year: number;
  readonly issuer: string | null;
  readonly kind: "master" | "slice";
  readonly category: string;
  readonly ownerUnitId: number | null;
  readonly title: string;
}

/**
 * The plan a table belongs to, locked for this transaction: created when
 * new, and in either case written first, so that a second import of the same
 * plan waits here until the first has committed (PostgreSQL's row lock,
 * SQLite's write lock) and then sees its revision.
 */
export const lockPlanByKey = async (
  db: Kysely<Schema>,
  plan: NewPlan,
  now: string,
): Promise<{ id: number; currentRevision: number }> => {
  await db
    .insertInto("plans")
    .values({
      plan_key: plan.planKey,
      year: plan.year,
      issuer: plan.issuer,
      kind: plan.kind,
      category: plan.category,
      owner_unit_id: plan.ownerUnitId,
      title: plan.title,
      current_revision: 0,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("plan_key").doNothing())
    .execute();
  return db
    .updateTable("plans")
    .set({ updated_at: now })
    .where("plan_key", "=", plan.planKey)
    .returning(["id", "current_revision as currentRevision"])
    .executeTakeFirstOrThrow();
};

/** Locks an existing plan by id for this transaction; undefined when there is none. */
export const lockPlanById = (
  db: Kysely<Schema>,
  id: number,
  now: string,
): Promise<{ id: number; currentRevision: number } | undefined> =>
  db
    .updateTable("plans")
    .set({ updated_at: now })
    .where("id", "=", id)
    .where("current_revision", ">", 0)
    .returning(["id", "current_revision as currentRevision"])
    .executeTakeFirst();

export const setCurrentRevision = async (
  db: Kysely<Schema>,
  id: number,
  revision: number,
  title: string,
): Promise<void> => {
  await db
    .updateTable("plans")
    .set({ current_revision: revision, title })
    .where("id", "=", id)
    .execute();
};

/** Gives a plan the identity key of its new title, unless another plan holds that key. */
export const rekeyPlan = async (db: Kysely<Schema>, id: number, planKey: string): Promise<void> => {
  const holder = await db
    .selectFrom("plans")
    .select("id")
    .where("plan_key", "=", planKey)
    .executeTakeFirst();
  if (holder === undefined) {
    await db.updateTable("plans").set({ plan_key: planKey }).where("id", "=", id).execute();
  }
};

/** Files a plan under a year and category (`plan_key` follows the year, unless another plan holds it). */
export const classifyPlan = async (
  db: Kysely<Schema>,
  id: number,
  filing: { readonly year: number; readonly category: string; readonly planKey: string },
): Promise<void> => {
  await db
    .updateTable("plans")
    .set({ year: filing.year, category: filing.category })
    .where("id", "=", id)
    .execute();
  await rekeyPlan(db, id, filing.planKey);
};

export const setPlanCategory = async (
  db: Kysely<Schema>,
  id: number,
  category: string,
): Promise<void> => {
  await db.updateTable("plans").set({ category }).where("id", "=", id).execute();
};

/** Archives a plan (a day-stamp) or brings it back into use (null). */
export const setPlanArchived = async (
  db: Kysely<Schema>,
  id: number,
  archivedAt: string | null,
): Promise<void> => {
  await db.updateTable("plans").set({ archived_at: archivedAt }).where("id", "=", id).execute();
};
