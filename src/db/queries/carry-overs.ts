import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import { NO_REACH, readableMilestoneIds, type UnitReach } from "./access.js";

/** A milestone carried into next year's plan and the one it came from. */
export interface CarryOverLink {
  readonly milestoneId: number;
  readonly planId: number;
  readonly fromMilestoneId: number;
  readonly fromPlanId: number;
}

/** Where a carried milestone came from: the old milestone and its plan. */
export interface CarriedFrom {
  readonly milestoneId: number;
  readonly planId: number;
  readonly planYear: number;
  readonly planTitle: string;
}

/** Where an old milestone was carried to. */
export interface CarriedTo {
  readonly milestoneId: number;
  readonly planId: number;
}

export const insertCarryOvers = async (
  db: Kysely<Schema>,
  links: readonly CarryOverLink[],
  now: string,
): Promise<void> => {
  if (links.length === 0) return;
  await db
    .insertInto("milestone_carry_overs")
    .values(
      links.map((link) => ({
        milestone_id: link.milestoneId,
        plan_id: link.planId,
        from_milestone_id: link.fromMilestoneId,
        from_plan_id: link.fromPlanId,
        created_at: now,
      })),
    )
    .execute();
};

/**
 * For some milestones, those carried over from an old plan: where each came
 * from. With `visibleTo` (a unit's ids) only the old milestones those units
 * may read: a link never names a plan the reader has no part in.
 */
export const carriedFrom = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
  visibleTo: UnitReach | null,
): Promise<Map<number, CarriedFrom>> => {
  if (milestoneIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("milestone_carry_overs as c")
    .innerJoin("plans as p", "p.id", "c.from_plan_id")
    .select([
      "c.milestone_id as id",
      "c.from_milestone_id as milestoneId",
      "c.from_plan_id as planId",
      "p.year as planYear",
      "p.title as planTitle",
    ])
    .where("c.milestone_id", "in", milestoneIds)
    .$if(visibleTo !== null, (q) =>
      q.where("c.from_milestone_id", "in", readableMilestoneIds(db, visibleTo ?? NO_REACH)),
    )
    .execute();
  return new Map(rows.map(({ id, ...from }) => [id, from]));
};

/** Of an old plan's milestones, those already carried into a later plan, and where to. */
/**
 * Holds the old plan's carry-overs for this transaction: PostgreSQL locks its
 * row, so that two offices carrying from it at once go one after the other
 * (SQLite's write transaction holds the whole database already).
 */
export const lockCarryOverSource = async (
  db: Kysely<Schema>,
  dialect: "sqlite" | "postgres",
  planId: number,
): Promise<void> => {
  if (dialect === "postgres") {
    await db.selectFrom("plans").select("id").where("id", "=", planId).forUpdate().execute();
  }
};

export const carriedOutOf = async (
  db: Kysely<Schema>,
  fromPlanId: number,
): Promise<Map<number, CarriedTo>> => {
  const rows = await db
    .selectFrom("milestone_carry_overs")
    .select(["from_milestone_id as from", "milestone_id as milestoneId", "plan_id as planId"])
    .where("from_plan_id", "=", fromPlanId)
    .execute();
  return new Map(rows.map(({ from, ...to }) => [from, to]));
};
