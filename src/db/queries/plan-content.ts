import type { Kysely } from "kysely";
import type { Deadline } from "../../domain/deadline.js";
import type {
  Milestone,
  OutlineHeading,
  Plan,
  Responsibility,
  ResponsiblePerson,
  Task,
} from "../../domain/plan.js";
import { namedRolesOf } from "../../domain/task-responsibilities.js";
import type { Schema } from "../schema.js";
import { importedProgressAt } from "./imported-progress.js";

/** Some rows of a plan: whole tasks, and single milestones with the tasks they are in. */
export interface UnitRows {
  readonly fullTaskIds: readonly number[];
  readonly milestoneIds: readonly number[];
}

/** `in ()` is not SQL: an empty list matches no id instead. */
const ids = (list: readonly number[]): readonly number[] => (list.length > 0 ? list : [-1]);

/** A plan as stored at one revision, with the ids behind each task and milestone. */
export interface StoredPlanContent {
  readonly plan: Plan;
  /** Per task (by index in plan.tasks): its id and the id of its version in force. */
  readonly tasks: readonly {
    readonly id: number;
    readonly key: string;
    readonly versionId: number;
  }[];
  /** Per task, per milestone: its id and the id of its version in force. */
  readonly milestones: readonly (readonly { readonly id: number; readonly versionId: number }[])[];
}

/** The milestone versions in force at a revision, all or those of some tasks or milestones. */
const milestoneVersions = (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
  filter: { readonly taskIds?: readonly number[]; readonly milestoneIds?: readonly number[] },
) =>
  db
    .selectFrom("milestone_versions as mv")
    .innerJoin("milestones", "milestones.id", "mv.milestone_id")
    .select([
      "mv.id",
      "mv.milestone_id",
      "mv.task_id",
      "mv.seq",
      "mv.text",
      "mv.deadline_json",
      "mv.persons_json",
      "mv.remarks_json",
      "milestones.position",
    ])
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_from", "<=", revision)
    .where((eb) => eb.or([eb("mv.valid_to", "is", null), eb("mv.valid_to", ">", revision)]))
    .$if(filter.taskIds !== undefined, (q) =>
      q.where("mv.task_id", "in", ids(filter.taskIds ?? [])),
    )
    .$if(filter.milestoneIds !== undefined, (q) =>
      q.where("mv.milestone_id", "in", ids(filter.milestoneIds ?? [])),
    )
    .orderBy("milestones.position")
    .execute();

interface Header {
  readonly title: string;
  readonly subtitle: string | null;
  readonly year: number;
  readonly issuer: string | null;
  readonly ownerUnit: string | null;
  readonly headerCounts: Plan["headerCounts"];
  readonly columns: readonly string[];
}

const readHeader = async (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
): Promise<Header | undefined> => {
  const row = await db
    .selectFrom("plans")
    .innerJoin("revisions", "revisions.plan_id", "plans.id")
    .leftJoin("units", "units.id", "plans.owner_unit_id")
    .select([
      "plans.year",
      "plans.issuer",
      "units.name as owner",
      "revisions.title",
      "revisions.subtitle",
      "revisions.columns_json",
      "revisions.header_counts_json",
    ])
    .where("plans.id", "=", planId)
    .where("revisions.number", "=", revision)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: row.title,
    subtitle: row.subtitle,
    year: row.year,
    issuer: row.issuer,
    ownerUnit: row.owner,
    headerCounts:
      row.header_counts_json === null
        ? null
        : (JSON.parse(row.header_counts_json) as Plan["headerCounts"]),
    columns: JSON.parse(row.columns_json) as string[],
  };
};

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};

/**
 * Loads a plan as it stood at a revision (the current one by default), or
 * undefined when there is no such plan or revision. Unit names come back
 * canonical, whatever alias the table wrote. `only` narrows it to the rows
 * of a unit's slice.
 */
export const loadPlanContent = async (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
  only?: UnitRows,
): Promise<StoredPlanContent | undefined> => {
  const header = await readHeader(db, planId, revision);
  if (!header) return undefined;
  const taskRows = await db
    .selectFrom("task_versions as tv")
    .innerJoin("tasks", "tasks.id", "tv.task_id")
    .select([
      "tv.id",
      "tv.task_id",
      "tasks.task_key",
      "tv.no",
      "tv.label",
      "tv.title",
      "tv.outline_json",
      "tv.remarks_json",
      "tv.persons_json",
    ])
    .where("tv.plan_id", "=", planId)
    .where("tv.valid_from", "<=", revision)
    .where((eb) => eb.or([eb("tv.valid_to", "is", null), eb("tv.valid_to", ">", revision)]))
    .$if(only !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb("tv.task_id", "in", ids(only?.fullTaskIds ?? [])),
          eb(
            "tv.task_id",
            "in",
            eb
              .selectFrom("milestone_versions")
              .select("task_id")
              .where("milestone_id", "in", ids(only?.milestoneIds ?? []))
              .where("valid_from", "<=", revision)
              .where((inner) =>
                inner.or([inner("valid_to", "is", null), inner("valid_to", ">", revision)]),
              ),
          ),
        ]),
      ),
    )
    .orderBy("tasks.position")
    .execute();
  const taskUnitRows = await db
    .selectFrom("task_units as tu")
    .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
    .innerJoin("units", "units.id", "tu.unit_id")
    .select(["tu.task_version_id", "tu.position", "tu.role", "tu.role_label", "units.name"])
    .where("tv.plan_id", "=", planId)
    .where("tv.valid_from", "<=", revision)
    .where((eb) => eb.or([eb("tv.valid_to", "is", null), eb("tv.valid_to", ">", revision)]))
    .$if(only !== undefined, (q) =>
      q.where("tu.task_version_id", "in", ids(taskRows.map((r) => r.id))),
    )
    .orderBy("tu.task_version_id")
    .orderBy("tu.position")
    .execute();
  // Two narrow queries rather than one with OR, so each can use its index.
  const milestoneRows = only
    ? [
        ...new Map(
          [
            ...(await milestoneVersions(db, planId, revision, { taskIds: only.fullTaskIds })),
            ...(await milestoneVersions(db, planId, revision, { milestoneIds: only.milestoneIds })),
          ].map((row) => [row.id, row]),
        ).values(),
      ].sort((a, b) => a.position - b.position)
    : await milestoneVersions(db, planId, revision, {});
  const milestoneUnitRows = await db
    .selectFrom("milestone_units as mu")
    .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
    .innerJoin("units", "units.id", "mu.unit_id")
    .select(["mu.milestone_version_id", "mu.position", "mu.role", "mu.role_label", "units.name"])
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_from", "<=", revision)
    .where((eb) => eb.or([eb("mv.valid_to", "is", null), eb("mv.valid_to", ">", revision)]))
    .$if(only !== undefined, (q) =>
      q.where("mu.milestone_version_id", "in", ids(milestoneRows.map((r) => r.id))),
    )
    .orderBy("mu.milestone_version_id")
    .orderBy("mu.position")
    .execute();

  const progress = await importedProgressAt(
    db,
    planId,
    revision,
    only === undefined ? undefined : milestoneRows.map((r) => r.milestone_id),
  );
  const taskUnits = groupBy(taskUnitRows, (r) => r.task_version_id);
  const milestoneUnits = groupBy(milestoneUnitRows, (r) => r.milestone_version_id);
  const milestonesByTask = groupBy(milestoneRows, (r) => r.task_id);

  const tasks: Task[] = [];
  const taskRefs: StoredPlanContent["tasks"][number][] = [];
  const milestoneRefs: { id: number; versionId: number }[][] = [];
  for (const row of taskRows) {
    const units = taskUnits.get(row.id) ?? [];
    const rows = milestonesByTask.get(row.task_id) ?? [];
    const milestones: Milestone[] = rows.map((m) => ({
      seq: m.seq,
      text: m.text,
      responsibilities: (milestoneUnits.get(m.id) ?? []).map((u): Responsibility =>
        u.role_label === null
          ? { unit: u.name, role: u.role }
          : { unit: u.name, role: u.role, roleLabel: u.role_label },
      ),
      persons: JSON.parse(m.persons_json) as ResponsiblePerson[],
      initialProgress: progress.get(m.milestone_id) ?? [],
      deadline: JSON.parse(m.deadline_json) as Deadline,
      remarks: JSON.parse(m.remarks_json) as Record<string, string>,
    }));
    tasks.push({
      no: row.no,
      label: row.label,
      title: row.title,
      leadUnits: units.filter((u) => u.role === "lead").map((u) => u.name),
      cooperatingUnits: units.filter((u) => u.role === "cooperating").map((u) => u.name),
      otherRoles: namedRolesOf(
        units.map((u) => ({ unit: u.name, role: u.role, roleLabel: u.role_label ?? "" })),
      ),
      persons: JSON.parse(row.persons_json) as ResponsiblePerson[],
      outline: JSON.parse(row.outline_json) as OutlineHeading[],
      milestones,
      remarks: JSON.parse(row.remarks_json) as Record<string, string>,
    });
    taskRefs.push({ id: row.task_id, key: row.task_key, versionId: row.id });
    milestoneRefs.push(rows.map((m) => ({ id: m.milestone_id, versionId: m.id })));
  }
  return { plan: { ...header, tasks }, tasks: taskRefs, milestones: milestoneRefs };
};
