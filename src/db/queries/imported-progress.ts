import type { Kysely } from "kysely";
import type { InitialProgress } from "../../domain/plan.js";
import { chunksFor, collectChunks } from "../batch.js";
import { insertRows, type Dialect } from "../bulk-insert.js";
import type { Schema } from "../schema.js";

/**
 * The progress a revision's file stated for its milestones (a quarterly
 * table's 进展情况). It is what that file said, not plan content: it is
 * kept per revision, so a later table stating other progress adds rows and
 * versions nothing.
 */

/** One milestone's progress as a revision's file stated it. */
export interface StatedProgress {
  readonly milestoneId: number;
  readonly entries: readonly InitialProgress[];
}

/** What the latest file that stated any progress for a milestone said, and which revision that was. */
export interface LatestImportedProgress {
  readonly revision: number;
  readonly entries: readonly InitialProgress[];
}

export const insertImportedProgress = async (
  db: Kysely<Schema>,
  dialect: Dialect,
  planId: number,
  revision: number,
  stated: readonly StatedProgress[],
): Promise<void> => {
  const rows = stated.flatMap(({ milestoneId, entries }) =>
    entries.map((entry, position) => ({
      plan_id: planId,
      revision,
      milestone_id: milestoneId,
      position,
      header: entry.header,
      text: entry.text,
    })),
  );
  await insertRows(db, dialect, "imported_progress", rows);
};

const grouped = (
  rows: readonly { milestone_id: number; header: string; text: string }[],
): Map<number, InitialProgress[]> => {
  const byMilestone = new Map<number, InitialProgress[]>();
  for (const row of rows) {
    const list = byMilestone.get(row.milestone_id) ?? [];
    list.push({ header: row.header, text: row.text });
    byMilestone.set(row.milestone_id, list);
  }
  return byMilestone;
};

/** The progress the file of one revision stated, by milestone id (all, or those given). */
export const importedProgressAt = async (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
  milestoneIds?: readonly number[],
): Promise<Map<number, InitialProgress[]>> => {
  const rows = await collectChunks(
    milestoneIds === undefined ? [undefined] : chunksFor(milestoneIds, 1),
    (chunk) =>
      db
        .selectFrom("imported_progress")
        .select(["milestone_id", "header", "text"])
        .where("plan_id", "=", planId)
        .where("revision", "=", revision)
        .$if(chunk !== undefined, (q) => q.where("milestone_id", "in", chunk ?? []))
        .orderBy("milestone_id")
        .orderBy("position")
        .execute(),
  );
  return grouped(rows);
};

/**
 * Per milestone, the progress stated by the latest revision whose file
 * stated any: a plan revised by a table without a progress column still
 * shows what the last progress table said.
 */
export const latestImportedProgress = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
): Promise<Map<number, LatestImportedProgress>> => {
  const rows = await collectChunks(chunksFor(milestoneIds, 1), (chunk) =>
    db
      .selectFrom("imported_progress as ip")
      .select(["ip.milestone_id", "ip.revision", "ip.header", "ip.text"])
      .where("ip.milestone_id", "in", chunk)
      .where((eb) =>
        eb(
          "ip.revision",
          "=",
          eb
            .selectFrom("imported_progress as later")
            .select((inner) => inner.fn.max("later.revision").as("revision"))
            .whereRef("later.milestone_id", "=", "ip.milestone_id"),
        ),
      )
      .orderBy("ip.milestone_id")
      .orderBy("ip.position")
      .execute(),
  );
  const revisions = new Map(rows.map((row) => [row.milestone_id, row.revision]));
  return new Map(
    [...grouped(rows)].map(([milestoneId, entries]) => [
      milestoneId,
      { revision: revisions.get(milestoneId) ?? 0, entries },
    ]),
  );
};
