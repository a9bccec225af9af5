import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";
import type { UnitRows } from "./plan-content.js";

/**
 * Whose rows an actor may see: every row (the supervision office,
 * administrators, the shell), or those the units it stands in (its own and
 * the groups it belongs to) are responsible for.
 */
export type ViewerScope =
  | { readonly all: true }
  | {
      readonly all: false;
      readonly unitIds: readonly number[];
      /** The actor's own unit, when unitIds are it and its groups: a filter by it needs no second read. */
      readonly unitId?: number;
    };

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
const ownedSubPlanIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("plans")
    .select("plans.id as id")
    .where(
      "plans.parent_milestone_id",
      "in",
      namedVersions(db, unitIds).select("mv.milestone_id").where("mu.role", "=", "lead"),
    );

const versionsOfOwnedSubPlans = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("milestone_versions as mv")
    .where("mv.plan_id", "in", ownedSubPlanIds(db, unitIds))
    .where("mv.valid_to", "is", null);

/** Ids of the current milestone versions the units stand in. */
export const visibleVersionIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  namedVersions(db, unitIds)
    .select("mv.id as id")
    .union(versionsOfLedTasks(db, unitIds).select("mv.id as id"))
    .union(versionsOfOwnedSubPlans(db, unitIds).select("mv.id as id"));

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
  unitIds: readonly number[],
  role: UnitRole | undefined,
) => {
  switch (role) {
    case undefined:
      return visibleVersionIds(db, unitIds);
    case "lead":
      return ledVersionIds(db, unitIds);
    case "cooperating":
      return db
        .selectFrom(sharedVersionIds(db, unitIds).as("shared"))
        .select("shared.id")
        .where("shared.id", "not in", ledVersionIds(db, unitIds));
  }
};

/**
 * The current tasks a unit filter keeps: those holding a milestone it keeps
 * (responsibleVersionIds), and, unless only shared work is asked, the tasks
 * the units lead even with no milestone of their own.
 */
export const responsibleTaskIds = (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  role: UnitRole | undefined,
) => {
  const ofMilestones = db
    .selectFrom("milestone_versions as mv")
    .select("mv.task_id as id")
    .where("mv.id", "in", responsibleVersionIds(db, unitIds, role));
  return role === "cooperating" ? ofMilestones : ofMilestones.union(tasksLedBy(db, unitIds));
};

/** Ids of the milestones the units stand in. */
export const visibleMilestoneIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  namedVersions(db, unitIds)
    .select("mv.milestone_id as id")
    .union(versionsOfLedTasks(db, unitIds).select("mv.milestone_id as id"))
    .union(versionsOfOwnedSubPlans(db, unitIds).select("mv.milestone_id as id"));

/** Current tasks of the sub-plans the units own. */
const tasksOfOwnedSubPlans = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("task_versions as tv")
    .select("tv.task_id as id")
    .where("tv.plan_id", "in", ownedSubPlanIds(db, unitIds))
    .where("tv.valid_to", "is", null);

/** Ids of the tasks the units lead or have a milestone in, or hold in a sub-plan they own. */
export const visibleTaskIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  tasksLedBy(db, unitIds)
    .union(namedVersions(db, unitIds).select("mv.task_id as id"))
    .union(tasksOfOwnedSubPlans(db, unitIds));

/** Ids of the plans the units have any part in. */
export const visiblePlanIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  namedVersions(db, unitIds)
    .select("mv.plan_id as id")
    .union(
      db
        .selectFrom("task_units as tu")
        .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
        .select("tv.plan_id as id")
        .where("tu.unit_id", "in", unitIds)
        .where("tu.role", "=", "lead")
        .where("tv.valid_to", "is", null),
    )
    .union(ownedSubPlanIds(db, unitIds));

/**
 * Ids of the targets the units may see: a milestone's targets where they
 * stand in the milestone, a task's own targets where they stand in the task.
 */
export const visibleTargetIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  db
    .selectFrom("targets")
    .select("targets.id")
    .where("targets.milestone_id", "in", visibleMilestoneIds(db, unitIds))
    .union(
      db
        .selectFrom("targets")
        .select("targets.id")
        .where("targets.milestone_id", "is", null)
        .where("targets.task_id", "in", visibleTaskIds(db, unitIds)),
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
  unitIds: readonly number[],
  taskIds: readonly number[],
): Promise<{ readonly led: ReadonlySet<number>; readonly named: ReadonlySet<number> }> => {
  if (unitIds.length === 0) return { led: new Set(), named: new Set() };
  const led = await tasksLedAmong(db, unitIds, taskIds);
  const named = await collectChunks(chunksFor(taskIds, 1), (chunk) =>
    namedVersions(db, unitIds)
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
  unitIds: readonly number[],
  taskIds: readonly number[],
): Promise<ReadonlySet<number>> => {
  if (unitIds.length === 0) return new Set();
  const led = await collectChunks(chunksFor(taskIds, 1), (chunk) =>
    tasksLedBy(db, unitIds)
      .where("tv.task_id", "in", chunk)
      .union(tasksOfOwnedSubPlans(db, unitIds).where("tv.task_id", "in", chunk))
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
export const readableMilestoneIds = (db: Kysely<Schema>, unitIds: readonly number[]) =>
  visibleMilestoneIds(db, unitIds)
    .union(
      lastVersionsOfRemoved(db)
        .select("mv.milestone_id as id")
        .where(
          "mv.id",
          "in",
          db
            .selectFrom("milestone_units")
            .select("milestone_version_id")
            .where("unit_id", "in", unitIds),
        ),
    )
    .union(
      lastVersionsOfRemoved(db)
        .select("mv.milestone_id as id")
        .where("mv.task_id", "in", tasksLedBy(db, unitIds)),
    )
    .union(
      lastVersionsOfRemoved(db)
        .select("mv.milestone_id as id")
        .where("mv.plan_id", "in", ownedSubPlanIds(db, unitIds)),
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

/** The units a list is narrowed to, or null where the viewer sees every row. */
export const narrowedTo = (scope: ViewerScope | undefined): readonly number[] | null =>
  scope === undefined || scope.all ? null : scope.unitIds;

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
      .$if(units !== null, (q) => q.where("mv.id", "in", visibleVersionIds(db, units ?? [])))
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
  unitIds: readonly number[],
  planId: number,
): Promise<UnitRows> =>
  unitRowsOf(
    db,
    unitIds,
    planId,
    db
      .selectFrom("milestone_versions")
      .select("milestone_id as id")
      .where("plan_id", "=", planId)
      .where("valid_to", "is", null)
      .where("id", "in", visibleVersionIds(db, unitIds)),
  );

/**
 * What the units lead in one plan in force, the one scope every slice (its
 * 牵头 table) starts from: the tasks they lead, and the milestones (of
 * other tasks) they lead.
 */
export const ledInPlan = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  planId: number,
): Promise<UnitRows> =>
  unitRowsOf(
    db,
    unitIds,
    planId,
    namedVersions(db, unitIds)
      .select("mv.milestone_id as id")
      .distinct()
      .where("mv.plan_id", "=", planId)
      .where("mu.role", "=", "lead"),
  );

/** The tasks the units lead in the plan, whole, beside the milestones `milestones` selects. */
const unitRowsOf = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  planId: number,
  milestones: { execute(): Promise<{ id: number }[]> },
): Promise<UnitRows> => ({
  fullTaskIds: await ledTasksOfPlan(db, unitIds, planId),
  milestoneIds: (await milestones.execute()).map((row) => row.id),
});

/** The tasks the units lead in the plan, a sub-plan's tasks being its owner's. */
const ledTasksOfPlan = async (
  db: Kysely<Schema>,
  unitIds: readonly number[],
  planId: number,
): Promise<number[]> =>
  (
    await tasksLedBy(db, unitIds)
      .where("tv.plan_id", "=", planId)
      .union(tasksOfOwnedSubPlans(db, unitIds).where("tv.plan_id", "=", planId))
      .execute()
  ).map((row) => row.id);
