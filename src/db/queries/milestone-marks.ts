import { sql, type Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";
import type { RequestKind } from "./milestone-requests.js";

/** What the plan table marks on a row besides its light. */
export interface MilestoneMarks {
  /** Marked 重点关注 by the office: the milestone itself or its whole task. */
  readonly focus: boolean;
  /** Requests waiting for the office's review: a completion, an extension, or both. */
  readonly pendingReview: readonly RequestKind[];
  /** Instructions (批示) not closed, on the milestone or on its task. */
  readonly openInstructions: number;
}

/** PostgreSQL answers count(*) as a bigint in text; SQLite as a number. */
type Count = number | string;

export const NO_MARKS: MilestoneMarks = { focus: false, pendingReview: [], openInstructions: 0 };

/**
 * The marks of some current milestone versions, keyed by milestone id: one
 * query per chunk of a page, so a page of fifty rows costs one round trip.
 */
export const milestoneMarks = async (
  db: Kysely<Schema>,
  versionIds: readonly number[],
): Promise<Map<number, MilestoneMarks>> => {
  const pending = (kind: RequestKind) =>
    sql<Count>`(select count(*) from milestone_requests r
      where r.milestone_id = mv.milestone_id and r.state = 'pending' and r.kind = ${kind})`;
  const rows = await collectChunks(chunksFor(versionIds, 1), (chunk) =>
    db
      .selectFrom("milestone_versions as mv")
      .select([
        "mv.milestone_id",
        sql<Count>`(select count(*) from milestone_states s
          where s.milestone_id = mv.milestone_id and s.focus = 1)
          + (select count(*) from task_focus f where f.task_id = mv.task_id)`.as("focus"),
        pending("completion").as("pending_completion"),
        pending("extension").as("pending_extension"),
        sql<Count>`(select count(*) from instructions i where i.closed_at is null and (
          (i.target_type = 'milestone' and i.target_id = mv.milestone_id)
          or (i.target_type = 'task' and i.target_id = mv.task_id)))`.as("open_instructions"),
      ])
      .where("mv.id", "in", chunk)
      .execute(),
  );
  return new Map(
    rows.map((row) => [
      row.milestone_id,
      {
        focus: Number(row.focus) > 0,
        pendingReview: [
          ...(Number(row.pending_completion) > 0 ? (["completion"] as const) : []),
          ...(Number(row.pending_extension) > 0 ? (["extension"] as const) : []),
        ],
        openInstructions: Number(row.open_instructions),
      },
    ]),
  );
};
