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
  const milestones = latestWithUnits(
    await collectChunks(chunksFor([...new Set(milestoneIds)], 1), (chunk) =>
      db
        .selectFrom("milestone_versions as mv")
        .leftJoin("milestone_units as mu", "mu.milestone_version_id", "mv.id")
        .select(["mv.milestone_id as id", "mv.task_id", "mv.seq", "mv.valid_from", "mu.unit_id"])
        .where("mv.milestone_id", "in", chunk)
        .orderBy("mv.valid_from", "desc")
        .orderBy("mu.position")
        .execute(),
    ),
    (row) => ({ taskId: row.task_id, seq: row.seq }),
  );
  const allTaskIds = [...taskIds, ...[...milestones.values()].map((m) => m.taskId)];
  const tasks = latestWithUnits(
    await collectChunks(chunksFor([...new Set(allTaskIds)], 1), (chunk) =>
      db
        .selectFrom("task_versions as tv")
        .leftJoin("task_units as tu", "tu.task_version_id", "tv.id")
        .select(["tv.task_id as id", "tv.no", "tv.valid_from", "tu.unit_id"])
        .where("tv.task_id", "in", chunk)
        .orderBy("tv.valid_from", "desc")
        .orderBy("tu.position")
        .execute(),
    ),
    (row) => ({ no: row.no }),
  );
  return { tasks, milestones };
};

/**
 * Rows of versions with their units (latest version first, units in
 * order) → each id's latest version's facts and units.
 */
const latestWithUnits = <R extends { id: number; valid_from: number; unit_id: number | null }, T>(
  rows: readonly R[],
  facts: (row: R) => T,
): Map<number, T & { readonly unitIds: readonly number[] }> => {
  const latest = new Map<number, { validFrom: number; facts: T; unitIds: number[] }>();
  for (const row of rows) {
    const known = latest.get(row.id);
    if (known === undefined) {
      latest.set(row.id, {
        validFrom: row.valid_from,
        facts: facts(row),
        unitIds: row.unit_id === null ? [] : [row.unit_id],
      });
    } else if (known.validFrom === row.valid_from && row.unit_id !== null) {
      known.unitIds.push(row.unit_id);
    }
  }
  return new Map([...latest].map(([id, v]) => [id, { ...v.facts, unitIds: v.unitIds }]));
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
