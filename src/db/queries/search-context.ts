import type { Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

export interface PlaceOfTask {
  readonly no: number | null;
  /** Responsible units, leads first, as the version lists them. */
  readonly unitIds: readonly number[];
}

export interface PlaceOfMilestone {
  readonly taskId: number;
  readonly seq: number | null;
  readonly unitIds: readonly number[];
}

/**
 * What a page of search results shows beside each match: a task's 序号 and
 * units, a milestone's task, step and units, as the latest version states
 * them (the one in force, or the last one of a milestone a revision
 * removed, whose record stays readable).
 */
export const placesOf = async (
  db: Kysely<Schema>,
  taskIds: readonly number[],
  milestoneIds: readonly number[],
): Promise<{ tasks: Map<number, PlaceOfTask>; milestones: Map<number, PlaceOfMilestone> }> => {
  const milestoneRows = await collectChunks(chunksFor([...new Set(milestoneIds)], 1), (chunk) =>
    db
      .selectFrom("milestone_versions as mv")
      .leftJoin("milestone_units as mu", "mu.milestone_version_id", "mv.id")
      .select(["mv.milestone_id", "mv.task_id", "mv.seq", "mv.valid_from", "mu.unit_id"])
      .where("mv.milestone_id", "in", chunk)
      .orderBy("mv.valid_from", "desc")
      .orderBy("mu.position")
      .execute(),
  );
  const milestones = new Map<number, PlaceOfMilestone & { validFrom: number }>();
  for (const row of milestoneRows) {
    const known = milestones.get(row.milestone_id);
    if (known === undefined) {
      milestones.set(row.milestone_id, {
        taskId: row.task_id,
        seq: row.seq,
        validFrom: row.valid_from,
        unitIds: row.unit_id === null ? [] : [row.unit_id],
      });
    } else if (known.validFrom === row.valid_from && row.unit_id !== null) {
      milestones.set(row.milestone_id, { ...known, unitIds: [...known.unitIds, row.unit_id] });
    }
  }
  const allTaskIds = [...new Set([...taskIds, ...[...milestones.values()].map((m) => m.taskId)])];
  const taskRows = await collectChunks(chunksFor(allTaskIds, 1), (chunk) =>
    db
      .selectFrom("task_versions as tv")
      .leftJoin("task_units as tu", "tu.task_version_id", "tv.id")
      .select(["tv.task_id", "tv.no", "tv.valid_from", "tu.unit_id"])
      .where("tv.task_id", "in", chunk)
      .orderBy("tv.valid_from", "desc")
      .orderBy("tu.position")
      .execute(),
  );
  const tasks = new Map<number, PlaceOfTask & { validFrom: number }>();
  for (const row of taskRows) {
    const known = tasks.get(row.task_id);
    if (known === undefined) {
      tasks.set(row.task_id, {
        no: row.no,
        validFrom: row.valid_from,
        unitIds: row.unit_id === null ? [] : [row.unit_id],
      });
    } else if (known.validFrom === row.valid_from && row.unit_id !== null) {
      tasks.set(row.task_id, { ...known, unitIds: [...known.unitIds, row.unit_id] });
    }
  }
  return { tasks, milestones };
};

/** Plans' titles by id. */
export const planTitles = async (
  db: Kysely<Schema>,
  planIds: readonly number[],
): Promise<Map<number, string>> => {
  const rows = await collectChunks(chunksFor([...new Set(planIds)], 1), (chunk) =>
    db.selectFrom("plans").select(["id", "title"]).where("id", "in", chunk).execute(),
  );
  return new Map(rows.map((row) => [row.id, row.title]));
};
