import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";
import type { UnitRows } from "./plan-content.js";
import { unitAndGroupIds } from "./units.js";

/**
 * Whose rows an actor may see: every row (the supervision office,
 * administrators, the shell), or those the units it stands in (its own and
 * the groups it belongs to) are responsible for.
 */
export type ViewerScope =
  | { readonly all: true }
  | (UnitReach & {
      readonly all: false;
      /** The actor's own unit, when unitIds are it and its groups: a filter by it needs no second read. */
      readonly unitId?: number;
    });

/**
 * What some units reach, resolved once per request before any list is
 * read: the units themselves (a unit and its groups), and the sub-plans
 * (子计划) they own, whose every step is theirs.
 *
 * The sub-plans are looked up first and written into each statement as
 * their ids, not as a subquery: neither database can tell in advance that
 * a unit owns no sub-plan, and PostgreSQL then counts a whole plan's
 * milestones into every unit's rows (a province's unit search went from
 * 30 ms to 0.3 s, hashing all 470,000 search entries).
 */
export interface UnitReach {
  readonly unitIds: readonly number[];
  readonly subPlanIds: readonly number[];
}

/** Reaches nothing: for a scope that sees every row, where the builders below are not called. */
export const NO_REACH: UnitReach = { unitIds: [], subPlanIds: [] };

/*
 * A unit stands in a milestone when it is named on its current version (in
 * any role) or leads the milestone's task. Each subquery below is the union
 * of two indexed lookups rather than one OR, which neither database plans
 * well over a large plan; lists put them in their WHERE (`column in (…)`),
 * so that a unit's rows are narrowed in SQL, never in memory.
 */

/** Current tasks whose task-level lead is one of the units. */
export const tasksLedBy = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("task_units as tu")
    .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
    .select("tv.task_id as id")
    .where("tu.unit_id", "in", unitIds)
    .where("tu.role", "=", "lead")
    .where("tv.valid_to", "is", null);

const namedVersions = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("milestone_units as mu")
    .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
    .where("mu.unit_id", "in", unitIds)
    .where("mv.valid_to", "is", null);

const versionsOfLedTasks = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("milestone_versions as mv")
    .where("mv.task_id", "in", tasksLedBy(db, unitIds))
    .where("mv.valid_to", "is", null);

/*
 * A sub-plan (子计划) is its owner's whole: the unit that leads the
 * milestone it decomposes now (so a revision that changes the lead moves
 * it) sees every step of it, as a task's lead sees the task's every
 * milestone, whoever the steps name. The units a step names (sections,
 * counties) stand in that step only, as in any milestone.
 */
const ownedSubPlanIds = async (db: Kysely<Schema>, unitIds: readonly number[]) =>
  unitIds.length === 0
    ? []
    : (
        await db
          .selectFrom("plans")
          .select("plans.id as id")
          .where(
            "plans.parent_milestone_id",
            "in",
            namedVersions(db, unitIds).select("mv.milestone_id").where("mu.role", "=", "lead"),
          )
          .orderBy("plans.id")
          .execute()
      ).map((row) => row.id);

/** What the units reach (UnitReach): the sub-plans they own looked up now. */
export const reachOf = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
): Promise<UnitReach> => ({ unitIds, subPlanIds: await ownedSubPlanIds(db, unitIds) });

/** What one unit reaches: itself and its groups, and the sub-plans they own. */
export const reachOfUnit = async (db: Kysely<Schema>, unitId: number): Promise<UnitReach> =>
  reachOf(db, await unitAndGroupIds(db, unitId));

const versionsOfOwnedSubPlans = (db: Kysely<Schema>, reach: UnitReach) =>
  db
    .selectFrom("milestone_versions as mv")
    .where("mv.plan_id", "in", reach.subPlanIds)
    .where("mv.valid_to", "is", null);

/** Whether the units own a sub-plan: only then does a statement name their sub-plans. */
const ownsSubPlans = (reach: UnitReach): boolean => reach.subPlanIds.length > 0;

/** Ids of the current milestone versions the units stand in. */
export const visibleVersionIds = (db: Kysely<Schema>, reach: UnitReach) =>
  namedVersions(db, reach.unitIds)
    .select("mv.id as id")
    .union(versionsOfLedTasks(db, reach.unitIds).select("mv.id as id"))
    .$if(ownsSubPlans(reach), (q) =>
      q.union(versionsOfOwnedSubPlans(db, reach).select("mv.id as id")),
    );

/** Ids of the current milestone versions the units lead: named as lead, or in a task they lead. */
export const ledVersionIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  namedVersions(db, unitIds)
    .select("mv.id as id")
    .where("mu.role", "=", "lead")
    .union(versionsOfLedTasks(db, unitIds).select("mv.id as id"));

/** Ids of the current milestone versions that name the units in a role other than lead. */
export const sharedVersionIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  namedVersions(db, unitIds).select("mv.id as id").where("mu.role", "!=", "lead");

/** A unit filter's role: what the units lead, or what they share without leading it. */
export type UnitRole = "lead" | "cooperating";

/**
 * The current milestone versions a unit filter keeps (the units: a unit and
 * its groups): what they lead (whole tasks included) or share; with a role,
 * only what they lead, or only what they share and do not lead. What a unit
 * leads is its own, never also shared, as a unit's figures count it.
 */
export const responsibleVersionIds = (
  db: Kysely<Schema>,
  reach: UnitReach,
  role: UnitRole | undefined,
) => {
  switch (role) {
    case undefined:
      return visibleVersionIds(db, reach);
    case "lead":
      return ledVersionIds(db, reach.unitIds);
    case "cooperating":
      return db
        .selectFrom(sharedVersionIds(db, reach.unitIds).as("shared"))
        .select("shared.id")
        .where("shared.id", "not in", ledVersionIds(db, reach.unitIds));
  }
};

/**
 * The current tasks a unit filter keeps: those holding a milestone it keeps
 * (responsibleVersionIds), and, unless only shared work is asked, the tasks
 * the units lead even with no milestone of their own.
 */
export const responsibleTaskIds = (
  db: Kysely<Schema>,
  reach: UnitReach,
  role: UnitRole | undefined,
) => {
  const ofMilestones = db
    .selectFrom("milestone_versions as mv")
    .select("mv.task_id as id")
    .where("mv.id", "in", responsibleVersionIds(db, reach, role));
  return role === "cooperating" ? ofMilestones : ofMilestones.union(tasksLedBy(db, reach.unitIds));
};

/** Ids of the milestones the units stand in. */
export const visibleMilestoneIds = (db: Kysely<Schema>, reach: UnitReach) =>
  namedVersions(db, reach.unitIds)
    .select("mv.milestone_id as id")
    .union(versionsOfLedTasks(db, reach.unitIds).select("mv.milestone_id as id"))
    .$if(ownsSubPlans(reach), (q) =>
      q.union(versionsOfOwnedSubPlans(db, reach).select("mv.milestone_id as id")),
    );

/** Current tasks of the sub-plans the units own. */
const tasksOfOwnedSubPlans = (db: Kysely<Schema>, reach: UnitReach) =>
  db
    .selectFrom("task_versions as tv")
    .select("tv.task_id as id")
    .where("tv.plan_id", "in", reach.subPlanIds)
    .where("tv.valid_to", "is", null);

/** Ids of the tasks the units lead or have a milestone in, or hold in a sub-plan they own. */
export const visibleTaskIds = (db: Kysely<Schema>, reach: UnitReach) =>
  tasksLedBy(db, reach.unitIds)
    .union(namedVersions(db, reach.unitIds).select("mv.task_id as id"))
    .$if(ownsSubPlans(reach), (q) => q.union(tasksOfOwnedSubPlans(db, reach)));

/** Ids of the plans the units have any part in. */
export const visiblePlanIds = (db: Kysely<Schema>, reach: UnitReach) =>
  namedVersions(db, reach.unitIds)
    .select("mv.plan_id as id")
    .union(
      db
        .selectFrom("task_units as tu")
        .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
        .select("tv.plan_id as id")
        .where("tu.unit_id", "in", reach.unitIds)
        .where("tu.role", "=", "lead")
        .where("tv.valid_to", "is", null),
    )
    .$if(ownsSubPlans(reach), (q) =>
      q.union(
        db.selectFrom("plans").select("plans.id as id").where("plans.id", "in", reach.subPlanIds),
      ),
    );

/**
 * Ids of the targets the units may see: a milestone's targets where they
 * stand in the milestone, a task's own targets where they stand in the task.
 */
export const visibleTargetIds = (db: Kysely<Schema>, reach: UnitReach) =>
  db
    .selectFrom("targets")
    .select("targets.id")
    .where("targets.milestone_id", "in", visibleMilestoneIds(db, reach))
    .union(
      db
        .selectFrom("targets")
        .select("targets.id")
        .where("targets.milestone_id", "is", null)
        .where("targets.task_id", "in", visibleTaskIds(db, reach)),
    );

/** How the units are named on some milestone versions (current or not): lead, or any other role. */
export const namedRolesOn = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  versionIds: readonly number[],
): Promise<Map<number, "lead" | "named">> => {
  const roles = new Map<number, "lead" | "named">();
  if (unitIds.length === 0) return roles;
  const rows = await collectChunks(chunksFor(versionIds, 1), (chunk) =>
    db
      .selectFrom("milestone_units")
      .select(["milestone_version_id as versionId", "role"])
      .where("unit_id", "in", unitIds)
      .where("milestone_version_id", "in", chunk)
      .execute(),
  );
  for (const row of rows) {
    if (roles.get(row.versionId) !== "lead")
      roles.set(row.versionId, row.role === "lead" ? "lead" : "named");
  }
  return roles;
};

/** Which of some tasks the units lead, and which they only have a current milestone in. */
export const taskStandingOf = async (
  db: Kysely<Schema>,
  reach: UnitReach,
  taskIds: readonly number[],
): Promise<{ readonly led: ReadonlySet<number>; readonly named: ReadonlySet<number> }> => {
  if (reach.unitIds.length === 0) return { led: new Set(), named: new Set() };
  const led = await tasksLedAmong(db, reach, taskIds);
  const named = await collectChunks(chunksFor(taskIds, 1), (chunk) =>
    namedVersions(db, reach.unitIds)
      .select("mv.task_id as id")
      .distinct()
      .where("mv.task_id", "in", chunk)
      .execute(),
  );
  return { led, named: new Set(named.map((r) => r.id)) };
};

/** Which of some tasks the units lead (a sub-plan's tasks are its owner's to lead). */
export const tasksLedAmong = async (
  db: Kysely<Schema>,
  reach: UnitReach,
  taskIds: readonly number[],
): Promise<ReadonlySet<number>> => {
  if (reach.unitIds.length === 0) return new Set();
  const led = await collectChunks(chunksFor(taskIds, 1), (chunk) =>
    tasksLedBy(db, reach.unitIds)
      .where("tv.task_id", "in", chunk)
      .$if(ownsSubPlans(reach), (q) =>
        q.union(tasksOfOwnedSubPlans(db, reach).where("tv.task_id", "in", chunk)),
      )
      .execute(),
  );
  return new Set(led.map((r) => r.id));
};

/*
 * A milestone a revision removed stays readable, as it stood last, to the
 * units its last version named or whose task they lead (the relation
 * relations.ts works out for it): its record, evidence included, is theirs.
 */
const lastVersionsOfRemoved = (db: Kysely<Schema>) =>
  db
    .selectFrom("milestone_versions as mv")
    .where("mv.valid_to", "is not", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("milestone_versions as later")
            .select("later.id")
            .whereRef("later.milestone_id", "=", "mv.milestone_id")
            .whereRef("later.valid_from", ">", "mv.valid_from"),
        ),
      ),
    );

/** Ids of the milestones the units may read: those they stand in, and removed ones they stood in last. */
export const readableMilestoneIds = (db: Kysely<Schema>, reach: UnitReach) =>
  visibleMilestoneIds(db, reach)
    .union(
      lastVersionsOfRemoved(db)
        .select("mv.milestone_id as id")
        .where(
          "mv.id",
          "in",
          db
            .selectFrom("milestone_units")
            .select("milestone_version_id")
            .where("unit_id", "in", reach.unitIds),
        ),
    )
    .union(
      lastVersionsOfRemoved(db)
        .select("mv.milestone_id as id")
        .where("mv.task_id", "in", tasksLedBy(db, reach.unitIds)),
    )
    .$if(ownsSubPlans(reach), (q) =>
      q.union(
        lastVersionsOfRemoved(db)
          .select("mv.milestone_id as id")
          .where("mv.plan_id", "in", reach.subPlanIds),
      ),
    );

/**
 * Whose own records an actor sees where a record belongs to the unit of
 * whoever wrote it (request drafts, the audit log): every unit's, or one's.
 */
export type RecordScope = { readonly all: true } | { readonly all: false; readonly unitId: number };

/** Every unit's records: for reading back what a write of the service itself just stored. */
export const EVERY_RECORD: RecordScope = { all: true };

/** The records of a table with a writer's `unit_id` that the scope lets through. */
export const recordsVisibleTo = (
  table: "request_drafts" | "audit_log",
  scope: RecordScope,
): Expression<SqlBool> =>
  scope.all ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.ref(`${table}.unit_id`)} = ${scope.unitId}`;

/** What a list is narrowed to, or null where the viewer sees every row. */
export const narrowedTo = (scope: ViewerScope | undefined): UnitReach | null =>
  scope === undefined || scope.all ? null : scope;

/** How many current milestones of each task the viewer may see. */
export const visibleMilestoneCounts = async (
  db: Kysely<Schema>,
  scope: ViewerScope,
  taskIds: readonly number[],
): Promise<Map<number, number>> => {
  const units = narrowedTo(scope);
  const rows = await collectChunks(chunksFor(taskIds, 1), (chunk) =>
    db
      .selectFrom("milestone_versions as mv")
      .select(["mv.task_id as taskId", (eb) => eb.fn.countAll<number | string>().as("count")])
      .where("mv.valid_to", "is", null)
      .where("mv.task_id", "in", chunk)
      .$if(units !== null, (q) => q.where("mv.id", "in", visibleVersionIds(db, units ?? NO_REACH)))
      .groupBy("mv.task_id")
      .execute(),
  );
  return new Map(rows.map((row) => [row.taskId, Number(row.count)]));
};

/**
 * What the units may see of one plan in force: the tasks they lead (whole,
 * with every milestone) and the milestones they stand in.
 */
export const partOfPlan = async (
  db: Kysely<Schema>,
  reach: UnitReach,
  planId: number,
): Promise<UnitRows> =>
  unitRowsOf(
    db,
    reach,
    planId,
    db
      .selectFrom("milestone_versions")
      .select("milestone_id as id")
      .where("plan_id", "=", planId)
      .where("valid_to", "is", null)
      .where("id", "in", visibleVersionIds(db, reach)),
  );

/**
 * What the units lead in one plan in force, the one scope every slice (its
 * 牵头 table) starts from: the tasks they lead, and the milestones (of
 * other tasks) they lead.
 */
export const ledInPlan = async (
  db: Kysely<Schema>,
  reach: UnitReach,
  planId: number,
): Promise<UnitRows> =>
  unitRowsOf(
    db,
    reach,
    planId,
    namedVersions(db, reach.unitIds)
      .select("mv.milestone_id as id")
      .distinct()
      .where("mv.plan_id", "=", planId)
      .where("mu.role", "=", "lead"),
  );

/** The tasks the units lead in the plan, whole, beside the milestones `milestones` selects. */
const unitRowsOf = async (
  db: Kysely<Schema>,
  reach: UnitReach,
  planId: number,
  milestones: { execute(): Promise<{ id: number }[]> },
): Promise<UnitRows> => ({
  fullTaskIds: await ledTasksOfPlan(db, reach, planId),
  milestoneIds: (await milestones.execute()).map((row) => row.id),
});

/** The tasks the units lead in the plan: every one of a sub-plan they own. */
const ledTasksOfPlan = async (
  db: Kysely<Schema>,
  reach: UnitReach,
  planId: number,
): Promise<number[]> => {
  const led = reach.subPlanIds.includes(planId)
    ? tasksOfOwnedSubPlans(db, reach)
    : tasksLedBy(db, reach.unitIds);
  return (await led.where("tv.plan_id", "=", planId).execute()).map((row) => row.id);
};
