import { sql, type Kysely, type Selectable } from "kysely";
import {
  OPEN_DRAFT_STATES,
  type DraftKind,
  type DraftPayload,
  type DraftState,
  type DraftStateName,
} from "../../domain/request-draft.js";
import type { RequestDraftsTable, Schema } from "../schema.js";
import { plansCovered, plansInUse, type PlanScope } from "./plans.js";
import { recordsVisibleTo, type RecordScope } from "./access.js";

/** A draft as stored: what it asks, who drafted it, and where it stands. */
export type StoredDraft = {
  readonly id: number;
  readonly milestoneId: number;
  readonly planId: number;
  readonly unitId: number;
  readonly version: number;
  readonly draftedBy: string;
  readonly draftedAt: string;
  readonly updatedAt: string;
  readonly payload: DraftPayload;
} & DraftState;

type Row = Selectable<RequestDraftsTable>;

const stateOf = (row: Row): DraftState => {
  const mark = { by: row.acted_by ?? "", at: row.acted_at ?? "" };
  switch (row.state) {
    case "drafted":
      return { state: "drafted" };
    case "returned":
      return { state: "returned", returned: mark, note: row.return_note ?? "" };
    case "confirmed":
      return { state: "confirmed", confirmed: mark, requestId: row.request_id };
    case "withdrawn":
      return { state: "withdrawn", withdrawn: mark };
  }
};

const toDraft = (row: Row): StoredDraft => ({
  id: row.id,
  milestoneId: row.milestone_id,
  planId: row.plan_id,
  unitId: row.unit_id,
  version: row.version,
  draftedBy: row.drafted_by,
  draftedAt: row.drafted_at,
  updatedAt: row.updated_at,
  payload: { kind: row.kind, ...(JSON.parse(row.payload_json) as object) } as DraftPayload,
  ...stateOf(row),
});

/** The payload without its kind, which has a column of its own. */
const payloadJson = (payload: DraftPayload): string =>
  JSON.stringify(payload, (key, value: unknown) => (key === "kind" ? undefined : value));

/**
 * Stores a new draft; null when the milestone already has an open draft of
 * that kind (the partial unique index decides, so parallel drafts make one).
 */
export const insertDraft = async (
  db: Kysely<Schema>,
  draft: {
    readonly milestoneId: number;
    readonly planId: number;
    readonly unitId: number;
    readonly draftedBy: string;
    readonly payload: DraftPayload;
  },
  now: string,
): Promise<number | null> => {
  const row = await db
    .insertInto("request_drafts")
    .values({
      milestone_id: draft.milestoneId,
      plan_id: draft.planId,
      unit_id: draft.unitId,
      kind: draft.payload.kind,
      state: "drafted",
      version: 1,
      payload_json: payloadJson(draft.payload),
      drafted_by: draft.draftedBy,
      drafted_at: now,
      updated_at: now,
      acted_by: null,
      acted_at: null,
      return_note: null,
      request_id: null,
    })
    .onConflict((oc) =>
      oc
        .columns(["milestone_id", "kind"])
        // Written as the index's predicate is: SQLite matches a partial index only on the same terms.
        .where(sql<boolean>`state in ('drafted', 'returned')`)
        .doNothing(),
    )
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
};

/** A draft, if there is one the reader may see (access module); every draft is for a re-read after a write. */
export const findDraft = async (
  db: Kysely<Schema>,
  id: number,
  visibleTo: RecordScope,
): Promise<StoredDraft | undefined> => {
  const row = await db
    .selectFrom("request_drafts")
    .selectAll()
    .where("id", "=", id)
    .where(recordsVisibleTo("request_drafts", visibleTo))
    .executeTakeFirst();
  return row && toDraft(row);
};

export const listDrafts = async (
  db: Kysely<Schema>,
  filter: {
    /** Whose drafts the reader may see (access module). */
    readonly visibleTo: RecordScope;
    readonly milestoneIds?: readonly number[];
    readonly states?: readonly DraftStateName[];
    readonly planId?: PlanScope;
  },
): Promise<StoredDraft[]> =>
  (
    await db
      .selectFrom("request_drafts")
      .selectAll()
      .where(recordsVisibleTo("request_drafts", filter.visibleTo))
      .$if(filter.planId !== undefined, (q) =>
        q.where("plan_id", "in", plansCovered(db, filter.planId ?? "in_use")),
      )
      .$if(filter.milestoneIds !== undefined, (q) =>
        q.where("milestone_id", "in", filter.milestoneIds?.length ? filter.milestoneIds : [-1]),
      )
      .$if(filter.states !== undefined, (q) => q.where("state", "in", filter.states ?? []))
      .orderBy("updated_at")
      .orderBy("id")
      .execute()
  ).map(toDraft);

/** How many drafts of a unit wait in a state (the leader's "to confirm"). */
export const countDrafts = async (
  db: Kysely<Schema>,
  unitId: number,
  state: DraftStateName,
): Promise<number> => {
  const row = await db
    .selectFrom("request_drafts")
    .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
    .where("unit_id", "=", unitId)
    .where("state", "=", state)
    .where("plan_id", "in", plansInUse(db))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/**
 * Moves a draft on if it is still at the version and in a state the caller
 * read; false when another write came first. A new payload replaces the
 * old one (a resubmission).
 */
export const advanceDraft = async (
  db: Kysely<Schema>,
  expected: {
    readonly id: number;
    readonly version: number;
    readonly from: readonly DraftStateName[];
  },
  next: DraftState,
  payload: DraftPayload | null,
  now: string,
): Promise<boolean> => {
  const facts =
    next.state === "drafted"
      ? { acted_by: null, acted_at: null, return_note: null, request_id: null }
      : next.state === "returned"
        ? { acted_by: next.returned.by, acted_at: next.returned.at, return_note: next.note }
        : next.state === "confirmed"
          ? { acted_by: next.confirmed.by, acted_at: next.confirmed.at, request_id: next.requestId }
          : { acted_by: next.withdrawn.by, acted_at: next.withdrawn.at };
  const result = await db
    .updateTable("request_drafts")
    .set({
      state: next.state,
      version: expected.version + 1,
      updated_at: now,
      ...facts,
      ...(payload === null ? {} : { payload_json: payloadJson(payload) }),
    })
    .where("id", "=", expected.id)
    .where("version", "=", expected.version)
    .where("state", "in", [...expected.from])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

/** The kinds with an open draft on a milestone. */
export const openDraftKinds = async (
  db: Kysely<Schema>,
  milestoneIds: readonly number[],
): Promise<Map<number, Set<DraftKind>>> => {
  const kinds = new Map<number, Set<DraftKind>>();
  if (milestoneIds.length === 0) return kinds;
  const rows = await db
    .selectFrom("request_drafts")
    .select(["milestone_id", "kind"])
    .where("milestone_id", "in", [...milestoneIds])
    .where("state", "in", OPEN_DRAFT_STATES as DraftStateName[])
    .execute();
  for (const row of rows) {
    const set = kinds.get(row.milestone_id) ?? new Set<DraftKind>();
    set.add(row.kind);
    kinds.set(row.milestone_id, set);
  }
  return kinds;
};
