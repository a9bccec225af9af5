import type { Database } from "../db/database.js";
import { findMilestoneRows } from "../db/queries/milestone-rows.js";
import { milestoneVersionIdsOf, tasksLedBy, type UnitRole } from "../db/queries/milestone-scope.js";
import { readTaskFocus } from "../db/queries/task-focus.js";
import { findTaskRows, type TaskRow } from "../db/queries/task-rows.js";
import { unitAndGroupIds } from "../db/queries/units.js";
import type { IsoDate } from "../domain/iso-date.js";
import type { OutlineHeading, ResponsiblePerson } from "../domain/plan.js";
import type { Actor } from "../policies/actor.js";
import { authorize } from "./authorize.js";
import { taskNotFound } from "./task-context.js";
import { listMilestones, MILESTONE_PAGE_ALL, type MilestoneView } from "./milestones.js";
import { pageOf, type Page, type PageRequest } from "./page.js";
import { viewerScope } from "./viewer-scope.js";

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
}

export interface TaskQuery extends PageRequest {
  readonly planId?: number;
  /** Tasks a unit leads or has milestones in. */
  readonly unitId?: number;
  readonly role?: UnitRole;
  readonly text?: string;
}

const toView = (row: TaskRow, milestoneCount: number, focus: boolean): TaskView => ({
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
  milestoneCount,
  focus,
});

const countByTask = (taskIds: readonly number[]): Map<number, number> => {
  const counts = new Map<number, number>();
  for (const id of taskIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
};

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
  let visible: Map<number, number> | undefined;
  if (!scope.all) {
    const scoped = await milestoneVersionIdsOf(db.kysely, {
      unitIds: scope.unitIds,
      planId: query.planId,
      withLedTasks: true,
    });
    visible = countByTask(scoped.map((m) => m.taskId));
    for (const id of await tasksLedBy(db.kysely, scope.unitIds))
      visible.set(id, visible.get(id) ?? 0);
  }
  let taskIds = visible === undefined ? undefined : [...visible.keys()];
  if (query.unitId !== undefined) {
    const unitIds = await unitAndGroupIds(db.kysely, query.unitId);
    const theirs = new Set(
      (
        await milestoneVersionIdsOf(db.kysely, {
          unitIds,
          planId: query.planId,
          role: query.role,
          withLedTasks: query.role !== "cooperating",
        })
      ).map((m) => m.taskId),
    );
    if (query.role !== "cooperating")
      for (const id of await tasksLedBy(db.kysely, unitIds)) theirs.add(id);
    taskIds = (taskIds ?? [...theirs]).filter((id) => theirs.has(id));
  }
  const rows = await findTaskRows(db.kysely, { planId: query.planId, taskIds, text: query.text });
  const page = pageOf(rows, query);
  const counts =
    visible ??
    countByTask(
      (
        await findMilestoneRows(db.kysely, {
          ids: { of: "task", values: page.items.map((t) => t.id) },
        })
      ).map((m) => m.taskId),
    );
  const focused = await readTaskFocus(
    db.kysely,
    page.items.map((t) => t.id),
  );
  return {
    ...page,
    items: page.items.map((row) => toView(row, counts.get(row.id) ?? 0, focused.has(row.id))),
  };
};

/** One task with the milestones of it the actor may see, their status as of `asOf`. */
export const getTask = async (
  db: Database,
  actor: Actor,
  id: number,
  asOf: IsoDate,
): Promise<TaskView & { readonly milestones: readonly MilestoneView[] }> => {
  const [row] = await findTaskRows(db.kysely, { taskIds: [id] });
  if (!row) throw taskNotFound(id);
  const scope = await viewerScope(db, actor);
  const milestones = await listMilestones(db, actor, {
    asOf,
    taskId: id,
    planId: row.planId,
    sort: "position",
    ...MILESTONE_PAGE_ALL,
  });
  const led = !scope.all && (await tasksLedBy(db.kysely, scope.unitIds, [id])).size > 0;
  authorize(
    actor,
    {
      action: "task.read",
      relation: led ? "lead" : milestones.items.length > 0 ? "cooperating" : "none",
    },
    () => taskNotFound(id),
  );
  const focused = await readTaskFocus(db.kysely, [id]);
  return { ...toView(row, milestones.total, focused.has(id)), milestones: milestones.items };
};
