import type { Database } from "../db/database.js";
import {
  findMilestoneRows,
  unitsOfMilestoneVersions,
  type MilestoneRow,
  type MilestoneUnitRow,
} from "../db/queries/milestone-rows.js";
import { milestoneVersionIdsOf, tasksLedBy, type UnitRole } from "../db/queries/milestone-scope.js";
import { unitAndGroupIds } from "../db/queries/units.js";
import type { Deadline } from "../domain/deadline.js";
import type { IsoDate } from "../domain/iso-date.js";
import { message } from "../domain/message.js";
import { statusAsOf, type MilestoneStatus, type StatusAsOf } from "../domain/milestone-status.js";
import type { ResponsiblePerson } from "../domain/plan.js";
import type { Actor } from "../policies/actor.js";
import { authorize } from "./authorize.js";
import { DubanError } from "./duban-error.js";
import { pageOf, type Page, type PageRequest } from "./page.js";
import { milestoneRelation, viewerScope, type ViewerScope } from "./viewer-scope.js";

export interface MilestoneView extends StatusAsOf {
  readonly id: number;
  readonly planId: number;
  readonly task: {
    readonly id: number;
    readonly no: number | null;
    readonly label: string;
    readonly title: string;
  };
  readonly seq: number | null;
  readonly text: string;
  readonly deadline: Deadline;
  readonly units: readonly MilestoneUnitRow[];
  readonly persons: readonly ResponsiblePerson[];
  readonly remarks: Readonly<Record<string, string>>;
  readonly asOf: IsoDate;
}

export const MILESTONE_SORTS = ["position", "due", "-due", "status"] as const;
export type MilestoneSort = (typeof MILESTONE_SORTS)[number];

export interface MilestoneQuery extends PageRequest {
  readonly asOf: IsoDate;
  readonly planId?: number;
  readonly taskId?: number;
  /** A unit's milestones: those it leads (whole tasks included) or shares. */
  readonly unitId?: number;
  /** With unitId: only where the unit leads, or only where it cooperates. */
  readonly role?: UnitRole;
  readonly statuses?: readonly MilestoneStatus[];
  readonly dueFrom?: IsoDate;
  readonly dueTo?: IsoDate;
  readonly text?: string;
  readonly sort: MilestoneSort;
}

/** Every milestone of one task in one page: a task has at most a few hundred. */
export const MILESTONE_PAGE_ALL: PageRequest = { page: 1, pageSize: Number.MAX_SAFE_INTEGER };

const milestoneNotFound = (id: number): DubanError =>
  new DubanError(
    "milestone.not_found",
    message(`没有编号为 ${id} 的节点计划`, `There is no milestone ${id}`),
  );

/** Worst first: what needs attention leads a "status" sort. */
const STATUS_ORDER: Readonly<Record<MilestoneStatus, number>> = {
  overdue: 0,
  due_soon: 1,
  in_progress: 2,
  not_started: 3,
  done: 4,
};

type Rated = { readonly row: MilestoneRow; readonly state: StatusAsOf };

const byPosition = (a: Rated, b: Rated): number =>
  a.row.planId - b.row.planId ||
  a.row.taskPosition - b.row.taskPosition ||
  a.row.position - b.row.position;

/** Undated milestones (ongoing, none) come after every dated one, in both directions. */
const byDue =
  (direction: 1 | -1) =>
  (a: Rated, b: Rated): number => {
    if (a.state.due === b.state.due) return byPosition(a, b);
    if (a.state.due === null) return 1;
    if (b.state.due === null) return -1;
    return direction * a.state.due.localeCompare(b.state.due);
  };

const COMPARATORS: Readonly<Record<MilestoneSort, (a: Rated, b: Rated) => number>> = {
  position: byPosition,
  due: byDue(1),
  "-due": byDue(-1),
  status: (a, b) => STATUS_ORDER[a.state.status] - STATUS_ORDER[b.state.status] || byDue(1)(a, b),
};

const intersect = (a: readonly number[] | undefined, b: readonly number[]): readonly number[] => {
  if (a === undefined) return b;
  const keep = new Set(b);
  return a.filter((id) => keep.has(id));
};

/** The current versions a query may range over (the viewer's scope and a unit filter), or undefined for "any". */
export const candidateVersions = async (
  db: Database,
  scope: ViewerScope,
  query: Pick<MilestoneQuery, "planId" | "unitId" | "role">,
): Promise<readonly number[] | undefined> => {
  let ids: readonly number[] | undefined;
  if (!scope.all) {
    ids = (
      await milestoneVersionIdsOf(db.kysely, {
        unitIds: scope.unitIds,
        planId: query.planId,
        withLedTasks: true,
      })
    ).map((m) => m.versionId);
  }
  if (query.unitId !== undefined) {
    const filterIds = await milestoneVersionIdsOf(db.kysely, {
      unitIds: await unitAndGroupIds(db.kysely, query.unitId),
      planId: query.planId,
      role: query.role,
      withLedTasks: query.role !== "cooperating",
    });
    ids = intersect(
      ids,
      filterIds.map((m) => m.versionId),
    );
  }
  return ids;
};

const toView = (
  rated: Rated,
  units: readonly MilestoneUnitRow[],
  asOf: IsoDate,
): MilestoneView => ({
  id: rated.row.id,
  planId: rated.row.planId,
  task: {
    id: rated.row.taskId,
    no: rated.row.taskNo,
    label: rated.row.taskLabel,
    title: rated.row.taskTitle,
  },
  seq: rated.row.seq,
  text: rated.row.text,
  deadline: JSON.parse(rated.row.deadlineJson) as Deadline,
  units,
  persons: JSON.parse(rated.row.personsJson) as ResponsiblePerson[],
  remarks: JSON.parse(rated.row.remarksJson) as Record<string, string>,
  asOf,
  ...rated.state,
});

/**
 * Status as of a day. Progress reports, completions and extensions arrive
 * with the supervision workflow; until then a milestone's status follows
 * from its deadline alone.
 */
const rate = (row: MilestoneRow, asOf: IsoDate): Rated => ({
  row,
  state: statusAsOf(JSON.parse(row.deadlineJson) as Deadline, [], asOf),
});

/**
 * The milestones an actor may see that match the query: a unit sees those
 * it is responsible for and every milestone of the tasks it leads; the
 * supervision office sees all. Filtered, sorted and cut into one page.
 */
export const listMilestones = async (
  db: Database,
  actor: Actor,
  query: MilestoneQuery,
): Promise<Page<MilestoneView> & { readonly asOf: IsoDate }> => {
  const scope = await viewerScope(db, actor);
  const versionIds = await candidateVersions(db, scope, query);
  const rows = await findMilestoneRows(db.kysely, {
    planId: query.planId,
    taskId: query.taskId,
    ...(versionIds === undefined ? {} : { ids: { of: "version", values: versionIds } }),
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    text: query.text,
  });
  const wanted = query.statuses === undefined ? undefined : new Set(query.statuses);
  const rated = rows
    .map((row) => rate(row, query.asOf))
    .filter((r) => wanted === undefined || wanted.has(r.state.status))
    .sort(COMPARATORS[query.sort]);
  const page = pageOf(rated, query);
  const units = await unitsOfMilestoneVersions(
    db.kysely,
    page.items.map((r) => r.row.versionId),
  );
  return {
    ...page,
    asOf: query.asOf,
    items: page.items.map((r) => toView(r, units.get(r.row.versionId) ?? [], query.asOf)),
  };
};

/** One milestone, if the actor may see it; otherwise as if there were none. */
export const getMilestone = async (
  db: Database,
  actor: Actor,
  id: number,
  asOf: IsoDate,
): Promise<MilestoneView> => {
  const [row] = await findMilestoneRows(db.kysely, { ids: { of: "milestone", values: [id] } });
  if (!row) throw milestoneNotFound(id);
  const units =
    (await unitsOfMilestoneVersions(db.kysely, [row.versionId])).get(row.versionId) ?? [];
  const scope = await viewerScope(db, actor);
  const taskLed = !scope.all && (await tasksLedBy(db.kysely, scope.unitIds, [row.taskId])).size > 0;
  authorize(
    actor,
    { action: "milestone.read", relation: milestoneRelation(scope, units, taskLed) },
    () => milestoneNotFound(id),
  );
  return toView(rate(row, asOf), units, asOf);
};
