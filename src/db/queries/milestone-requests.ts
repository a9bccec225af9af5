import type { Kysely } from "kysely";
import { chunksFor } from "../batch.js";
import type { Schema } from "../schema.js";
import { plansCovered, type PlanScope } from "./plans.js";
import { narrowedTo, NO_REACH, visibleMilestoneIds, type ViewerScope } from "./access.js";
import { refreshSearchEntries } from "./search-index.js";

export type RequestKind = "completion" | "extension";
/** "withdrawn": closed without a decision, its milestone removed by a revision. */
export type RequestState = "pending" | "approved" | "rejected" | "withdrawn";

export interface MilestoneRequest {
  readonly id: number;
  readonly milestoneId: number;
  readonly planId: number;
  readonly kind: RequestKind;
  readonly state: RequestState;
  readonly requestedAt: string;
  readonly requestedBy: string;
  readonly unitId: number | null;
  /** completion: completedOn, attachmentIds; extension: newDue, reason. */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly decisionComment: string | null;
}

export const insertRequest = async (
  db: Kysely<Schema>,
  request: Pick<
    MilestoneRequest,
    "milestoneId" | "planId" | "kind" | "requestedBy" | "unitId" | "payload"
  >,
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("milestone_requests")
      .values({
        milestone_id: request.milestoneId,
        plan_id: request.planId,
        kind: request.kind,
        state: "pending",
        requested_at: now,
        requested_by: request.requestedBy,
        unit_id: request.unitId,
        payload_json: JSON.stringify(request.payload),
        decided_at: null,
        decided_by: null,
        decision_comment: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

const toRequest = (row: {
  id: number;
  milestone_id: number;
  plan_id: number;
  kind: RequestKind;
  state: RequestState;
  requested_at: string;
  requested_by: string;
  unit_id: number | null;
  payload_json: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_comment: string | null;
}): MilestoneRequest => ({
  id: row.id,
  milestoneId: row.milestone_id,
  planId: row.plan_id,
  kind: row.kind,
  state: row.state,
  requestedAt: row.requested_at,
  requestedBy: row.requested_by,
  unitId: row.unit_id,
  payload: JSON.parse(row.payload_json) as Record<string, unknown>,
  decidedAt: row.decided_at,
  decidedBy: row.decided_by,
  decisionComment: row.decision_comment,
});

export const findRequest = async (
  db: Kysely<Schema>,
  id: number,
): Promise<MilestoneRequest | undefined> => {
  const row = await db
    .selectFrom("milestone_requests")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toRequest(row);
};

export const listRequests = async (
  db: Kysely<Schema>,
  filter: {
    readonly planId?: PlanScope;
    readonly milestoneIds?: readonly number[];
    readonly state?: RequestState;
    /** Only those on milestones this viewer may see. */
    readonly visibleTo?: ViewerScope;
  },
): Promise<MilestoneRequest[]> => {
  const visibleTo = narrowedTo(filter.visibleTo);
  return (
    await db
      .selectFrom("milestone_requests")
      .selectAll()
      .$if(filter.planId !== undefined, (q) =>
        q.where("plan_id", "in", plansCovered(db, filter.planId ?? "in_use")),
      )
      .$if(visibleTo !== null, (q) =>
        q.where("milestone_id", "in", visibleMilestoneIds(db, visibleTo ?? NO_REACH)),
      )
      .$if(filter.milestoneIds !== undefined, (q) =>
        q.where("milestone_id", "in", filter.milestoneIds?.length ? filter.milestoneIds : [-1]),
      )
      .$if(filter.state !== undefined, (q) => q.where("state", "=", filter.state ?? "pending"))
      .orderBy("id")
      .execute()
  ).map(toRequest);
};

/** Records a decision (its comment searchable); false when the request was decided already. */
export const decideRequest = async (
  db: Kysely<Schema>,
  id: number,
  decision: {
    readonly state: "approved" | "rejected";
    readonly by: string;
    readonly comment: string | null;
  },
  now: string,
): Promise<boolean> => {
  const decided =
    (
      await db
        .updateTable("milestone_requests")
        .set({
          state: decision.state,
          decided_at: now,
          decided_by: decision.by,
          decision_comment: decision.comment,
        })
        .where("id", "=", id)
        .where("state", "=", "pending")
        .executeTakeFirst()
    ).numUpdatedRows > 0n;
  if (decided) await refreshSearchEntries(db, "review", [id]);
  return decided;
};

/** Closes the pending requests on these milestones without a decision; the ids closed. */
export const withdrawPendingRequests = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
  withdrawal: { readonly by: string; readonly reason: string },
  now: string,
): Promise<number[]> => {
  const closed: number[] = [];
  for (const chunk of chunksFor(milestoneIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .updateTable("milestone_requests")
      .set({
        state: "withdrawn",
        decided_at: now,
        decided_by: withdrawal.by,
        decision_comment: withdrawal.reason,
      })
      .where("milestone_id", "in", chunk)
      .where("state", "=", "pending")
      .returning("id")
      .execute();
    for (const row of rows) closed.push(row.id);
  }
  return closed;
};
