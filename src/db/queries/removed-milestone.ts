import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import type { MilestoneRow } from "./milestone-rows.js";

/** A milestone a revision removed, as it stood last, with the revision that removed it. */
export interface RemovedMilestoneRow extends MilestoneRow {
  readonly removedInRevision: number;
}

/**
 * A milestone no revision in force has, read from its last version and the
 * task as it stood then: what was recorded about it stays readable.
 * Undefined when there is no such milestone, or it is current.
 */
export const findRemovedMilestoneRow = async (
  db: Kysely<Schema>,
  milestoneId: number,
): Promise<RemovedMilestoneRow | undefined> => {
  const last = await db
    .selectFrom("milestone_versions")
    .selectAll()
    .where("milestone_id", "=", milestoneId)
    .orderBy("valid_from", "desc")
    .limit(1)
    .executeTakeFirst();
  if (last?.valid_to === null || last?.valid_to === undefined) return undefined;
  const removedIn = last.valid_to;
  const row = await db
    .selectFrom("task_versions as tv")
    .innerJoin("tasks as t", "t.id", "tv.task_id")
    .innerJoin("milestones as m", (join) => join.on("m.id", "=", milestoneId))
    .select([
      "tv.no",
      "tv.label",
      "tv.title",
      "tv.persons_json",
      "t.position as task_position",
      "m.position",
    ])
    .where("tv.task_id", "=", last.task_id)
    .where("tv.valid_from", "<", removedIn)
    .where((eb) => eb.or([eb("tv.valid_to", "is", null), eb("tv.valid_to", ">=", removedIn)]))
    .orderBy("tv.valid_from", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: milestoneId,
    versionId: last.id,
    planId: last.plan_id,
    taskId: last.task_id,
    taskNo: row.no,
    taskLabel: row.label,
    taskTitle: row.title,
    taskPersonsJson: row.persons_json,
    taskPosition: row.task_position,
    position: row.position,
    seq: last.seq,
    text: last.text,
    deadlineJson: last.deadline_json,
    personsJson: last.persons_json,
    remarksJson: last.remarks_json,
    removedInRevision: removedIn,
  };
};
