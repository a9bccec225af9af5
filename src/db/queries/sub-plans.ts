import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

/** A sub-plan's identity: one per milestone, never matched by another table's title. */
export const subPlanKey = (parentMilestoneId: number): string => `sub-plan|${parentMilestoneId}`;

/** The sub-plan (子计划) of a milestone, if it has one. */
export const subPlanOfMilestone = async (
  db: Kysely<Schema>,
  milestoneId: number,
): Promise<{ readonly id: number; readonly currentRevision: number } | undefined> =>
  db
    .selectFrom("plans")
    .select(["id", "current_revision as currentRevision"])
    .where("parent_milestone_id", "=", milestoneId)
    .executeTakeFirst();

/** Which of some milestones have a sub-plan, with its id. */
export const subPlansOfMilestones = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
): Promise<Map<number, number>> => {
  if (milestoneIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("plans")
    .select(["id", "parent_milestone_id as parentId"])
    .where("parent_milestone_id", "in", milestoneIds)
    .execute();
  return new Map(rows.flatMap((row) => (row.parentId === null ? [] : [[row.parentId, row.id]])));
};

/** The milestone a plan decomposes; null for a plan of its own. */
export const parentMilestoneOf = async (
  db: Kysely<Schema>,
  planId: number,
): Promise<number | null> =>
  (
    await db
      .selectFrom("plans")
      .select("parent_milestone_id as parentId")
      .where("id", "=", planId)
      .executeTakeFirst()
  )?.parentId ?? null;

/**
 * Ties a plan to the milestone it decomposes and to that milestone's lead
 * unit as its owner: at its first import, and again at each revision, so
 * that a new lead of the milestone owns the sub-plan it now revises.
 */
export const tieSubPlan = async (
  db: Kysely<Schema>,
  planId: number,
  parent: { readonly milestoneId: number; readonly ownerUnitId: number },
): Promise<void> => {
  await db
    .updateTable("plans")
    .set({ parent_milestone_id: parent.milestoneId, owner_unit_id: parent.ownerUnitId })
    .where("id", "=", planId)
    .execute();
};

/** The units directly under a unit: a bureau's sections, a city's counties. */
export const subordinateUnits = async (
  db: Kysely<Schema>,
  unitId: number,
): Promise<{ readonly id: number; readonly name: string }[]> =>
  db
    .selectFrom("units")
    .select(["id", "name"])
    .where("parent_unit_id", "=", unitId)
    .orderBy("name")
    .execute();

/** Puts units under a unit (units an import of its sub-plan created). */
export const placeUnder = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  parentUnitId: number,
): Promise<void> => {
  if (unitIds.length === 0) return;
  await db
    .updateTable("units")
    .set({ parent_unit_id: parentUnitId })
    .where("id", "in", unitIds)
    .where("parent_unit_id", "is", null)
    .where("id", "!=", parentUnitId)
    .execute();
};

/** The ids of the current steps of a plan, in the plan's order. */
export const currentMilestoneIdsOf = async (
  db: Kysely<Schema>,
  planId: number,
): Promise<number[]> =>
  (
    await db
      .selectFrom("milestone_versions as mv")
      .innerJoin("milestones as m", "m.id", "mv.milestone_id")
      .innerJoin("tasks as t", "t.id", "mv.task_id")
      .select("mv.milestone_id as id")
      .where("mv.plan_id", "=", planId)
      .where("mv.valid_to", "is", null)
      .orderBy("t.position")
      .orderBy("m.position")
      .execute()
  ).map((row) => row.id);

/** A milestone of a plan whose sub-plan has steps due after it, as the revision in force stands. */
export interface StepsAfterParent {
  readonly milestoneId: number;
  readonly taskNo: number | null;
  readonly seq: number | null;
  readonly dueDate: string;
  /** How many current steps are due after the milestone, and the latest of their days. */
  readonly steps: number;
  readonly latestStepDue: string;
}

/**
 * The current milestones of a plan whose sub-plans (子计划) hold current
 * steps due after them: new steps are refused a later day, but a revision
 * may move the milestone earlier under steps already there.
 */
export const stepsAfterParents = async (
  db: Kysely<Schema>,
  planId: number,
): Promise<StepsAfterParent[]> => {
  const rows = await db
    .selectFrom("milestone_versions as parent")
    .innerJoin("task_versions as tv", (join) =>
      join.onRef("tv.task_id", "=", "parent.task_id").on("tv.valid_to", "is", null),
    )
    .innerJoin("plans as sub", "sub.parent_milestone_id", "parent.milestone_id")
    .innerJoin("milestone_versions as step", (join) =>
      join.onRef("step.plan_id", "=", "sub.id").on("step.valid_to", "is", null),
    )
    .select((eb) => [
      "parent.milestone_id as milestoneId",
      "tv.no as taskNo",
      "parent.seq as seq",
      "parent.due_date as dueDate",
      eb.fn.countAll<number | string>().as("steps"),
      eb.fn.max("step.due_date").as("latestStepDue"),
    ])
    .where("parent.plan_id", "=", planId)
    .where("parent.valid_to", "is", null)
    .where("parent.due_date", "is not", null)
    .whereRef("step.due_date", ">", "parent.due_date")
    .groupBy(["parent.milestone_id", "tv.no", "parent.seq", "parent.due_date"])
    .orderBy("parent.milestone_id")
    .execute();
  return rows.flatMap((row) =>
    row.dueDate === null || row.latestStepDue === null
      ? []
      : [
          {
            ...row,
            dueDate: row.dueDate,
            latestStepDue: row.latestStepDue,
            steps: Number(row.steps),
          },
        ],
  );
};
