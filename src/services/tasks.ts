import type { Database } from "../db/database.js";
import { reachOfUnit, visibleMilestoneCounts, type UnitRole } from "../db/queries/access.js";
import { readTaskFocus } from "../db/queries/task-focus.js";
import { findTaskRows, type TaskRow } from "../db/queries/task-rows.js";
import type { IsoDate } from "../domain/iso-date.js";
import type { OutlineHeading, ResponsiblePerson } from "../domain/plan.js";
import type { Actor } from "../policies/actor.js";
import type { ContentRelation } from "../policies/permissions.js";
import { taskAbilities, type TaskAbilities } from "./access/abilities.js";
import { taskRelations } from "./access/relations.js";
import { viewerScope } from "./access/viewer-scope.js";
import { loadTaskContext } from "./task-context.js";
import { listMilestones, MILESTONE_PAGE_ALL, type MilestoneView } from "./milestones.js";
import { pageOf, type Page, type PageRequest } from "./page.js";

export interface TaskView {
  readonly id: number;
  readonly planId: number;
  readonly no: number | null;
  readonly label: string;
  readonly title: string;
  readonly outline: readonly OutlineHeading[];
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  /** Units under other named roles, by the role's name (数据提供单位 → units), as in the plan JSON. */
  readonly otherRoles: Readonly<Record<string, readonly string[]>>;
  /** People named for the whole task (责任领导, 牵头市领导). */
  readonly persons: readonly ResponsiblePerson[];
  readonly remarks: Readonly<Record<string, string>>;
  /** The milestones of the task the viewer may see. */
  readonly milestoneCount: number;
  /** Marked for focus (重点关注) by the supervision office. */
  readonly focus: boolean;
  /** What the viewer may do on it now. */
  readonly can: TaskAbilities;
}

export interface TaskQuery extends PageRequest {
  readonly planId?: number;
  /** Tasks a unit leads or has milestones in. */
  readonly unitId?: number;
  readonly role?: UnitRole;
  readonly text?: string;
}

const toView = (
  actor: Actor,
  row: TaskRow,
  standing: {
    readonly milestoneCount: number;
    readonly focus: boolean;
    readonly relation: ContentRelation;
  },
): TaskView => ({
  id: row.id,
  planId: row.planId,
  no: row.no,
  label: row.label,
  title: row.title,
  outline: JSON.parse(row.outlineJson) as OutlineHeading[],
  leadUnits: row.leadUnits,
  cooperatingUnits: row.cooperatingUnits,
  otherRoles: Object.fromEntries(row.otherRoles.map((role) => [role.label, role.units])),
  persons: JSON.parse(row.personsJson) as ResponsiblePerson[],
  remarks: JSON.parse(row.remarksJson) as Record<string, string>,
  milestoneCount: standing.milestoneCount,
  focus: standing.focus,
  can: taskAbilities(actor, standing.relation),
});

/**
 * The tasks an actor may see: for a unit, those it leads and those it has
 * milestones in; for the supervision office, all. In table order.
 */
export const listTasks = async (
  db: Database,
  actor: Actor,
  query: TaskQuery,
): Promise<Page<TaskView>> => {
  const scope = await viewerScope(db, actor);
  const rows = await findTaskRows(db.kysely, {
    planId: query.planId,
    text: query.text,
    visibleTo: scope,
    ...(query.unitId === undefined
      ? {}
      : {
          responsible: {
            ...(await reachOfUnit(db.kysely, query.unitId)),
            ...(query.role === undefined ? {} : { role: query.role }),
          },
        }),
  });
  const page = pageOf(rows, query);
  const ids = page.items.map((t) => t.id);
  const counts = await visibleMilestoneCounts(db.kysely, scope, ids);
  const focused = await readTaskFocus(db.kysely, ids);
  const relations = await taskRelations(db, scope, ids);
  return {
    ...page,
    items: page.items.map((row) =>
      toView(actor, row, {
        milestoneCount: counts.get(row.id) ?? 0,
        focus: focused.has(row.id),
        relation: relations.get(row.id) ?? "none",
      }),
    ),
  };
};

/** One task with the milestones of it the actor may see, their status as of `asOf`. */
export const getTask = async (
  db: Database,
  actor: Actor,
  id: number,
  asOf: IsoDate,
): Promise<TaskView & { readonly milestones: readonly MilestoneView[] }> => {
  const { row, relation } = await loadTaskContext(db, actor, id);
  const milestones = await listMilestones(db, actor, {
    asOf,
    taskId: id,
    planId: row.planId,
    sort: "position",
    ...MILESTONE_PAGE_ALL,
  });
  const focused = await readTaskFocus(db.kysely, [id]);
  return {
    ...toView(actor, row, { milestoneCount: milestones.total, focus: focused.has(id), relation }),
    milestones: milestones.items,
  };
};
