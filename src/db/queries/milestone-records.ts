import { sql, type Kysely } from "kysely";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";

/** What has been recorded about a milestone: what a revision removing it would leave behind. */
export interface MilestoneRecords {
  readonly entries: number;
  readonly attachments: number;
  readonly openRequests: number;
}

type CountedTable = "milestone_events" | "attachments" | "milestone_requests";

const countBy = async (
  db: Kysely<Schema>,
  table: CountedTable,
  ids: readonly number[],
): Promise<Map<number, number>> => {
  const counts = new Map<number, number>();
  for (const chunk of chunksFor(ids, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom(table)
      .select((eb) => ["milestone_id", eb.fn.countAll<string | number>().as("n")])
      .where("milestone_id", "in", chunk)
      .$if(table === "milestone_requests", (q) => q.where(sql.ref("state"), "=", "pending"))
      .groupBy("milestone_id")
      .execute();
    for (const row of rows) counts.set(row.milestone_id, Number(row.n));
  }
  return counts;
};

/** The milestones among `ids` that have history, evidence or open requests, with their counts. */
export const milestonesWithRecords = async (
  db: Kysely<Schema>,
  ids: readonly number[],
): Promise<Map<number, MilestoneRecords>> => {
  const [entries, attachments, openRequests] = [
    await countBy(db, "milestone_events", ids),
    await countBy(db, "attachments", ids),
    await countBy(db, "milestone_requests", ids),
  ];
  const records = new Map<number, MilestoneRecords>();
  for (const id of ids) {
    const found = {
      entries: entries.get(id) ?? 0,
      attachments: attachments.get(id) ?? 0,
      openRequests: openRequests.get(id) ?? 0,
    };
    if (found.entries + found.attachments + found.openRequests > 0) records.set(id, found);
  }
  return records;
};
