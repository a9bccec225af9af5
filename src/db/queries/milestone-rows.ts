import { sql, type Expression, type ExpressionBuilder, type Kysely } from "kysely";
import { parseTableNumber } from "../../domain/milestone-ref.js";
import { chunksFor, collectChunks } from "../batch.js";
import { containsPattern } from "../like-pattern.js";
import type { Schema } from "../schema.js";
import { plansCovered, type PlanScope } from "./plans.js";
import {
  narrowedTo,
  NO_REACH,
  responsibleVersionIds,
  visibleVersionIds,
  type UnitReach,
  type UnitRole,
  type ViewerScope,
} from "./access.js";

/** What a list needs to rate, sort and page milestones before it reads one page in full. */
export interface MilestoneKey {
  readonly id: number;
  readonly versionId: number;
  readonly planId: number;
  readonly taskId: number;
  readonly taskNo: number | null;
  readonly seq: number | null;
  readonly taskPosition: number;
  readonly position: number;
  readonly deadlineJson: string;
}

/** A current milestone with the task it stands in, as lists and detail pages show it. */
export interface MilestoneRow extends MilestoneKey {
  readonly taskLabel: string;
  readonly taskTitle: string;
  /** People named for the whole task (ResponsiblePerson[] as JSON). */
  readonly taskPersonsJson: string;
  readonly text: string;
  readonly personsJson: string;
  readonly remarksJson: string;
}

export interface MilestoneRowFilter {
  /** One plan, or every plan in use; undefined: any plan (the ids name the rows). */
  readonly planId?: PlanScope;
  /** Only these milestone versions, milestones or tasks; undefined: any. */
  readonly ids?: { readonly of: keyof typeof ID_COLUMN; readonly values: readonly number[] };
  readonly taskId?: number;
  /** Fixed due dates in [dueFrom, dueTo]; milestones without one drop out. */
  readonly dueFrom?: string;
  readonly dueTo?: string;
  /** Words in the milestone's or its task's text, a responsible unit's name, or a 序号. */
  readonly text?: string;
  /** Only the milestones this viewer may see: those its units stand in. */
  readonly visibleTo?: ViewerScope;
  /**
   * A unit's milestones (its units: itself and its groups): those they lead
   * (whole tasks included) or share; with a role, only those they lead, or
   * only those they share and do not lead.
   */
  readonly responsible?: UnitReach & { readonly role?: UnitRole };
}

const ID_COLUMN = {
  version: "mv.id",
  milestone: "mv.milestone_id",
  task: "mv.task_id",
} as const;

/** The tables a milestone list reads, by the aliases it gives them. */
type FilteredTables = Schema & {
  readonly mv: Schema["milestone_versions"];
  readonly tv: Schema["task_versions"];
};

const sameUnits = (a: readonly number[], b: readonly number[]): boolean => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
};

/**
 * The viewer's units, unless the unit filter names the same ones: what they
 * lead or share, in any role, they stand in, so the filter implies them.
 */
const visibilityToCheck = (filter: MilestoneRowFilter): UnitReach | null => {
  const visibleTo = narrowedTo(filter.visibleTo);
  const responsible = filter.responsible;
  return visibleTo !== null &&
    responsible !== undefined &&
    sameUnits(visibleTo.unitIds, responsible.unitIds)
    ? null
    : visibleTo;
};

/** The current milestones matching a filter (of one chunk of its ids, when it has ids), not yet selected. */
export const filteredMilestones = (
  db: Kysely<Schema>,
  filter: MilestoneRowFilter,
  chunk: readonly number[] | null = null,
) => {
  const visibleTo = visibilityToCheck(filter);
  const responsible = filter.responsible;
  return db
    .selectFrom("milestone_versions as mv")
    .innerJoin("milestones as m", "m.id", "mv.milestone_id")
    .innerJoin("task_versions as tv", (join) =>
      join.onRef("tv.task_id", "=", "mv.task_id").on("tv.valid_to", "is", null),
    )
    .innerJoin("tasks as t", "t.id", "mv.task_id")
    .where("mv.valid_to", "is", null)
    .$if(filter.planId !== undefined, (q) =>
      q.where("mv.plan_id", "in", plansCovered(db, filter.planId ?? "in_use")),
    )
    .$if(filter.taskId !== undefined, (q) => q.where("mv.task_id", "=", filter.taskId ?? -1))
    .$if(chunk !== null, (q) => q.where(ID_COLUMN[filter.ids?.of ?? "version"], "in", chunk ?? []))
    .$if(filter.dueFrom !== undefined, (q) => q.where("mv.due_date", ">=", filter.dueFrom ?? ""))
    .$if(filter.dueTo !== undefined, (q) => q.where("mv.due_date", "<=", filter.dueTo ?? ""))
    .$if(filter.text !== undefined, (q) => q.where((eb) => textMatch(eb, filter.text ?? "")))
    .$if(visibleTo !== null, (q) =>
      q.where("mv.id", "in", visibleVersionIds(db, visibleTo ?? NO_REACH)),
    )
    .$if(responsible !== undefined, (q) =>
      q.where((eb) =>
        responsible === undefined || responsible.unitIds.length === 0
          ? eb.lit(false)
          : eb("mv.id", "in", responsibleVersionIds(db, responsible, responsible.role)),
      ),
    );
};

/**
 * What a search box finds: the words in the milestone's or its task's text,
 * a unit responsible for it (by name or alias, as lead or cooperating unit,
 * or as lead of its whole task), or its 序号 ("204", "205（3）", "205(3)").
 */
const textMatch = (eb: ExpressionBuilder<FilteredTables, "mv" | "tv">, text: string) => {
  const pattern = containsPattern(text);
  const like = (column: Expression<string>) => sql<boolean>`${column} like ${pattern} escape '\\'`;
  const unitNamed = (unitId: Expression<number>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom("units as u")
          .select("u.id")
          .where("u.id", "=", unitId)
          .where((inner) => like(inner.ref("u.name"))),
      ),
      eb.exists(
        eb
          .selectFrom("unit_aliases as ua")
          .select("ua.unit_id")
          .where("ua.unit_id", "=", unitId)
          .where((inner) => like(inner.ref("ua.alias"))),
      ),
    ]);
  const number = parseTableNumber(text);
  return eb.or([
    like(eb.ref("mv.text")),
    like(eb.ref("tv.title")),
    eb.exists(
      eb
        .selectFrom("milestone_units as mu")
        .select("mu.unit_id")
        .whereRef("mu.milestone_version_id", "=", "mv.id")
        .where((inner) => unitNamed(inner.ref("mu.unit_id"))),
    ),
    eb.exists(
      eb
        .selectFrom("task_units as tu")
        .select("tu.unit_id")
        .whereRef("tu.task_version_id", "=", "tv.id")
        .where("tu.role", "=", "lead")
        .where((inner) => unitNamed(inner.ref("tu.unit_id"))),
    ),
    ...(number === null
      ? []
      : [
          eb.and([
            eb("tv.no", "=", number.taskNo),
            ...(number.seq === null ? [] : [eb("mv.seq", "=", number.seq)]),
          ]),
        ]),
  ]);
};

const inChunks = <T>(
  filter: MilestoneRowFilter,
  run: (chunk: readonly number[] | null) => Promise<T[]>,
): Promise<T[]> =>
  collectChunks(filter.ids === undefined ? [null] : chunksFor(filter.ids.values, 1), run);

/** The keys of the current milestones matching the filter, in no particular order. */
export const findMilestoneKeys = async (
  db: Kysely<Schema>,
  filter: MilestoneRowFilter,
): Promise<MilestoneKey[]> => {
  const rows = await inChunks(filter, (chunk) =>
    filteredMilestones(db, filter, chunk)
      .select([
        "mv.milestone_id",
        "mv.id",
        "mv.plan_id",
        "mv.task_id",
        "tv.no",
        "mv.seq",
        "t.position as task_position",
        "m.position",
        "mv.deadline_json",
      ])
      .execute(),
  );
  return rows.map((r) => ({
    id: r.milestone_id,
    versionId: r.id,
    planId: r.plan_id,
    taskId: r.task_id,
    taskNo: r.no,
    seq: r.seq,
    taskPosition: r.task_position,
    position: r.position,
    deadlineJson: r.deadline_json,
  }));
};

/**
 * The ids of the current milestones matching the filter, in the table's
 * order: for work that goes through a whole plan a chunk at a time, holding
 * only numbers for the rest.
 */
export const findMilestoneIdsInOrder = async (
  db: Kysely<Schema>,
  filter: MilestoneRowFilter,
): Promise<number[]> =>
  (
    await inChunks(filter, (chunk) =>
      filteredMilestones(db, filter, chunk)
        .select("mv.milestone_id")
        .orderBy("t.position")
        .orderBy("m.position")
        .orderBy("mv.milestone_id")
        .execute(),
    )
  ).map((row) => row.milestone_id);

/** The columns of a MilestoneRow, as `filteredMilestones` names them. */
export const MILESTONE_ROW_COLUMNS = [
  "mv.milestone_id",
  "mv.id",
  "mv.plan_id",
  "mv.task_id",
  "tv.no",
  "tv.label",
  "tv.title",
  "tv.persons_json as task_persons_json",
  "t.position as task_position",
  "m.position",
  "mv.seq",
  "mv.text",
  "mv.deadline_json",
  "mv.persons_json",
  "mv.remarks_json",
] as const;

/** A row selected with MILESTONE_ROW_COLUMNS. */
export const milestoneRowOf = (r: {
  readonly milestone_id: number;
  readonly id: number;
  readonly plan_id: number;
  readonly task_id: number;
  readonly no: number | null;
  readonly label: string;
  readonly title: string;
  readonly task_persons_json: string;
  readonly task_position: number;
  readonly position: number;
  readonly seq: number | null;
  readonly text: string;
  readonly deadline_json: string;
  readonly persons_json: string;
  readonly remarks_json: string;
}): MilestoneRow => ({
  id: r.milestone_id,
  versionId: r.id,
  planId: r.plan_id,
  taskId: r.task_id,
  taskNo: r.no,
  taskLabel: r.label,
  taskTitle: r.title,
  taskPersonsJson: r.task_persons_json,
  taskPosition: r.task_position,
  position: r.position,
  seq: r.seq,
  text: r.text,
  deadlineJson: r.deadline_json,
  personsJson: r.persons_json,
  remarksJson: r.remarks_json,
});

/** Current milestones matching the filter, in no particular order. */
export const findMilestoneRows = async (
  db: Kysely<Schema>,
  filter: MilestoneRowFilter,
): Promise<MilestoneRow[]> =>
  (
    await inChunks(filter, (chunk) =>
      filteredMilestones(db, filter, chunk).select(MILESTONE_ROW_COLUMNS).execute(),
    )
  ).map(milestoneRowOf);

export interface MilestoneUnitRow {
  readonly unitId: number;
  readonly unit: string;
  readonly role: "lead" | "cooperating" | "other";
  readonly roleLabel: string | null;
}

/** The responsible units of some milestone versions, in the table's order. */
export const unitsOfMilestoneVersions = async (
  db: Kysely<Schema>,
  versionIds: readonly number[],
): Promise<Map<number, MilestoneUnitRow[]>> => {
  const byVersion = new Map<number, MilestoneUnitRow[]>();
  for (const chunk of chunksFor(versionIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom("milestone_units as mu")
      .innerJoin("units", "units.id", "mu.unit_id")
      .select(["mu.milestone_version_id", "mu.unit_id", "units.name", "mu.role", "mu.role_label"])
      .where("mu.milestone_version_id", "in", chunk)
      .orderBy("mu.milestone_version_id")
      .orderBy("mu.position")
      .execute();
    for (const row of rows) {
      const list = byVersion.get(row.milestone_version_id) ?? [];
      list.push({ unitId: row.unit_id, unit: row.name, role: row.role, roleLabel: row.role_label });
      byVersion.set(row.milestone_version_id, list);
    }
  }
  return byVersion;
};

/**
 * The 责任单位 cell of each milestone version as the table shows it, lead
 * units first, then the others in the table's order: what a sort by unit
 * compares. Versions without units are left out.
 */
export const unitColumnTexts = async (
  db: Kysely<Schema>,
  versionIds: readonly number[],
): Promise<Map<number, string>> => {
  const rows = await collectChunks(chunksFor(versionIds, 1), (chunk) =>
    db
      .selectFrom("milestone_units as mu")
      .innerJoin("units", "units.id", "mu.unit_id")
      .select(["mu.milestone_version_id", "mu.role", "units.name"])
      .where("mu.milestone_version_id", "in", chunk)
      .orderBy("mu.milestone_version_id")
      .orderBy("mu.position")
      .execute(),
  );
  const names = new Map<number, { lead: string[]; others: string[] }>();
  for (const row of rows) {
    const cell = names.get(row.milestone_version_id) ?? { lead: [], others: [] };
    (row.role === "lead" ? cell.lead : cell.others).push(row.name);
    names.set(row.milestone_version_id, cell);
  }
  return new Map(
    [...names].map(([versionId, cell]) => [versionId, [...cell.lead, ...cell.others].join("、")]),
  );
};

/**
 * The units of current milestones, ids and roles only, in the table's
 * order: of a whole plan, or of some milestone versions (a unit's few
 * hundred need not read the plan's tens of thousands).
 */
export const unitRolesOf = async (
  db: Kysely<Schema>,
  scope: { readonly planId: number } | { readonly versionIds: readonly number[] },
): Promise<Map<number, { readonly unitId: number; readonly role: string }[]>> => {
  const base = db
    .selectFrom("milestone_units as mu")
    .innerJoin("milestone_versions as mv", "mv.id", "mu.milestone_version_id")
    .select(["mu.milestone_version_id", "mu.unit_id", "mu.role"])
    .where("mv.valid_to", "is", null)
    .orderBy("mu.milestone_version_id")
    .orderBy("mu.position");
  const rows =
    "planId" in scope
      ? await base.where("mv.plan_id", "=", scope.planId).execute()
      : await collectChunks(chunksFor(scope.versionIds, 1), (chunk) =>
          base.where("mv.id", "in", chunk).execute(),
        );
  const byVersion = new Map<number, { unitId: number; role: string }[]>();
  for (const row of rows) {
    const list = byVersion.get(row.milestone_version_id) ?? [];
    list.push({ unitId: row.unit_id, role: row.role });
    byVersion.set(row.milestone_version_id, list);
  }
  return byVersion;
};

/** The task-level lead units of current tasks (a task's lead leads all its milestones): of a plan, or of some tasks. */
export const taskLeadUnitsOf = async (
  db: Kysely<Schema>,
  scope: { readonly planId: number } | { readonly taskIds: readonly number[] },
): Promise<Map<number, number[]>> => {
  const base = db
    .selectFrom("task_units as tu")
    .innerJoin("task_versions as tv", "tv.id", "tu.task_version_id")
    .select(["tv.task_id", "tu.unit_id"])
    .where("tu.role", "=", "lead")
    .where("tv.valid_to", "is", null);
  const rows =
    "planId" in scope
      ? await base.where("tv.plan_id", "=", scope.planId).execute()
      : await collectChunks(chunksFor(scope.taskIds, 1), (chunk) =>
          base.where("tv.task_id", "in", chunk).execute(),
        );
  const byTask = new Map<number, number[]>();
  for (const row of rows)
    byTask.set(row.task_id, [...(byTask.get(row.task_id) ?? []), row.unit_id]);
  return byTask;
};

/** What a roll-up names a current task by, and where it stands in the table. */
export interface TaskHead {
  readonly no: number | null;
  readonly title: string;
  readonly position: number;
}

/** The number, title and place of current tasks: of a whole plan, or of some tasks. */
export const taskHeadsOf = async (
  db: Kysely<Schema>,
  scope: { readonly planId: number } | { readonly taskIds: readonly number[] },
): Promise<Map<number, TaskHead>> => {
  const base = db
    .selectFrom("task_versions as tv")
    .innerJoin("tasks as t", "t.id", "tv.task_id")
    .select(["tv.task_id", "tv.no", "tv.title", "t.position"])
    .where("tv.valid_to", "is", null);
  const rows =
    "planId" in scope
      ? await base.where("tv.plan_id", "=", scope.planId).execute()
      : await collectChunks(chunksFor(scope.taskIds, 1), (chunk) =>
          base.where("tv.task_id", "in", chunk).execute(),
        );
  return new Map(rows.map(({ task_id, ...head }) => [task_id, head]));
};
