import { PostgresAdapter, sql, type Kysely, type RawBuilder } from "kysely";
import { STATUS_KINDS } from "../../domain/milestone-ledger.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { LedgerFold } from "../../domain/milestone-status.js";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";

/** A milestone's stored fold of its whole ledger (the milestone_status row). */
export interface StoredFold extends LedgerFold {
  readonly acknowledgedOn: IsoDate | null;
  /** The row answers for this day and every later one: no entry it folds is dated after it. */
  readonly lastEffectiveOn: IsoDate;
}

/** The milestones whose rows a refresh rewrites: some, or whole plans. */
export type FoldScope =
  { readonly milestoneIds: readonly number[] } | { readonly planIds: readonly number[] };

const jsonText = (db: Kysely<Schema>, column: string, field: string): RawBuilder<string | null> =>
  db.getExecutor().adapter instanceof PostgresAdapter
    ? sql`(${sql.ref(column)}::json ->> ${sql.lit(field)})`
    : sql`json_extract(${sql.ref(column)}, ${sql.lit(`$.${field}`)})`;

/**
 * Rewrites the rows of some milestones from their ledger, in the caller's
 * transaction: the latest lead report, the first acknowledgement, and the
 * date of the latest accepted completion and approved extension (latest by
 * day, then by id: the order status folds them in).
 */
export const refreshMilestoneStatus = async (
  db: Kysely<Schema>,
  scope: FoldScope,
): Promise<void> => {
  const [column, ids] =
    "planIds" in scope
      ? (["plan_id", scope.planIds] as const)
      : (["milestone_id", scope.milestoneIds] as const);
  const latestDate = (kind: string, field: string) => sql`(
    select ${jsonText(db, "later.payload_json", field)} from milestone_events later
    where later.milestone_id = e.milestone_id and later.kind = ${kind}
    order by later.effective_on desc, later.id desc limit 1)`;
  for (const chunk of chunksFor(ids, 1)) {
    await db.deleteFrom("milestone_status").where(column, "in", chunk).execute();
    await sql`insert into milestone_status
        (milestone_id, plan_id, last_reported_on, acknowledged_on, completed_on, extended_due,
         last_effective_on)
      select e.milestone_id, min(e.plan_id),
        max(case when e.kind = 'reported' then e.effective_on end),
        min(case when e.kind = 'acknowledged' then e.effective_on end),
        ${latestDate("completion_accepted", "completedOn")},
        ${latestDate("extension_approved", "newDue")},
        max(e.effective_on)
      from milestone_events e
      where e.kind in (${sql.join(STATUS_KINDS)}) and ${sql.ref(`e.${column}`)} in (${sql.join(chunk)})
      group by e.milestone_id`.execute(db);
  }
};

/** The stored folds of some milestones; a milestone without a row has nothing to fold. */
export const readMilestoneStatus = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
): Promise<Map<number, StoredFold>> => {
  const rows = await collectChunks(chunksFor(milestoneIds, 1), (chunk) =>
    db.selectFrom("milestone_status").selectAll().where("milestone_id", "in", chunk).execute(),
  );
  return new Map(
    rows.map((row) => [
      row.milestone_id,
      {
        lastReportedOn: row.last_reported_on,
        acknowledgedOn: row.acknowledged_on,
        completedOn: row.completed_on,
        extendedDue: row.extended_due,
        lastEffectiveOn: row.last_effective_on,
      },
    ]),
  );
};
