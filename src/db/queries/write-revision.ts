import type { Kysely } from "kysely";
import { dueDateOf } from "../../domain/deadline.js";
import { recurrenceRule } from "../../domain/deadline-occurrence.js";
import type { Milestone, Plan, Task } from "../../domain/plan.js";
import { taskResponsibilities } from "../../domain/task-responsibilities.js";
import type { PlanDiff } from "../../domain/revision-diff.js";
import { taskKeysOf } from "../../domain/revision-diff.js";
import { chunksFor } from "../batch.js";
import { insertRows, type Dialect } from "../bulk-insert.js";
import { refreshPlanContentEntries } from "./search-index.js";
import type { Schema } from "../schema.js";
import { insertImportedProgress, type StatedProgress } from "./imported-progress.js";
import type { StoredPlanContent } from "./plan-content.js";

/** What a revision writes: the new content, how it pairs with the old, and the unit ids of its names. */
export interface RevisionContent {
  readonly planId: number;
  readonly revision: number;
  readonly plan: Plan;
  readonly stored: StoredPlanContent | null;
  readonly diff: PlanDiff;
  readonly unitIds: ReadonlyMap<string, number>;
  /** Rows are written in bulk, the way each database takes them fastest. */
  readonly dialect: Dialect;
}

const unitId = (content: RevisionContent, name: string): number => {
  const id = content.unitIds.get(name);
  if (id === undefined) throw new Error(`No unit id for ${name}`);
  return id;
};

const closeVersions = async (
  db: Kysely<Schema>,
  table: "task_versions" | "milestone_versions",
  ids: readonly number[],
  revision: number,
): Promise<void> => {
  for (const chunk of chunksFor(ids, 1)) {
    await db.updateTable(table).set({ valid_to: revision }).where("id", "in", chunk).execute();
  }
};

/** A task's content as a version holds it: a difference in any of these is a new version. */
const versionedFields = (task: Task): unknown[] => [
  task.no,
  task.label,
  task.title,
  task.leadUnits,
  task.cooperatingUnits,
  task.otherRoles,
  task.persons,
  task.outline,
  task.remarks,
];

const sameTask = (a: Task, b: Task, keyA: string, keyB: string): boolean =>
  keyA === keyB && JSON.stringify(versionedFields(a)) === JSON.stringify(versionedFields(b));

/** Task rows: the paired old task keeps its id; its key and position follow the new table. */
const writeTasks = async (db: Kysely<Schema>, content: RevisionContent): Promise<number[]> => {
  const { plan, stored, diff, revision, planId } = content;
  const keys = taskKeysOf(plan);
  const oldIndexOf = (index: number): number | null => diff.taskPairing.oldOf[index] ?? null;
  await insertRows(
    db,
    content.dialect,
    "tasks",
    plan.tasks.flatMap((_, index) =>
      oldIndexOf(index) === null
        ? [
            {
              plan_id: planId,
              created_revision: revision,
              task_key: keys[index] ?? "",
              position: index,
            },
          ]
        : [],
    ),
  );
  const created = await db
    .selectFrom("tasks")
    .select(["id", "position"])
    .where("plan_id", "=", planId)
    .where("created_revision", "=", revision)
    .execute();
  const createdAt = new Map(created.map((row) => [row.position, row.id]));
  const taskIds: number[] = [];
  const newVersions: { index: number; taskId: number }[] = [];
  const closed: number[] = [];
  for (const [index, task] of plan.tasks.entries()) {
    const key = keys[index] ?? "";
    const oldIndex = oldIndexOf(index);
    const old = oldIndex === null ? undefined : stored?.tasks[oldIndex];
    const oldTask = oldIndex === null ? undefined : stored?.plan.tasks[oldIndex];
    if (!old || !oldTask) {
      const taskId = createdAt.get(index) ?? 0;
      taskIds.push(taskId);
      newVersions.push({ index, taskId });
      continue;
    }
    taskIds.push(old.id);
    if (old.key !== key || oldIndex !== index) {
      await db
        .updateTable("tasks")
        .set({ task_key: key, position: index })
        .where("id", "=", old.id)
        .execute();
    }
    if (!sameTask(oldTask, task, old.key, key)) {
      closed.push(old.versionId);
      newVersions.push({ index, taskId: old.id });
    }
  }
  for (const [oldIndex, ref] of (stored?.tasks ?? []).entries()) {
    if ((diff.taskPairing.newOf[oldIndex] ?? null) === null) closed.push(ref.versionId);
  }
  await closeVersions(db, "task_versions", closed, revision);
  await insertRows(
    db,
    content.dialect,
    "task_versions",
    newVersions.map(({ index, taskId }) => {
      const task = plan.tasks[index] as Task;
      return {
        task_id: taskId,
        plan_id: planId,
        valid_from: revision,
        valid_to: null,
        no: task.no,
        label: task.label,
        title: task.title,
        outline_json: JSON.stringify(task.outline),
        remarks_json: JSON.stringify(task.remarks),
        persons_json: JSON.stringify(task.persons),
      };
    }),
  );
  const versionIds = await taskVersionIds(db, planId, revision);
  await insertRows(
    db,
    content.dialect,
    "task_units",
    newVersions.flatMap(({ index, taskId }) => {
      return taskResponsibilities(plan.tasks[index] as Task).map((r, position) => ({
        task_version_id: versionIds.get(taskId) ?? 0,
        position,
        unit_id: unitId(content, r.unit),
        role: r.role,
        role_label: r.roleLabel ?? null,
      }));
    }),
  );
  return taskIds;
};

/** The ids of the task versions a revision just wrote, by task id. */
const taskVersionIds = async (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
): Promise<Map<number, number>> => {
  const rows = await db
    .selectFrom("task_versions")
    .select(["id", "task_id"])
    .where("plan_id", "=", planId)
    .where("valid_from", "=", revision)
    .execute();
  return new Map(rows.map((row) => [row.task_id, row.id]));
};

/** The ids of the milestone versions a revision just wrote, by milestone id. */
const milestoneVersionIds = async (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
): Promise<Map<number, number>> => {
  const rows = await db
    .selectFrom("milestone_versions")
    .select(["id", "milestone_id"])
    .where("plan_id", "=", planId)
    .where("valid_from", "=", revision)
    .execute();
  return new Map(rows.map((row) => [row.milestone_id, row.id]));
};

const milestoneVersionRow = (
  content: RevisionContent,
  milestoneId: number,
  taskId: number,
  m: Milestone,
) => ({
  milestone_id: milestoneId,
  recur_months: recurrenceRule(m.deadline)?.months ?? null,
  recur_day: recurrenceRule(m.deadline)?.day ?? null,
  plan_id: content.planId,
  task_id: taskId,
  valid_from: content.revision,
  valid_to: null,
  seq: m.seq,
  text: m.text,
  deadline_kind: m.deadline.kind,
  deadline_text: m.deadline.kind === "none" ? "" : m.deadline.text,
  due_date: dueDateOf(m.deadline),
  deadline_json: JSON.stringify(m.deadline),
  persons_json: JSON.stringify(m.persons),
  remarks_json: JSON.stringify(m.remarks),
});

/** Each milestone's place in the whole table, by task and milestone index. */
const globalPositions = (plan: Plan): number[][] => {
  let position = 0;
  return plan.tasks.map((task) => task.milestones.map(() => position++));
};

/**
 * Milestone rows: an added step gets a new milestone, a changed one a new
 * version of the same milestone (the old version stays, closed at this
 * revision), a removed one has its version closed; unchanged ones are left
 * as they are but for their place in the table. Gives back the progress
 * each milestone's row stated, by milestone id.
 */
const writeMilestones = async (
  db: Kysely<Schema>,
  content: RevisionContent,
  taskIds: readonly number[],
): Promise<StatedProgress[]> => {
  const { plan, stored, diff, revision, planId } = content;
  const positions = globalPositions(plan);
  const oldPositions = stored ? globalPositions(stored.plan) : [];
  const at = (ref: { taskIndex: number; milestoneIndex: number }) => ({
    milestone: plan.tasks[ref.taskIndex]?.milestones[ref.milestoneIndex] as Milestone,
    taskId: taskIds[ref.taskIndex] as number,
    position: positions[ref.taskIndex]?.[ref.milestoneIndex] as number,
  });
  const old = (ref: { taskIndex: number; milestoneIndex: number }) =>
    stored?.milestones[ref.taskIndex]?.[ref.milestoneIndex] as { id: number; versionId: number };

  const added = diff.milestones.flatMap((e) => (e.kind === "added" ? [at(e.after)] : []));
  await insertRows(
    db,
    content.dialect,
    "milestones",
    added.map((a) => ({ plan_id: planId, created_revision: revision, position: a.position })),
  );
  const createdRows = await db
    .selectFrom("milestones")
    .select(["id", "position"])
    .where("plan_id", "=", planId)
    .where("created_revision", "=", revision)
    .execute();
  const createdByPosition = new Map(createdRows.map((r) => [r.position, r.id]));

  const versions: { milestoneId: number; taskId: number; milestone: Milestone }[] = [];
  const closed: number[] = [];
  const stated: StatedProgress[] = [];
  const keepProgress = (milestoneId: number, milestone: Milestone): void => {
    if (milestone.initialProgress.length > 0) {
      stated.push({ milestoneId, entries: milestone.initialProgress });
    }
  };
  for (const a of added) {
    const milestoneId = createdByPosition.get(a.position) ?? 0;
    versions.push({ milestoneId, taskId: a.taskId, milestone: a.milestone });
    keepProgress(milestoneId, a.milestone);
  }
  for (const entry of diff.milestones) {
    if (entry.kind === "removed") closed.push(old(entry.before).versionId);
    if (entry.kind !== "changed" && entry.kind !== "unchanged") continue;
    const now = at(entry.after);
    const was = old(entry.before);
    keepProgress(was.id, now.milestone);
    if (oldPositions[entry.before.taskIndex]?.[entry.before.milestoneIndex] !== now.position) {
      await db
        .updateTable("milestones")
        .set({ position: now.position })
        .where("id", "=", was.id)
        .execute();
    }
    if (entry.kind === "changed") {
      closed.push(was.versionId);
      versions.push({ milestoneId: was.id, taskId: now.taskId, milestone: now.milestone });
    }
  }
  await closeVersions(db, "milestone_versions", closed, revision);
  await insertRows(
    db,
    content.dialect,
    "milestone_versions",
    versions.map((v) => milestoneVersionRow(content, v.milestoneId, v.taskId, v.milestone)),
  );
  const versionIds = await milestoneVersionIds(db, planId, revision);
  await insertRows(
    db,
    content.dialect,
    "milestone_units",
    versions.flatMap((v) =>
      v.milestone.responsibilities.map((r, index) => ({
        milestone_version_id: versionIds.get(v.milestoneId) ?? 0,
        position: index,
        unit_id: unitId(content, r.unit),
        role: r.role,
        role_label: r.roleLabel ?? null,
      })),
    ),
  );
  return stated;
};

/**
 * Writes the content of a revision: new versions for what changed, closed
 * ones for what went, and the progress its file stated (kept with the
 * revision, not versioned: it is no plan content).
 */
export const writeRevisionContent = async (
  db: Kysely<Schema>,
  content: RevisionContent,
): Promise<void> => {
  const taskIds = await writeTasks(db, content);
  const stated = await writeMilestones(db, content, taskIds);
  await insertImportedProgress(db, content.dialect, content.planId, content.revision, stated);
  await refreshPlanContentEntries(db, content.planId);
};
